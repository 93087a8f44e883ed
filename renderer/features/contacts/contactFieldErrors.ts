import { CONTACT_NAME_FIELDS } from '../../../electron/shared/schemas/contact';
import type { FieldErrors, FieldKey } from './ContactFormValues';

export type { FieldErrors };

/** Which record a command in one commands:run call writes, so its error paths find their field. */
export type CommandRole = 'contact' | 'organization' | 'city';

/** For each saved entry, the form row it came from: empty rows are dropped before saving. */
export interface RowMaps {
  emails: readonly number[];
  phones: readonly number[];
  websites: readonly number[];
  addresses: readonly number[];
}

/** Fields whose ContactInput key is the form field's own name. */
const sameName = ['kind', ...CONTACT_NAME_FIELDS, 'birthday', 'anniversary', 'title', 'notes', 'tags', 'languages'] as const;
const isSameName = (key: string | undefined): key is (typeof sameName)[number] => sameName.some((field) => field === key);

/** The form field a ContactInput path belongs to: `emails.0.value` -> the row it came from. */
export function contactFieldForPath(path: readonly string[], rows: RowMaps): FieldKey | null {
  const [head, index, part] = path;
  switch (head) {
    case 'emails':
    case 'phones':
    case 'websites': {
      const row = rows[head][Number(index)] ?? 0;
      return `${head}.${row}.${part === 'label' ? 'label' : 'value'}`;
    }
    case 'addresses': {
      const row = rows.addresses[Number(index)] ?? 0;
      return `addresses.${row}.${part === 'preferred' || part === undefined ? 'label' : part}`;
    }
    case 'organizationId':
      return 'organization';
    case 'cityIds':
      return 'city';
    case 'partnershipIds':
      return 'partnership';
    case 'followUp':
      return 'followUpDays';
    default:
      return isSameName(head) ? head : null;
  }
}

export interface MappedErrors {
  errors: FieldErrors;
  /** Messages no field shows; the form shows them in its alert, so nothing is dropped. */
  unmatched: string[];
}

/** Adds `message` to `field` unless the field already has one: the first problem is the one to fix. */
function add(mapped: MappedErrors, field: FieldKey | null, message: string): void {
  if (field === null) mapped.unmatched.push(message);
  else mapped.errors[field] ??= message;
}

/** Errors from a local zod safeParse of the contact's data. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], rows: RowMaps): MappedErrors {
  const mapped: MappedErrors = { errors: {}, unmatched: [] };
  for (const issue of issues) add(mapped, contactFieldForPath(issue.path.map(String), rows), issue.message);
  return mapped;
}

/**
 * Errors from a failed commands:run: paths such as `commands.1.data.emails.0.value` name the
 * command (whose role says which record) and the field inside its data.
 */
export function fieldErrorsFromFailure(fields: Readonly<Record<string, string>>, roles: readonly CommandRole[], rows: RowMaps): MappedErrors {
  const mapped: MappedErrors = { errors: {}, unmatched: [] };
  for (const [path, message] of Object.entries(fields)) {
    let parts = path.split('.');
    let role: CommandRole | undefined = 'contact';
    if (parts[0] === 'commands') {
      role = roles[Number(parts[1])];
      parts = parts.slice(2);
    }
    if (parts[0] === 'data') parts = parts.slice(1);
    if (role === 'organization') add(mapped, 'organization', message);
    else if (role === 'city') add(mapped, 'city', message);
    else if (role === 'contact') add(mapped, contactFieldForPath(parts, rows), message);
    else add(mapped, null, message);
  }
  return mapped;
}
