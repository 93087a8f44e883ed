import { memo, type MouseEvent } from 'react';
import type { ContactRow } from '../../../electron/shared/contract';
import { Avatar } from '../../components/Avatar';
import { useT } from '../../i18n/useT';

interface Props {
  row: ContactRow;
  index: number;
  optionId: string;
  total: number;
  /** The row's offset in the sizer, in pixels. */
  start: number;
  height: number;
  active: boolean;
  selected: boolean;
  shown: boolean;
  /** Stable across renders: a click on one row must not re-render the others. */
  onRowClick: (event: MouseEvent<HTMLDivElement>, row: ContactRow, index: number) => void;
}

/**
 * One contact in the list. Memoized on its props (the row object is the cached page's, replaced
 * only when the row changed), so an edit shown ahead of its save re-renders that row alone.
 */
export const ContactOption = memo(function ContactOption({ row, index, optionId, total, start, height, active, selected, shown, onRowClick }: Props) {
  const t = useT();
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`contact-option with-avatar${active ? ' is-active' : ''}${shown ? ' is-shown' : ''}`}
      style={{ transform: `translateY(${start}px)`, height }}
      data-id={row.id}
      onClick={(event) => onRowClick(event, row, index)}
    >
      {/* The option's accessible name is its text, display name first; the spaces between the
          spans keep the words apart in it. */}
      <Avatar contactId={row.id} name={row.name} photo={row.photo} size="small" decorative />
      <span className="contact-option-text">
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
      </span>
    </div>
  );
});
