import { phrase } from '../../shared/i18n/Phrase';
import { exampleDataToRemove } from '../sample/exampleDataToRemove';
import { CommandError } from './CommandError';
import type { Appliers } from './Applier';

export const exampleDataAppliers: Appliers<'sample.remove'> = {
  // One command, so one undo step brings the whole sample back.
  'sample.remove': (tx) => {
    const plan = exampleDataToRemove((kind) => tx.all(kind));
    let count = 0;
    for (const [kind, ids] of plan.remove) {
      for (const id of ids) tx.remove(kind, id);
      count += ids.length;
    }
    const kept = plan.changed + plan.linked;
    if (count === 0) throw new CommandError('rule', phrase(kept > 0 ? 'errors.exampleDataAllKept' : 'errors.noExampleData', { count: kept }));
    if (kept === 0) return phrase('summary.exampleDataRemoved', { count });
    return phrase('summary.exampleDataRemovedKept', { count, kept, changed: plan.changed, linked: plan.linked });
  },
};
