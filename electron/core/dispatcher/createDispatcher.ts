import type { z } from 'zod';
import {
  contract,
  type ChannelName,
  type Failure,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../shared/contract';
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
      return { ok: false, error: { code: 'unknown-channel', message: 'Liaison does not know this request.' } };
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

function invalidInput(error: z.ZodError): Failure {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.map(String).join('.')})` : '';
  return { code: 'invalid-input', message: `${first?.message ?? 'Invalid input'}${where}.`, fields };
}
