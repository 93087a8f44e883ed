import type { SyncConflictView } from '../../../electron/shared/contracts/syncChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { candidacyStageKeys } from '../../../electron/shared/negotiations/candidacyStages';
import { CandidacyStageSchema } from '../../../electron/shared/schemas/candidacy';
import type { T } from '../../i18n/createT';
import { contactFieldKeys } from '../duplicates/contactFieldKeys';

const candidacyFieldKeys: Readonly<Record<string, MessageKey>> = {
  conferenceId: 'neg.conference',
  cityId: 'neg.table.city',
  stage: 'neg.table.stage',
  stageReason: 'neg.move.reason',
  contactIds: 'cities.contacts',
  decisionMakerIds: 'neg.people.decides',
  notes: 'neg.panel.notes',
  offer: 'neg.offer.title',
  ratings: 'sync.field.ratings',
  attachments: 'neg.files.title',
  events: 'neg.history.title',
};

/** A field's name as the page that edits it says it; a field no page names keeps its own name. */
export function conflictFieldLabel(t: T, kind: SyncConflictView['kind'], field: string): string {
  const keys: Readonly<Record<string, MessageKey>> = kind === 'contacts' ? contactFieldKeys : kind === 'candidacies' ? candidacyFieldKeys : {};
  const key = keys[field] ?? (field === 'notes' ? 'contact.notes' : undefined);
  return key ? t(key) : field;
}

const LONGEST = 300;

/** One side's value as text: ids become the names of the records they point at, stages their words, lists one line. */
export function conflictValueText(t: T, conflict: Pick<SyncConflictView, 'kind' | 'names'>, field: string, value: unknown): string {
  const text = (item: unknown): string => {
    if (item === null || item === undefined) return '';
    if (typeof item === 'string') {
      const stage = conflict.kind === 'candidacies' && field === 'stage' ? CandidacyStageSchema.safeParse(item) : null;
      if (stage?.success) return t(candidacyStageKeys[stage.data]);
      return conflict.names[item] ?? item;
    }
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    if (Array.isArray(item)) return item.map(text).filter(Boolean).join(', ');
    if (typeof item === 'object') {
      // A typed entry (an email, a phone): its value, with its label.
      if ('value' in item && typeof item.value === 'string') return 'label' in item && typeof item.label === 'string' && item.label ? `${item.value} (${item.label})` : item.value;
      return Object.entries(item)
        .map(([key, inner]) => [key, text(inner)])
        .filter(([, inner]) => inner)
        .map(([key, inner]) => `${key}: ${inner}`)
        .join('; ');
    }
    return '';
  };
  const shown = text(value);
  return shown.length > LONGEST ? `${shown.slice(0, LONGEST - 1)}…` : shown;
}
