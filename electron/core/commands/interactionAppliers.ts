import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import type { Interaction } from '../../shared/schemas/interaction';
import type { Appliers } from './Applier';
import { deleteWithReferences } from './deleteWithReferences';

const logged = ({ kind, subject }: Interaction): Phrase =>
  subject ? phrase(`summary.loggedAbout.${kind}`, { subject }) : phrase(`summary.logged.${kind}`);
const edited = ({ kind, subject }: Interaction): Phrase =>
  subject ? phrase(`summary.editedAbout.${kind}`, { subject }) : phrase(`summary.edited.${kind}`);

export const interactionAppliers: Appliers<'interaction.create' | 'interaction.update' | 'interaction.delete'> = {
  'interaction.create': (tx, command) => {
    const interaction = tx.create('interactions', command.id, command.data);
    return logged(interaction);
  },
  'interaction.update': (tx, command) => {
    const interaction = tx.update('interactions', command.id, command.data, 'interaction');
    return edited(interaction);
  },
  'interaction.delete': (tx, command) => {
    for (const id of command.ids) {
      tx.require('interactions', id, 'interaction');
      deleteWithReferences(tx, 'interactions', id);
    }
    return phrase('summary.interactionsDeleted', { count: command.ids.length });
  },
};
