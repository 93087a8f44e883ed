import type { Appliers } from './Applier';
import { deleteWithReferences } from './deleteWithReferences';

const label = (kind: string, subject: string) => `${kind}${subject ? ` “${subject}”` : ''}`;

export const interactionAppliers: Appliers<'interaction.create' | 'interaction.update' | 'interaction.delete'> = {
  'interaction.create': (tx, command) => {
    const interaction = tx.create('interactions', command.id, command.data);
    return `Log ${label(interaction.kind, interaction.subject)}`;
  },
  'interaction.update': (tx, command) => {
    const interaction = tx.update('interactions', command.id, command.data, 'interaction');
    return `Edit ${label(interaction.kind, interaction.subject)}`;
  },
  'interaction.delete': (tx, command) => {
    for (const id of command.ids) {
      tx.require('interactions', id, 'interaction');
      deleteWithReferences(tx, 'interactions', id);
    }
    return command.ids.length === 1 ? 'Delete interaction' : `Delete ${command.ids.length} interactions`;
  },
};
