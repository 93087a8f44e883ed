import type { ContactDetail } from '../../../electron/shared/contract';
import { toE164 } from '../../../electron/shared/phone/toE164';
import { CONTACT_NAME_FIELDS, ContactInputSchema, type ContactData } from '../../../electron/shared/schemas/contact';

/** The fields a merge chooses between, in the order the comparison shows them. */
export const mergeFields = [
  'kind',
  ...CONTACT_NAME_FIELDS,
  'birthday',
  'anniversary',
  'photo',
  'emails',
  'phones',
  'addresses',
  'websites',
  'organizationId',
  'title',
  'cityIds',
  'partnershipIds',
  'languages',
  'tags',
  'followUp',
  'notes',
] as const satisfies readonly (keyof ContactData)[];
export type MergeField = (typeof mergeFields)[number];

/** Lists (and notes) can keep both sides: the union, each item once. */
const combinable = new Set<MergeField>(['middleNames', 'emails', 'phones', 'addresses', 'websites', 'cityIds', 'partnershipIds', 'languages', 'tags', 'notes']);
export const canKeepBoth = (field: MergeField) => combinable.has(field);

export type Choice = 'a' | 'b' | 'both';
export type Choices = Record<MergeField, Choice>;

const fold = (text: string) => text.trim().toLocaleLowerCase();

/** What makes two items of a list the same item (an email in any case, a phone in any notation). */
function itemKey(field: MergeField, item: unknown): string {
  if (typeof item === 'string') return fold(item);
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  if ((field === 'emails' || field === 'websites') && 'value' in item && typeof item.value === 'string') return fold(item.value);
  if (field === 'phones' && 'value' in item && typeof item.value === 'string') return toE164(item.value) ?? item.value.replace(/\D+/gu, '');
  // Addresses: the same place, whatever its type label or preferred mark.
  return JSON.stringify(Object.entries(item).filter(([key]) => key !== 'label' && key !== 'preferred'));
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function sameValue(field: MergeField, a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => itemKey(field, item) === itemKey(field, b[i]));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The starting choices: lists keep both sides; any other field keeps the survivor's value unless it
 * is empty and the other contact has one, so nothing typed is lost by accepting the defaults.
 */
export function defaultChoices(a: ContactData, b: ContactData, survivor: 'a' | 'b'): Choices {
  const choose = (field: MergeField): Choice => {
    const own = survivor === 'a' ? a[field] : b[field];
    const other = survivor === 'a' ? b[field] : a[field];
    if (canKeepBoth(field) && !sameValue(field, a[field], b[field]) && !isEmpty(a[field]) && !isEmpty(b[field])) return 'both';
    return isEmpty(own) && !isEmpty(other) ? (survivor === 'a' ? 'b' : 'a') : survivor;
  };
  // Every key of Choices is set: the entries come from mergeFields itself.
  return Object.fromEntries(mergeFields.map((field) => [field, choose(field)])) as Choices;
}

function combine(field: MergeField, a: unknown, b: unknown): unknown {
  if (field === 'notes') return [a, b].filter((text) => typeof text === 'string' && text.trim() !== '').join('\n\n');
  const seen = new Set<string>();
  const out: unknown[] = [];
  let preferredTaken = false;
  const items = (side: unknown): unknown[] => (Array.isArray(side) ? Array.from<unknown>(side) : []);
  for (const item of [...items(a), ...items(b)]) {
    const key = itemKey(field, item);
    if (seen.has(key)) continue;
    seen.add(key);
    // One preferred entry per list: the first side's wins.
    if (typeof item === 'object' && item !== null && 'preferred' in item && item.preferred === true) {
      out.push(preferredTaken ? { ...item, preferred: false } : item);
      preferredTaken = true;
    } else out.push(item);
  }
  return out;
}

/** The survivor's data after the merge, validated; or the first problem (too many emails, say). */
export function mergedData(a: ContactData, b: ContactData, choices: Choices): { ok: true; data: ContactData } | { ok: false; field: MergeField | null; message: string } {
  const draft: Record<string, unknown> = {};
  for (const field of mergeFields) {
    const choice = choices[field];
    draft[field] = choice === 'both' ? combine(field, a[field], b[field]) : choice === 'a' ? a[field] : b[field];
  }
  const parsed = ContactInputSchema.safeParse(draft);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const field = mergeFields.find((f) => f === issue?.path[0]) ?? null;
  return { ok: false, field, message: issue?.message ?? 'Invalid value' };
}

/** The contact's data as the merge compares it. */
export function dataOf(detail: ContactDetail): ContactData {
  return ContactInputSchema.parse(detail.contact);
}
