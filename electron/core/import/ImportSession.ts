import type { ContactsFile, ReadOptions } from './readContactsFile';

/** A file chosen in the import dialog, kept in main while the user maps and previews it. */
export interface ImportSession {
  id: string;
  path: string;
  bytes: Uint8Array;
  file: ContactsFile;
  /** The encoding and header answers the user gave in the dialog; every later read uses them. */
  options: ReadOptions;
}

/**
 * The import dialog's open file, per workspace: one at a time (choosing another replaces it), so
 * the bytes are read once and never travel to the renderer.
 */
export class ImportSessions {
  private current: ImportSession | null = null;

  open(session: ImportSession): void {
    this.current = session;
  }

  get(id: string): ImportSession | null {
    return this.current?.id === id ? this.current : null;
  }

  close(id: string): void {
    if (this.current?.id === id) this.current = null;
  }
}
