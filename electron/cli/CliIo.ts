/** Where a CLI run writes, so tests can capture it; the entry passes process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Folder holding the shipped sample data. */
  resourcesDir: string;
  now?: () => Date;
}

/** A usage error: exit 2 with the sentence and the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const usage = `usage: liaison [--data DIR] <command>
  init                          create an empty workspace
  sample                        open the sample workspace (US–Russia partner cities)
  contacts list [--search Q] [--json]
  contacts add --family F --given G [--patronymic P] [--email E] [--phone P]
               [--org O] [--city C] [--tag T]... [--json]
  undo                          undo the last change
  doctor [--json]               check the workspace: file, backups, recovery, links`;
