import { EMAIL_SHAPE } from '../schemas/contact';

/** What is unusual about an address that is kept anyway. */
export type EmailWarning = 'singleLabelDomain';

/**
 * A warning for an address that is plausible but unusual, or null. An internationalised address
 * (RFC 6531: blablö@blub.com) is valid and gets none; a domain without a dot (contact1@invalid)
 * may not be reachable from the internet, so the form and the import report say so, and keep it.
 */
export function emailWarning(value: string): EmailWarning | null {
  const text = value.trim();
  if (!EMAIL_SHAPE.test(text)) return null;
  const domain = text.slice(text.lastIndexOf('@') + 1);
  return domain.includes('.') ? null : 'singleLabelDomain';
}
