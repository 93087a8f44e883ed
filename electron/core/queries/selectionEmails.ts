import type { SelectionEmails } from '../../shared/contracts/contactSelectionChannels';
import type { Workspace } from '../../shared/schemas/workspace';

/** Each contact's preferred email (else its first), once however many contacts share it. */
export function selectionEmails(ws: Readonly<Workspace>, ids: readonly string[]): SelectionEmails {
  const seen = new Set<string>();
  const emails: string[] = [];
  let withoutEmail = 0;
  for (const id of ids) {
    const contact = ws.contacts[id];
    if (!contact) continue;
    const email = (contact.emails.find((e) => e.preferred) ?? contact.emails[0])?.value;
    if (!email) {
      withoutEmail += 1;
      continue;
    }
    const key = email.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(email);
  }
  return { emails, withoutEmail, count: ids.length };
}
