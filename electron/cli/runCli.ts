import { CommandError } from '../core/commands/CommandError';
import { DamagedFileError } from '../core/store/DamagedFileError';
import { NewerSchemaError } from '../core/store/NewerSchemaError';
import { NotSavedError } from '../core/store/NotSavedError';
import { WorkspaceBusyError } from '../core/store/WorkspaceBusyError';
import { WorkspaceLockedError } from '../core/store/WorkspaceLockedError';
import { defaultDataDir } from '../core/workspace/defaultDataDir';
import { UsageError, usage, type CliIo } from './CliIo';
import { contactsAdd } from './commands/contactsAdd';
import { contactsList } from './commands/contactsList';
import { doctor } from './commands/doctor';
import { init } from './commands/init';
import { sample } from './commands/sample';
import { undo } from './commands/undo';
import { syncCommand } from './commands/syncCommand';
import { syncResolve } from './commands/syncResolve';
import { syncStatus } from './commands/syncStatus';
import { backup } from './commands/backup';
import { restore } from './commands/restore';
import { exportContacts } from './commands/exportContacts';
import { importContacts } from './commands/importContacts';
import { candidaciesAdd } from './commands/candidaciesAdd';
import { candidaciesList } from './commands/candidaciesList';
import { candidaciesMove } from './commands/candidaciesMove';
import { conferencesList } from './commands/conferencesList';
import { exportBrief } from './commands/exportBrief';
import { conferencesSetDate } from './commands/conferencesSetDate';
import { datesParse } from './commands/datesParse';
import { exportCalendar } from './commands/exportCalendar';
import { milestonesAdd } from './commands/milestonesAdd';
import { milestonesList } from './commands/milestonesList';
import { participantsAdd } from './commands/participantsAdd';
import { participantsFunnel } from './commands/participantsFunnel';
import { participantsMove } from './commands/participantsMove';
import { programList } from './commands/programList';
import { programAdd } from './commands/programAdd';
import { programMove } from './commands/programMove';
import { exportProgram } from './commands/exportProgram';
import { importProgram } from './commands/importProgram';

export interface CliContext {
  io: CliIo;
  dataDir: string;
  args: string[];
  now: () => Date;
}

type Runner = (ctx: CliContext) => Promise<number>;

const commands: Record<string, Runner> = {
  init,
  sample,
  'contacts list': contactsList,
  'contacts add': contactsAdd,
  'export contacts': exportContacts,
  import: importContacts,
  'dates parse': datesParse,
  'conferences set-date': conferencesSetDate,
  'milestones add': milestonesAdd,
  'milestones list': milestonesList,
  'participants add': participantsAdd,
  'participants move': participantsMove,
  'participants funnel': participantsFunnel,
  'export calendar': exportCalendar,
  'conferences list': conferencesList,
  'candidacies list': candidaciesList,
  'candidacies add': candidaciesAdd,
  'candidacies move': candidaciesMove,
  'export brief': exportBrief,
  'program list': programList,
  'program add': programAdd,
  'program move': programMove,
  'export program': exportProgram,
  'import program': importProgram,
  undo,
  backup,
  restore,
  sync: syncCommand,
  'sync status': syncStatus,
  'sync resolve': syncResolve,
  doctor,
};

/** Every command name, so a test can require a bad-argument case for each one. */
export const commandNames: readonly string[] = Object.keys(commands);

/**
 * Runs one `liaison` command and returns its exit code: 0 ok, 1 failure with a one-line reason
 * on stderr, 2 usage. Never throws and never prints a stack trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const rest = [...argv];
    let dataDir: string | null = null;
    while (rest[0] === '--data' || rest[0]?.startsWith('--data=')) {
      const flag = rest.shift() ?? '';
      const value = flag.includes('=') ? flag.slice('--data='.length) : rest.shift();
      if (!value) throw new UsageError('--data needs a folder');
      dataDir = value;
    }
    if (rest[0] === '--help' || rest[0] === '-h' || rest[0] === 'help') {
      io.out(`${usage}\n`);
      return 0;
    }
    const two = `${rest[0] ?? ''} ${rest[1] ?? ''}`;
    const [name, args] = Object.hasOwn(commands, two) ? [two, rest.slice(2)] : [rest[0] ?? '', rest.slice(1)];
    const runner = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!runner) throw new UsageError(name ? `unknown command: ${rest.slice(0, 2).join(' ')}` : 'no command given');
    const now = io.now ?? (() => new Date());
    return await runner({ io, args, now, dataDir: dataDir ?? defaultDataDir(io.env) });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`liaison: ${error.message}\n${usage}\n`);
      return 2;
    }
    io.err(`liaison: ${describe(error)}\n`);
    return 1;
  }
}

/** What doctor says to do about a damaged store file, so a read-only command leads somewhere too. */
export const RECOVER_HINT = 'Open Liaison, or run any writing command, to recover it from the newest valid backup; `liaison doctor` shows the details.';

function describe(error: unknown): string {
  if (error instanceof DamagedFileError) return `${error.message} ${RECOVER_HINT}`;
  if (
    error instanceof CommandError ||
    error instanceof NotSavedError ||
    error instanceof WorkspaceLockedError ||
    error instanceof WorkspaceBusyError ||
    error instanceof NewerSchemaError ||
    error instanceof DamagedFileError
  ) {
    return error.message;
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return `${error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
