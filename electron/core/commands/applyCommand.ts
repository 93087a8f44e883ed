import type { Command, CommandType } from '../../shared/commands/commandSchemas';
import type { Phrase } from '../../shared/i18n/Phrase';
import type { Applier, Appliers } from './Applier';
import { contactAppliers } from './contactAppliers';
import { contactListAppliers } from './contactListAppliers';
import { placeAppliers } from './placeAppliers';
import { interactionAppliers } from './interactionAppliers';
import { negotiationAppliers } from './negotiationAppliers';
import { importAppliers } from './importAppliers';
import { timelineAppliers } from './timelineAppliers';
import { programAppliers } from './programAppliers';
import { syncAppliers } from './syncAppliers';
import { exampleDataAppliers } from './exampleDataAppliers';
import type { Transaction } from './Transaction';

type Applied = Exclude<CommandType, 'history.undo' | 'history.redo'>;

/**
 * Every command's applier, from one map per feature: a feature adds its file and one spread.
 * The type demands an applier for every command in the union, so none can be forgotten.
 */
const appliers: Appliers<Applied> = {
  ...contactAppliers,
  ...contactListAppliers,
  ...placeAppliers,
  ...interactionAppliers,
  ...negotiationAppliers,
  ...importAppliers,
  ...timelineAppliers,
  ...programAppliers,
  ...syncAppliers,
  ...exampleDataAppliers,
};

/** Applies one (non-history) command; rules that refuse throw CommandError. */
export function applyCommand(tx: Transaction, command: Extract<Command, { type: Applied }>): Phrase {
  // The map is keyed by type, so the applier found takes this command; TypeScript cannot
  // correlate the two through the union, hence the casts.
  const apply = appliers[command.type] as Applier<typeof command.type>;
  return apply(tx, command);
}
