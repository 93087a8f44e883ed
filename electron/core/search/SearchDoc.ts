/**
 * What the index knows of one contact. The caller resolves references: `organization` and `cities`
 * hold the names of the contact's organisation and cities, in both scripts where known.
 */
export interface SearchDoc {
  id: string;
  names: string[];
  organization: string[];
  cities: string[];
  emails: string[];
  tags: string[];
  other?: string[];
}
