import { collectionSchemas, type Kind, type RecordOf } from '../../shared/schemas/collections';
import type { Image, Workspace } from '../../shared/schemas/workspace';
import { phrase } from '../../shared/i18n/Phrase';
import { validationKey } from '../../shared/i18n/validationPhrase';
import { CommandError } from './CommandError';

type Data<K extends Kind> = Omit<RecordOf<K>, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;

/**
 * Applies one command's changes to the workspace in place, touching only the records it names.
 * The first touch of a record captures its before-image, so the inverse (undo) and a rollback
 * after a refused rule come from the images, never from command-specific code.
 */
export class Transaction {
  private readonly before = new Map<string, Image>();

  constructor(
    private readonly ws: Workspace,
    readonly seq: number,
    /** The clock of the command being applied; a batch sets it per command. */
    public at: string,
  ) {}

  get<K extends Kind>(kind: K, id: string): RecordOf<K> | undefined {
    const table = this.ws[kind] as Record<string, RecordOf<K>>;
    return Object.hasOwn(table, id) ? table[id] : undefined;
  }

  /** `_what` is the caller's name for the record, kept for reading; the sentence names the kind, which the catalog translates. */
  require<K extends Kind>(kind: K, id: string, _what: string): RecordOf<K> {
    const record = this.get(kind, id);
    if (!record) throw new CommandError('not-found', phrase('errors.gone', { thing: { key: `errors.kind.${kind}` } }));
    return record;
  }

  /** Whether the workspace holds any record of a kind (stops at the first, whatever the size). */
  hasAny(kind: Kind): boolean {
    for (const id in this.ws[kind]) if (Object.hasOwn(this.ws[kind], id)) return true;
    return false;
  }

  /** All records of a kind; read-only use (scans for references). */
  all<K extends Kind>(kind: K): Iterable<RecordOf<K>> {
    return Object.values(this.ws[kind] as Record<string, RecordOf<K>>);
  }

  create<K extends Kind>(kind: K, id: string, data: Data<K>): RecordOf<K> {
    if (this.get(kind, id)) throw new CommandError('conflict', phrase('errors.idTaken'));
    return this.write(kind, { ...data, id, rev: this.seq, createdAt: this.at, updatedAt: this.at });
  }

  update<K extends Kind>(kind: K, id: string, data: Partial<Data<K>>, what: string): RecordOf<K> {
    const current = this.require(kind, id, what);
    return this.write(kind, { ...current, ...data, id, rev: this.seq, updatedAt: this.at });
  }

  /** Sets one field by name; the schema check in `write` still guards the result. */
  setField(kind: Kind, id: string, field: string, value: unknown): void {
    const current = this.require(kind, id, 'record');
    this.write(kind, { ...current, [field]: value, rev: this.seq, updatedAt: this.at });
  }

  remove(kind: Kind, id: string): void {
    if (!this.get(kind, id)) return;
    this.capture(kind, id);
    delete (this.ws[kind] as Record<string, unknown>)[id];
  }

  /**
   * Puts a record back exactly as an image holds it, its old rev included: the record is then
   * the one that command wrote, so the undo step below it on the stack still matches.
   */
  restore(image: Image): void {
    if (image.record === null) {
      this.remove(image.kind, image.id);
      return;
    }
    this.write(image.kind, { ...image.record, id: image.id });
  }

  /** Before-images of every record touched, in the order first touched. */
  images(): Image[] {
    return [...this.before.values()];
  }

  /** Puts every touched record back as it was: used when a command is refused half-way. */
  rollback(): void {
    for (const image of this.before.values()) {
      const table = this.ws[image.kind] as Record<string, unknown>;
      if (image.record === null) delete table[image.id];
      else table[image.id] = image.record;
    }
    this.before.clear();
  }

  private write<K extends Kind>(kind: K, candidate: Record<string, unknown>): RecordOf<K> {
    const parsed = collectionSchemas[kind].safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      const key = issue ? validationKey(issue.message) : null;
      if (!key) throw new CommandError('invalid', `${issue?.message ?? 'Invalid value'}${where ? ` (${where})` : ''}.`);
      throw new CommandError('invalid', where ? phrase('errors.invalidAt', { message: { key }, where }) : phrase('errors.invalid', { message: { key } }));
    }
    const record = parsed.data as RecordOf<K>;
    this.capture(kind, record.id);
    (this.ws[kind] as Record<string, RecordOf<K>>)[record.id] = record;
    return record;
  }

  private capture(kind: Kind, id: string): void {
    const key = `${kind}/${id}`;
    if (this.before.has(key)) return;
    const current = this.get(kind, id);
    this.before.set(key, { kind, id, record: current ?? null });
  }
}
