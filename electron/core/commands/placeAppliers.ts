import { partnershipLabel } from '../../shared/names/partnershipLabel';
import type { Partnership } from '../../shared/schemas/partnership';
import { phrase } from '../../shared/i18n/Phrase';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteRecords } from './deleteRecords';
import { requireLinksExist } from './requireLinksExist';
import type { Transaction } from './Transaction';

type PlaceCommand =
  | 'city.update'
  | 'city.delete'
  | 'organization.update'
  | 'organization.delete'
  | 'partnership.create'
  | 'partnership.update'
  | 'partnership.delete';

/** A partnership joins two different cities that exist; its coordinators must exist too. */
function checkPartnership(tx: Transaction, partnership: Partnership): string {
  if (partnership.usCityId === partnership.ruCityId) {
    throw new CommandError('rule', phrase('errors.sameCities'));
  }
  requireLinksExist(tx, 'partnerships', partnership);
  return partnershipLabel(tx.get('cities', partnership.usCityId), tx.get('cities', partnership.ruCityId));
}

export const placeAppliers: Appliers<PlaceCommand> = {
  'city.update': (tx, command) => phrase('summary.cityEdited', { name: tx.update('cities', command.id, command.data, 'city').nameLatin }),
  'city.delete': (tx, command) => {
    // Refused with a sentence while a partnership or a candidacy still needs the city.
    const first = deleteRecords(tx, 'cities', command.ids, 'city');
    return command.ids.length === 1 ? phrase('summary.cityDeleted', { name: first.nameLatin }) : phrase('summary.citiesDeleted', { count: command.ids.length });
  },
  'organization.update': (tx, command) => {
    const organization = tx.update('organizations', command.id, command.data, 'organisation');
    requireLinksExist(tx, 'organizations', organization);
    return phrase('summary.organizationEdited', { name: organization.name });
  },
  'organization.delete': (tx, command) => {
    const first = deleteRecords(tx, 'organizations', command.ids, 'organisation');
    return command.ids.length === 1 ? phrase('summary.organizationDeleted', { name: first.name }) : phrase('summary.organizationsDeleted', { count: command.ids.length });
  },
  'partnership.create': (tx, command) => phrase('summary.partnershipAdded', { name: checkPartnership(tx, tx.create('partnerships', command.id, command.data)) }),
  'partnership.update': (tx, command) => phrase('summary.partnershipEdited', { name: checkPartnership(tx, tx.update('partnerships', command.id, command.data, 'partnership')) }),
  'partnership.delete': (tx, command) => {
    const first = deleteRecords(tx, 'partnerships', command.ids, 'partnership');
    // Deleting a partnership leaves its cities, so they still name it.
    const label = partnershipLabel(tx.get('cities', first.usCityId), tx.get('cities', first.ruCityId));
    return command.ids.length === 1 ? phrase('summary.partnershipDeleted', { name: label }) : phrase('summary.partnershipsDeleted', { count: command.ids.length });
  },
};
