import { CONTACT_NAME_FIELDS } from '../../shared/schemas/contact';

/**
 * Where a CSV column goes, as a string the mapping step can show and the user can change:
 * - a field: "family", "organization", "notes", ... ("tags" splits a cell at , ; or " ::: ";
 *   "tag" takes the cell as one tag; likewise "cities"/"city", "languages"/"language");
 * - a part of a numbered or labelled item: "email:1:value", "phone:mobile:value",
 *   "address:work:city". A numeric slot takes its label from a "label" column of the same slot;
 *   a word slot is the label ("work#2" is a second "work" item);
 * - "noteLine": the cell kept in the note under its column's name ("Shoe size: 44");
 * - "ignore".
 * Several columns may share a target: text fields take the first non-empty cell (notes and
 * streets join them on separate lines), lists take them all.
 */
export const FIELD_TARGETS = [
  ...CONTACT_NAME_FIELDS,
  'kind',
  'birthday',
  'anniversary',
  'organization',
  'title',
  'notes',
  // The cell goes to the note as "Column name: value": what a column with no field of its own keeps.
  'noteLine',
  'tags',
  'tag',
  'cities',
  'city',
  'partnerships',
  'partnership',
  'languages',
  'language',
  'followUpDays',
  'uid',
] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

export const ITEM_PARTS = {
  email: ['value', 'label', 'preferred'],
  phone: ['value', 'label', 'preferred'],
  website: ['value', 'label', 'preferred'],
  address: ['street', 'city', 'region', 'postcode', 'country', 'formatted', 'label', 'preferred'],
  // Google's "Event n": an anniversary (or a birthday) by its label; any other event goes to the note.
  event: ['value', 'label'],
} as const;
export type ItemKind = keyof typeof ITEM_PARTS;
export type ItemPart = (typeof ITEM_PARTS)[ItemKind][number];

export type CsvTarget =
  | { kind: 'ignore' }
  | { kind: 'field'; field: FieldTarget }
  | { kind: 'item'; item: ItemKind; slot: string; part: ItemPart };

export const IGNORE = 'ignore';
const SLOT = /^(?:\d{1,2}|[a-z][a-z/ ]{0,20}(?:#\d)?)$/;

const isField = (key: string): key is FieldTarget => (FIELD_TARGETS as readonly string[]).includes(key);
const isItem = (key: string): key is ItemKind => Object.hasOwn(ITEM_PARTS, key);
const isPart = (item: ItemKind, part: string): part is ItemPart => (ITEM_PARTS[item] as readonly string[]).includes(part);

export function parseCsvTarget(key: string): CsvTarget | null {
  if (key === IGNORE || key === '') return { kind: 'ignore' };
  if (isField(key)) return { kind: 'field', field: key };
  const [item = '', slot = '', part = '', ...rest] = key.split(':');
  if (rest.length > 0 || !isItem(item) || !SLOT.test(slot) || !isPart(item, part)) return null;
  return { kind: 'item', item, slot, part };
}

/** The label a word slot stands for: "work#2" is "work"; a numeric slot has none of its own. */
export function slotLabel(slot: string): string {
  return /^\d+$/.test(slot) ? '' : slot.replace(/#\d$/, '');
}
