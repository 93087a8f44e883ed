import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useT } from '../../i18n/useT';
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

  /** Selects one contact alone and shows it. */
  const choose = (id: string, index: number) => {
    onSelectionChange({ mode: 'ids', ids: [id], anchor: index });
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
          const className = `contact-option${item.index === activeIndex ? ' is-active' : ''}`;
          const style = { transform: `translateY(${item.start}px)`, height: CONTACT_ROW_HEIGHT };
          if (!row) {
            return (
              <div key={item.key} id={optionId} role="option" aria-selected={false} aria-disabled={true} aria-posinset={item.index + 1} aria-setsize={total} className={`${className} is-loading`} style={style}>
                <span className="contact-option-name">{t('contacts.loadingRow')}</span>
              </div>
            );
          }
          return (
            <div
              key={item.key}
              id={optionId}
              role="option"
              aria-selected={isSelected(selection, row.id)}
              aria-posinset={item.index + 1}
              aria-setsize={total}
              className={`${className}${row.id === selectedId ? ' is-shown' : ''}`}
              style={style}
              data-id={row.id}
              onClick={(event: MouseEvent<HTMLDivElement>) => {
                setActive({ query, index: item.index });
                if (event.shiftKey && selection.mode === 'ids' && selection.anchor !== null) {
                  onSelectRange(selection.anchor, item.index);
                } else if (event.ctrlKey || event.metaKey) {
                  const next = toggled(selection, row.id, item.index);
                  onSelectionChange(next);
                  if (isSelected(next, row.id)) onSelect(row.id);
                } else choose(row.id, item.index);
              }}
            >
              {/* The option's accessible name is its text, display name first; the spaces between the
                  spans keep the words apart in it. */}
              <span className="contact-option-line">
                <span className="contact-option-name">{row.name}</span>{' '}
                {row.latinName && row.latinName !== row.name && <span className="contact-option-latin">{row.latinName}</span>}{' '}
                {row.example && <span className="badge">{t('contacts.example')}</span>}
              </span>{' '}
              <span className="contact-option-line contact-option-meta">
                {[row.organization, row.city, row.email]
                  .filter((part) => part.length > 0)
                  .map((part, index) => (
                    <span key={index}>{index > 0 ? ` · ${part}` : part} </span>
                  ))}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
