/** A file that cannot be imported at all, with the sentence that tells the user why and what to do. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}
