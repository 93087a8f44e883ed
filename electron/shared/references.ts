import type { Kind } from './schemas/collections';

/**
 * What happens to a record that points at one being deleted:
 * - cascade: it is deleted too (a candidacy without its conference means nothing);
 * - clear: the link is removed and the record kept (a contact whose city is deleted);
 * - refuse: the delete is refused with a sentence (a partnership needs both its cities).
 */
export type DeleteRule = 'cascade' | 'clear' | 'refuse';

export interface Reference {
  from: Kind;
  field: string;
  to: Kind;
  many: boolean;
  onDelete: DeleteRule;
}

const ref = (from: Kind, field: string, to: Kind, many: boolean, onDelete: DeleteRule): Reference => ({
  from,
  field,
  to,
  many,
  onDelete,
});

/**
 * The one registry of references. Merge re-points through it, delete obeys it, and `doctor`
 * checks every entry for dangling ids. A new reference field must be added here.
 */
export const references: readonly Reference[] = [
  ref('contacts', 'organizationId', 'organizations', false, 'clear'),
  ref('contacts', 'cityIds', 'cities', true, 'clear'),
  ref('contacts', 'partnershipIds', 'partnerships', true, 'clear'),
  ref('organizations', 'cityId', 'cities', false, 'clear'),
  ref('partnerships', 'usCityId', 'cities', false, 'refuse'),
  ref('partnerships', 'ruCityId', 'cities', false, 'refuse'),
  ref('partnerships', 'usCoordinatorIds', 'contacts', true, 'clear'),
  ref('partnerships', 'ruCoordinatorIds', 'contacts', true, 'clear'),
  ref('conferences', 'cityId', 'cities', false, 'clear'),
  ref('conferences', 'tentativeCityIds', 'cities', true, 'clear'),
  ref('conferences', 'organizerIds', 'organizations', true, 'clear'),
  ref('candidacies', 'conferenceId', 'conferences', false, 'cascade'),
  ref('candidacies', 'cityId', 'cities', false, 'refuse'),
  ref('candidacies', 'contactIds', 'contacts', true, 'clear'),
  ref('candidacies', 'decisionMakerIds', 'contacts', true, 'clear'),
  ref('interactions', 'contactIds', 'contacts', true, 'clear'),
  ref('interactions', 'cityIds', 'cities', true, 'clear'),
  ref('interactions', 'partnershipIds', 'partnerships', true, 'clear'),
  ref('interactions', 'conferenceIds', 'conferences', true, 'clear'),
  ref('interactions', 'candidacyIds', 'candidacies', true, 'clear'),
  ref('milestones', 'conferenceId', 'conferences', false, 'cascade'),
  ref('milestones', 'ownerId', 'contacts', false, 'clear'),
  ref('milestones', 'dependsOnIds', 'milestones', true, 'clear'),
  ref('tasks', 'conferenceId', 'conferences', false, 'cascade'),
  ref('tasks', 'milestoneId', 'milestones', false, 'clear'),
  ref('tasks', 'ownerId', 'contacts', false, 'clear'),
  ref('tasks', 'dependsOnIds', 'tasks', true, 'clear'),
  ref('tasks', 'candidacyId', 'candidacies', false, 'clear'),
  ref('participants', 'conferenceId', 'conferences', false, 'cascade'),
  ref('participants', 'contactId', 'contacts', false, 'cascade'),
  ref('participants', 'partnershipId', 'partnerships', false, 'clear'),
  ref('programItems', 'conferenceId', 'conferences', false, 'cascade'),
  ref('programItems', 'speakerIds', 'contacts', true, 'clear'),
  ref('programItems', 'moderatorIds', 'contacts', true, 'clear'),
  ref('programItems', 'proposedById', 'organizations', false, 'clear'),
];

export function referencesTo(kind: Kind): Reference[] {
  return references.filter((r) => r.to === kind);
}
