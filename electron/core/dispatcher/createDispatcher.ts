import type { z } from 'zod';
import {
  contract,
  type ChannelName,
  type Failure,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../shared/contract';
import { englishText, phrase, type Phrase, type StoredPhrase } from '../../shared/i18n/Phrase';
import { validationKey } from '../../shared/i18n/validationPhrase';
import { toFailure } from './toFailure';

export type Handlers = { [C in ChannelName]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C> };
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * channel -> zod parse of an unknown input -> handler -> typed result. Every failure, including
 * a bug in a handler, comes back as a Failure with a sentence; never a stack trace, never a throw.
 */
export function createDispatcher(handlers: Handlers, onInternalError: (error: unknown) => void = () => undefined): Dispatch {
  return async (channel, input) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      const unknown = phrase('errors.unknownChannel');
      return { ok: false, error: { code: 'unknown-channel', message: englishText(unknown), i18n: unknown } };
    }
    const name = channel as ChannelName;
    const parsed = (contract[name].input as z.ZodType).safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === 'internal') onInternalError(error);
      return { ok: false, error: failure };
    }
  };
}

/** Field messages from the catalog also go as phrases, so a form shows them in the UI's locale. */
function invalidInput(error: z.ZodError): Failure {
  const fields: Record<string, string> = {};
  const fieldPhrases: Record<string, StoredPhrase> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (Object.hasOwn(fields, path)) continue;
    fields[path] = issue.message;
    const key = validationKey(issue.message);
    if (key) fieldPhrases[path] = phrase(key);
  }
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.map(String).join('.')})` : '';
  const key = first ? validationKey(first.message) : null;
  if (!key) return { code: 'invalid-input', message: `${first?.message ?? 'Invalid input'}${where}.`, fields, fieldPhrases };
  const said: Phrase = where ? phrase('errors.invalidAt', { message: { key }, where: where.slice(2, -1) }) : phrase('errors.invalid', { message: { key } });
  return { code: 'invalid-input', message: englishText(said), i18n: said, fields, fieldPhrases };
}
