import { errors } from './en/errors';

type ValidationKey = Extract<keyof typeof errors, `validation.${string}`>;

/** A schema's field message, by catalog key: the English text zod reports, found again by validationKey(). */
export function schemaMessage(key: ValidationKey): { message: string } {
  return { message: errors[key] };
}
