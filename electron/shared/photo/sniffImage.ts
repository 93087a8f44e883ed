export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

/**
 * What a picture's first bytes say it is: JPEG, PNG, GIF or WebP, or null for anything else (a
 * script, an SVG, a file that only claims to be a picture). Liaison keeps only these four, which a
 * browser draws in an <img> and never runs.
 */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png';
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export const IMAGE_EXTENSION: Readonly<Record<ImageType, 'jpg' | 'png' | 'gif' | 'webp'>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};
