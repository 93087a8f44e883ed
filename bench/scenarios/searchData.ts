import type { Workspace } from '../../electron/shared/schemas/workspace';
import { workspaceSearchDoc } from '../../electron/core/search/workspaceSearchDoc';
import type { SearchDoc } from '../../electron/core/search/ContactSearchIndex';

/** The workspace as the app holds it after a load: parsed from JSON, not the generator's objects. */
export function parsedCopy(ws: Workspace): Workspace {
  return JSON.parse(JSON.stringify(ws)) as Workspace;
}

/** What a baseline searches: one document per contact with the same fields ours indexes. */
export interface BaselineDoc {
  id: string;
  names: string;
  organization: string;
  cities: string;
  emails: string;
  tags: string;
  other: string;
}

export function baselineDocs(ws: Readonly<Workspace>): BaselineDoc[] {
  return Object.values(ws.contacts).map((contact) => baselineDoc(workspaceSearchDoc(ws, contact)));
}

export function baselineDoc(doc: SearchDoc): BaselineDoc {
  return {
    id: doc.id,
    names: doc.names.join(' '),
    organization: doc.organization.join(' '),
    cities: doc.cities.join(' '),
    emails: doc.emails.join(' '),
    tags: doc.tags.join(' '),
    other: (doc.other ?? []).join(' '),
  };
}

/** One line per contact, as a plain scan or uFuzzy sees the contact. */
export function haystackOf(doc: BaselineDoc): string {
  return `${doc.names} ${doc.organization} ${doc.cities} ${doc.emails} ${doc.tags} ${doc.other}`;
}
