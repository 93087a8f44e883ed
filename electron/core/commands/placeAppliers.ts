import { partnershipLabel } from '../../shared/names/partnershipLabel';
import type { Partnership } from '../../shared/schemas/partnership';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteWithReferences } from './deleteWithReferences';
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
    throw new CommandError('rule', 'A partnership joins two different cities; choose a US city and a Russian city.');
  }
  requireLinksExist(tx, 'partnerships', partnership);
  return partnershipLabel(tx.get('cities', partnership.usCityId), tx.get('cities', partnership.ruCityId));
}

export const placeAppliers: Appliers<PlaceCommand> = {
  'city.update': (tx, command) => `Edit city ${tx.update('cities', command.id, command.data, 'city').nameLatin}`,
  'city.delete': (tx, command) => {
    const first = tx.require('cities', command.ids[0] ?? '', 'city');
    for (const id of command.ids) {
      tx.require('cities', id, 'city');
      // Refused with a sentence while a partnership or a candidacy still needs the city.
      deleteWithReferences(tx, 'cities', id);
    }
    return command.ids.length === 1 ? `Delete city ${first.nameLatin}` : `Delete ${command.ids.length} cities`;
  },
  'organization.update': (tx, command) => {
    const organization = tx.update('organizations', command.id, command.data, 'organisation');
    requireLinksExist(tx, 'organizations', organization);
    return `Edit organisation ${organization.name}`;
  },
  'organization.delete': (tx, command) => {
    const first = tx.require('organizations', command.ids[0] ?? '', 'organisation');
    for (const id of command.ids) {
      tx.require('organizations', id, 'organisation');
      deleteWithReferences(tx, 'organizations', id);
    }
    return command.ids.length === 1 ? `Delete organisation ${first.name}` : `Delete ${command.ids.length} organisations`;
  },
  'partnership.create': (tx, command) => `Add partnership ${checkPartnership(tx, tx.create('partnerships', command.id, command.data))}`,
  'partnership.update': (tx, command) => `Edit partnership ${checkPartnership(tx, tx.update('partnerships', command.id, command.data, 'partnership'))}`,
  'partnership.delete': (tx, command) => {
    const first = tx.require('partnerships', command.ids[0] ?? '', 'partnership');
    const label = partnershipLabel(tx.get('cities', first.usCityId), tx.get('cities', first.ruCityId));
    for (const id of command.ids) {
      tx.require('partnerships', id, 'partnership');
      deleteWithReferences(tx, 'partnerships', id);
    }
    return command.ids.length === 1 ? `Delete partnership ${label}` : `Delete ${command.ids.length} partnerships`;
  },
};
