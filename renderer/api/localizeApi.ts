import type { Failure, Result } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import { phraseText } from '../../electron/shared/i18n/Phrase';
import { StoredPhraseSchema } from '../../electron/shared/schemas/storedPhrase';
import type { T } from '../i18n/createT';

/** What localizing needs at the moment of each reply: `t` and the locale (for dates inside phrases). */
export interface Speaker {
  t: T;
  locale: string;
}

/**
 * The bridge as the UI reads it: core says its sentences (refusals, field messages, undo
 * summaries) in English plus a phrase; this puts the phrase in the UI's locale in place of the
 * English, once, so every screen that shows `error.message`, `fields` or `summaries` speaks the
 * user's language without knowing phrases exist. `t` is read per call: the locale can change.
 */
export function localizeApi(api: Api, speaker: () => Speaker): Api {
  const localized: Record<string, unknown> = { ...api };
  for (const [ns, methods] of Object.entries(api)) {
    if (typeof methods !== 'object' || methods === null) continue;
    const wrapped: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(methods as Record<string, unknown>)) {
      wrapped[name] =
        typeof method === 'function'
          ? (input: unknown) => (method as (input: unknown) => Promise<Result<unknown>>)(input).then((result) => localizeResult(speaker(), result))
          : method;
    }
    localized[ns] = wrapped;
  }
  return localized as Api;
}

export function localizeResult(speaker: Speaker, result: Result<unknown>): Result<unknown> {
  if (!result.ok) return { ok: false, error: localizeFailure(speaker, result.error) };
  return { ok: true, value: localizeValue(speaker, result.value) };
}

/** A failure's sentence and field messages in the UI's locale; core's English where it sent no phrase. */
export function localizeFailure({ t, locale }: Speaker, failure: Failure): Failure {
  const message = (failure.i18n ? phraseText(t, failure.i18n, locale) : null) ?? failure.message;
  if (!failure.fields || !failure.fieldPhrases) return { ...failure, message };
  const fields = { ...failure.fields };
  for (const [path, said] of Object.entries(failure.fieldPhrases)) fields[path] = phraseText(t, said, locale) ?? fields[path] ?? '';
  return { ...failure, message, fields };
}

type Labelled = Record<string, unknown>;
const isObject = (value: unknown): value is Labelled => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = ({ t, locale }: Speaker, label: unknown, english: unknown): unknown => {
  const said = StoredPhraseSchema.safeParse(label);
  return said.success ? (phraseText(t, said.data, locale) ?? english) : english;
};

/**
 * Commit acks (`summaries` + `labels`), history status (`undoLabel`, `redoLabel`), an import's
 * `summaryLabel`, an `ack` inside a result, the workspace status's not-saved `save`, and an import
 * preview's `notes` (`notePhrases`). The status's `recovery` and `maintenance` are kept across a
 * language switch, so RecoveryBanner translates them at render time instead.
 */
function localizeValue(speaker: Speaker, value: unknown): unknown {
  if (!isObject(value)) return value;
  let out = value;
  if (Array.isArray(value.summaries) && Array.isArray(value.labels)) {
    const labels = value.labels as unknown[];
    out = { ...out, summaries: (value.summaries as unknown[]).map((english, i) => text(speaker, labels[i], english)) };
  }
  if ('undoLabel' in value || 'redoLabel' in value) out = { ...out, undo: text(speaker, value.undoLabel, value.undo), redo: text(speaker, value.redoLabel, value.redo) };
  if ('summaryLabel' in value) out = { ...out, summary: text(speaker, value.summaryLabel, value.summary) };
  if (isObject(value.ack)) out = { ...out, ack: localizeValue(speaker, value.ack) };
  if (isObject(value.save) && 'i18n' in value.save) out = { ...out, save: { ...value.save, message: text(speaker, value.save.i18n, value.save.message) } };
  // An import preview; `rows` is checked only here, since list pages have rows by the thousand.
  if (Array.isArray(value.notes) && Array.isArray(value.notePhrases)) {
    const said = value.notePhrases as unknown[];
    out = { ...out, notes: (value.notes as unknown[]).map((english, i) => text(speaker, said[i], english)) };
    if (Array.isArray(value.rejected)) out = { ...out, rejected: value.rejected.map((r: unknown) => (isObject(r) ? { ...r, reason: text(speaker, r.reasonPhrase, r.reason) } : r)) };
    if (Array.isArray(value.rows)) out = { ...out, rows: value.rows.map((r: unknown) => (isObject(r) && 'detailPhrase' in r ? { ...r, detail: text(speaker, r.detailPhrase, r.detail) } : r)) };
  }
  return out;
}
