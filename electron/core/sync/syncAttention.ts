import type { SyncAttention, SyncConflictView } from '../../shared/contracts/syncChannels';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { cityDisplayName } from '../../shared/negotiations/cityDisplayName';
import { kinds, type Kind } from '../../shared/schemas/collections';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import { differingFields } from './chooseFields';
import { findRuleViolations } from './crossRecordRules';
import type { SyncConflict } from './SyncReplica';

type Readable = Readonly<Workspace>;

/** A record's name as the user knows it, from whichever side of a conflict (or the store) has it. */
export function recordLabel(workspace: Readable, kind: Kind, record: Record<string, unknown> | undefined, id: string): string {
  if (!record) return id;
  const text = (field: string) => (typeof record[field] === 'string' ? record[field] : '');
  switch (kind) {
    case 'contacts':
      return contactDisplayName(record as unknown as Contact) || id;
    case 'cities':
      return cityDisplayName({ nameCyrillic: text('nameCyrillic'), nameLatin: text('nameLatin') }) || id;
    case 'candidacies': {
      const city = workspace.cities[text('cityId')];
      const conference = workspace.conferences[text('conferenceId')];
      return [city ? cityDisplayName(city) : '', conference?.name ?? ''].filter(Boolean).join(' — ') || id;
    }
    case 'programItems':
      return text('titleEn') || text('titleRu') || id;
    default:
      return text('name') || text('title') || id;
  }
}

/** Every id a value holds (a field, a list of ids, ids inside objects), with the label of the record it names. */
function namesIn(workspace: Readable, value: unknown, names: Record<string, string>): void {
  if (typeof value === 'string') {
    if (Object.hasOwn(names, value)) return;
    for (const kind of kinds) {
      const table = workspace[kind] as Record<string, Record<string, unknown>>;
      if (Object.hasOwn(table, value)) {
        names[value] = recordLabel(workspace, kind, table[value], value);
        return;
      }
    }
  } else if (Array.isArray(value)) for (const item of value) namesIn(workspace, item, names);
}

/** What Home and a record's page show about a sync: the records in conflict (each side's fields) and the broken cross-record rules. */
export function syncAttention(workspace: Readable, conflicts: readonly SyncConflict[]): SyncAttention {
  const views: SyncConflictView[] = conflicts.map((conflict) => {
    const sides = [conflict.winner, ...conflict.others];
    const fields = differingFields(sides);
    const names: Record<string, string> = {};
    for (const side of sides) for (const field of fields) namesIn(workspace, side.record?.[field], names);
    const shown = sides.find((side) => side.record)?.record ?? undefined;
    const conferenceId = conflict.kind === 'candidacies' && typeof shown?.conferenceId === 'string' ? shown.conferenceId : null;
    return { kind: conflict.kind, id: conflict.id, label: recordLabel(workspace, conflict.kind, shown, conflict.id), conferenceId, sides: sides.map(({ rev, record }) => ({ rev, record })), fields, names };
  });
  const violations = findRuleViolations(workspace).map(({ rule, conferenceId, candidacyIds, phrase, message }) => ({ rule, conferenceId, candidacyIds, i18n: phrase, message }));
  return { conflicts: views, violations };
}
