import type { ContactRow } from '../../../electron/shared/contract';
import type { T } from '../../i18n/createT';

/**
 * An option's accessible name: the display name first (so "Иванова…" finds it), then what tells
 * two namesakes apart. Built as one string because inline spans would run the words together.
 */
export function contactOptionLabel(row: ContactRow, t: T): string {
  const parts = [row.name, row.latinName, row.organization, row.city, row.email];
  if (row.example) parts.push(t('contacts.example'));
  return parts.filter((part) => part.length > 0).join(', ');
}
