import type { SelectionEmails, TagCount } from '../../shared/contracts/contactSelectionChannels';
import type { Workspace } from '../../shared/schemas/workspace';

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

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

/** Tags in use outside the Trash, most used first; spellings differing only in case count as one. */
export function tagCounts(ws: Readonly<Workspace>): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const contact of Object.values(ws.contacts)) {
    if (contact.deletedAt) continue;
    for (const tag of contact.tags) {
      const key = tag.toLocaleLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}
