import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { ContactRow } from '../../../electron/shared/contract';
import { useT } from '../../i18n/useT';
import { ContactOption } from './ContactOption';
import type { ContactListSource } from './ContactListSource';
import { isSelected, toggled, type ListSelection } from './ListSelection';

/** Fixed row height: measuring rows would cost layout on every scroll with 100,000 contacts. */
export const CONTACT_ROW_HEIGHT = 60;
const PAGE_STEP = 10;

interface Props {
  source: ContactListSource;
  /** Resets the keyboard position when the search changes. */
  query: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The ticked contacts (for bulk actions); a plain click or Enter ticks just that one. */
  selection: ListSelection;
  onSelectionChange: (selection: ListSelection) => void;
  /** Shift-click: tick every row from the anchor to `index` (the screen fetches their ids). */
  onSelectRange: (from: number, to: number) => void;
  /** Ctrl/Cmd+A: every contact matching the filter. */
  onSelectAll: () => void;
  /** The listbox element, so the screen can put focus back on it (after a delete, for example). */
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * A virtualized multi-select listbox: only the rows on screen exist in the DOM, and focus stays
 * on the listbox while aria-activedescendant names the active option (Up/Down/Home/End/PageUp/
 * PageDown move it). Enter or a click selects that contact alone and shows it; Space or
 * Ctrl/Cmd+click ticks or unticks it; Shift+click ticks a range; Ctrl/Cmd+A ticks all matching.
 */
export function ContactList({ source, query, selectedId, onSelect, selection, onSelectionChange, onSelectRange, onSelectAll, listRef }: Props) {
  const t = useT();
  const idPrefix = useId();
  // The rows are followed here, not by the screen: a repainted row re-renders the list alone.
  useSyncExternalStore(source.subscribe, source.getRevision);
  const total = source.total ?? 0;
  // The active index belongs to one query; a new search starts again from no active row.
  const [active, setActive] = useState({ query, index: -1 });
  const activeIndex = active.query === query && active.index < total ? active.index : -1;

  // TanStack Virtual keeps mutable state React cannot track; it re-renders through its own hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => listRef.current,
    estimateSize: () => CONTACT_ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => source.setRange(first, last), [source, first, last]);
  useEffect(() => {
    listRef.current?.scrollTo({ top: 0 });
  }, [listRef, query]);

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), total - 1);
    setActive({ query, index: next });
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  /** Selects one contact alone and shows it (opened, not ticked: Ctrl-click or Space ticks). */
  const choose = (id: string, index: number) => {
    onSelectionChange({ mode: 'ids', ids: [id], anchor: index, opened: true });
    onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectAll();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex < 0 ? 0 : activeIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(total - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + PAGE_STEP);
        break;
      case 'PageUp':
        moveTo(activeIndex - PAGE_STEP);
        break;
      case 'Enter': {
        const row = activeIndex >= 0 ? source.rowAt(activeIndex) : undefined;
        if (row) choose(row.id, activeIndex);
        break;
      }
      case ' ': {
        const row = activeIndex >= 0 ? source.rowAt(activeIndex) : undefined;
        if (!row) break;
        const next = toggled(selection, row.id, activeIndex);
        onSelectionChange(next);
        // A contact ticked with the keyboard is shown too, as a click would show it.
        if (isSelected(next, row.id)) onSelect(row.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const rowClick = (event: MouseEvent<HTMLDivElement>, row: ContactRow, index: number) => {
    setActive({ query, index });
    if (event.shiftKey && selection.mode === 'ids' && selection.anchor !== null) {
      onSelectRange(selection.anchor, index);
    } else if (event.ctrlKey || event.metaKey) {
      const next = toggled(selection, row.id, index);
      onSelectionChange(next);
      if (isSelected(next, row.id)) onSelect(row.id);
    } else choose(row.id, index);
  };
  // The rows get one handler for the life of the list, so memoized rows stay untouched; it calls
  // the latest closure (the selection and query of this render).
  const latestRowClick = useRef(rowClick);
  useLayoutEffect(() => {
    latestRowClick.current = rowClick;
  });
  const onRowClick = useCallback((event: MouseEvent<HTMLDivElement>, row: ContactRow, index: number) => latestRowClick.current(event, row, index), []);

  const onFocus = () => {
    if (activeIndex >= 0 || total === 0) return;
    // Start from the selected row if it is on screen, else from the first row on screen.
    const selected = items.find((item) => source.rowAt(item.index)?.id === selectedId);
    setActive({ query, index: selected?.index ?? first });
  };

  return (
    <div
      ref={listRef}
      className="contact-list"
      role="listbox"
      aria-label={t('contacts.list')}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? `${idPrefix}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="contact-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = source.rowAt(item.index);
          const optionId = `${idPrefix}-${item.index}`;
          if (!row) {
            const className = `contact-option${item.index === activeIndex ? ' is-active' : ''} is-loading`;
            const style = { transform: `translateY(${item.start}px)`, height: CONTACT_ROW_HEIGHT };
            return (
              <div key={item.key} id={optionId} role="option" aria-selected={false} aria-disabled={true} aria-posinset={item.index + 1} aria-setsize={total} className={className} style={style}>
                <span className="contact-option-name">{t('contacts.loadingRow')}</span>
              </div>
            );
          }
          return (
            <ContactOption
              key={item.key}
              row={row}
              index={item.index}
              optionId={optionId}
              total={total}
              start={item.start}
              height={CONTACT_ROW_HEIGHT}
              active={item.index === activeIndex}
              selected={isSelected(selection, row.id)}
              shown={row.id === selectedId}
              onRowClick={onRowClick}
            />
          );
        })}
      </div>
    </div>
  );
}
