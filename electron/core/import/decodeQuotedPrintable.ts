/**
 * Quoted-printable (RFC 2045 §6.7) as vCard 2.1 uses it: "=D0=98" is a byte, "=" at the very end
 * is a soft line break (the caller has already joined those lines). Returns the bytes, which the
 * caller decodes with the property's CHARSET. A "=" not followed by two hex digits is kept, as
 * most readers do, rather than failing the whole card.
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(ch & 0xff);
  }
  return Uint8Array.from(out);
}
