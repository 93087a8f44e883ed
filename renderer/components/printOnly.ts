/**
 * Prints one view of the window and nothing else: while `data-print` names the view, the print
 * stylesheet (app.css) hides the window's shell; it is cleared however printing ends.
 */
export async function printOnly<T>(view: string, print: () => Promise<T>): Promise<T> {
  document.documentElement.dataset.print = view;
  try {
    return await print();
  } finally {
    delete document.documentElement.dataset.print;
  }
}

/** Leaves print mode, for a view that goes away while its print dialog is open. */
export function leavePrintMode(): void {
  delete document.documentElement.dataset.print;
}
