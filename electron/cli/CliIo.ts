import type { FsOps } from '../core/store/FsOps';

/** Where a CLI run writes, so tests can capture it; the entry passes process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Folder holding the shipped sample data. */
  resourcesDir: string;
  now?: () => Date;
  /** True when stderr is a terminal: long work then redraws one progress line there. */
  progress?: boolean;
  /** Subscribes to Ctrl+C (SIGINT); returns the unsubscribe function. Absent: Ctrl+C is left to Node. */
  onInterrupt?: (handler: () => void) => () => void;
  /** Asks for a secret on the terminal without echo (absent when stdin is not a terminal). */
  askSecret?: (question: string) => Promise<string>;
  /** The file system the workspace is read and written through (tests inject faults); the real one by default. */
  fs?: FsOps;
}

/** A usage error: exit 2 with the sentence and the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const usage = `usage: liaison [--data DIR] <command>
  init                          create an empty workspace
  sample                        open the sample workspace (US–Russia partner cities)
  contacts list [--search Q] [--json]
  contacts add [--family F] [--given G] [--patronymic P] [--nickname N] [--email E]
               [--phone P] [--org O] [--city C] [--tag T]... [--json]   (at least one of them)
  export contacts --format F [--search Q] [--tag T]... [--segment NAME] [--bom]
               [--delimiter ,|;] --out FILE [--json]
                                F: csv, csv-excel-ru, csv-google, csv-outlook, vcard3 (default), vcard4
  import FILE [--format auto|csv|vcard] [--encoding LABEL] [--header|--no-header]
               [--dry-run] [--json]
                                vCard 2.1/3.0/4.0 or CSV; merges only on the same email or UID;
                                LABEL: utf-8, windows-1251, koi8-r, windows-1252, ... (default: guessed)
  dates parse "TEXT" [--json]   how Liaison reads a fuzzy date ("late Sep – early Oct 2019")
  conferences set-date C "TEXT" [--json]
  milestones add --conference C --title T (--date "TEXT" | --before DAYS) [--owner P] [--json]
  milestones list --conference C [--json]
  participants add --conference C --contact P [--json]
  participants move ID --stage S [--reason R] [--json]
  participants funnel --conference C [--json]
  export calendar [--conference C] --out FILE.ics [--json]
                                C, P: an id, or the start of a name in either script
  conferences list [--json]
  candidacies list --conference C [--json]
  candidacies add --conference C --city CITY [--json]
  candidacies move ID --stage S [--reason R] [--json]
                                S: identified, approached, interested, proposal, site-visit,
                                shortlisted, selected, withdrawn, declined (the last two need --reason)
  export brief --conference C [--format md] --out FILE
                                CITY: an id, or the start of a name in either script
  program list --conference C [--json]
  program add --conference C --title T [--title-ru T] [--kind K] [--day N] [--start HH:MM]
               [--minutes M] [--speaker P]... [--json]
  program move ID --status S [--reason R] [--json]
                                S: idea, proposed, agreed, confirmed, dropped (needs --reason)
  export program --conference C --format md|csv|ics --out FILE [--json]
  import program FILE --conference C [--dry-run] [--json]
                                the partner's edited spreadsheet; applied as one undo step
  undo                          undo the last change
  backup --to DIR [--json]      a complete copy of the workspace in DIR (a USB stick, a new laptop)
  restore --from FILE|DIR [--json]
                                replace the workspace with a backup; the current one is kept
  sync [--server URL --db NAME [--user U]] [--once|--live] [--json]
                                share the workspace through a CouchDB server: --server/--db
                                set it up (kept in the data folder, never the password), then
                                one sync both ways (--once, the default) or live until Ctrl+C;
                                the password comes from LIAISON_SYNC_PASSWORD or is asked for
  sync status [--json]          where it syncs, last sync, changes waiting, conflicts, last error
  sync resolve KIND:ID --keep REV [--take FIELD=REV]... [--json]
                                settle a conflict with the side REV (as listed by sync status);
                                the choice is sent as the winner
  doctor [--json]               check the workspace: file, backups, recovery, links, sync
Long work (export, import, backup, restore) draws one progress line on stderr when it is a
terminal (or LIAISON_PROGRESS=1); Ctrl+C cancels it while that is safe: nothing is written, exit 1.`;
