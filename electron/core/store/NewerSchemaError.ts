import { SCHEMA_VERSION } from '../../shared/schemas/workspace';

/**
 * The file was written by a newer Liaison. It is never opened, repaired or moved: the newer
 * version still needs it exactly as it is.
 */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';

  constructor(
    readonly found: number,
    readonly supported: number = SCHEMA_VERSION,
  ) {
    super(
      `This workspace was written by a newer Liaison (schema version ${found}); this version reads up to schema version ${supported}. Install a newer Liaison to open it.`,
    );
  }
}
