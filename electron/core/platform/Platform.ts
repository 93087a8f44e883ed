/** A file type a dialog offers: "vCard" with extensions ["vcf"]. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What core needs from the desktop and cannot do itself: native file dialogs, opening a file in
 * the system viewer, printing the window. main implements it with Electron; the e2e harness with a
 * scripted double; the CLI never needs it.
 */
export interface Platform {
  /** Where to save; null when the user cancels. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Files to open; empty when the user cancels. */
  chooseOpenPaths(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  /** Opens a file with the system's default application (a PDF viewer, a spreadsheet); a program or script is shown in its folder instead, never run. */
  openPath(path: string): Promise<void>;
  /** The print dialog for the window (where "Save as PDF" lives). */
  print(): Promise<void>;
  /** The window as printed (A4, print styles), as the bytes of a PDF, with no dialog. */
  printToPdf(): Promise<Uint8Array>;
  /**
   * A JPEG or PNG drawn again with its longer side at most `maxSide` pixels (a PNG stays a PNG, for
   * its transparency; anything else becomes a JPEG), or null when it is that small already or
   * cannot be drawn here. Absent where nothing can draw (the CLI, the e2e harness): a picture is
   * then kept as it came, within the size limit.
   */
  shrinkImage?(bytes: Uint8Array, maxSide: number): Promise<Uint8Array | null>;
}

/** Where no desktop exists (the CLI, unit tests): every call is refused with a sentence. */
export const headlessPlatform: Platform = {
  chooseSavePath: () => Promise.reject(new Error('File dialogs are only available in the Liaison window.')),
  chooseOpenPaths: () => Promise.reject(new Error('File dialogs are only available in the Liaison window.')),
  openPath: () => Promise.reject(new Error('Opening files is only available in the Liaison window.')),
  print: () => Promise.reject(new Error('Printing is only available in the Liaison window.')),
  printToPdf: () => Promise.reject(new Error('Printing is only available in the Liaison window.')),
};
