import type { CommandOf, CommandType } from '../../shared/commands/commandSchemas';
import type { Phrase } from '../../shared/i18n/Phrase';
import type { Transaction } from './Transaction';

/** Applies one command inside a transaction; returns the summary shown in the undo menu, in no language yet. */
export type Applier<T extends CommandType> = (tx: Transaction, command: CommandOf<T>) => Phrase;

/** A feature's appliers, one per command type it defines. */
export type Appliers<T extends CommandType> = { [K in T]: Applier<K> };
