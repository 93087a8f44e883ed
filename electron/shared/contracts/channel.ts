import { z } from 'zod';

/** A channel: the zod schema its input must pass, and (as a type only) what it returns. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time; carries the result type. */
  output?: O;
}

/** `channel<Result>()(InputSchema)`: the result type is given, the input type is inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

/** The input of channels that take none. Strict: unknown keys are refused, not ignored. */
export const Empty = z.object({}).strict();
