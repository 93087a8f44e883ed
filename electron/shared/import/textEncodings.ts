/**
 * The encodings a contacts file may be read in, for the import dialog's picker and the CLI's
 * --encoding: `label` is what TextDecoder takes, `name` what users know it by, `script` the
 * writing it is for (a catalog key, so the picker says it in the UI's language).
 */
export const TEXT_ENCODINGS = [
  { label: 'utf-8', name: 'UTF-8', script: 'encoding.script.any' },
  { label: 'utf-16le', name: 'UTF-16LE', script: 'encoding.script.any' },
  { label: 'utf-16be', name: 'UTF-16BE', script: 'encoding.script.any' },
  { label: 'windows-1251', name: 'Windows-1251', script: 'encoding.script.cyrillic' },
  { label: 'koi8-r', name: 'KOI8-R', script: 'encoding.script.cyrillic' },
  { label: 'ibm866', name: 'CP866', script: 'encoding.script.cyrillic' },
  { label: 'x-mac-cyrillic', name: 'Mac Cyrillic', script: 'encoding.script.cyrillic' },
  { label: 'iso-8859-5', name: 'ISO-8859-5', script: 'encoding.script.cyrillic' },
  { label: 'windows-1252', name: 'Windows-1252', script: 'encoding.script.western' },
  { label: 'windows-1250', name: 'Windows-1250', script: 'encoding.script.central' },
  { label: 'iso-8859-2', name: 'ISO-8859-2', script: 'encoding.script.central' },
  { label: 'windows-1253', name: 'Windows-1253', script: 'encoding.script.greek' },
  { label: 'iso-8859-7', name: 'ISO-8859-7', script: 'encoding.script.greek' },
  { label: 'windows-1254', name: 'Windows-1254', script: 'encoding.script.turkish' },
  { label: 'windows-1257', name: 'Windows-1257', script: 'encoding.script.baltic' },
  { label: 'windows-1255', name: 'Windows-1255', script: 'encoding.script.hebrew' },
  { label: 'windows-1256', name: 'Windows-1256', script: 'encoding.script.arabic' },
  { label: 'shift_jis', name: 'Shift_JIS', script: 'encoding.script.japanese' },
  { label: 'euc-jp', name: 'EUC-JP', script: 'encoding.script.japanese' },
  { label: 'gb18030', name: 'GB18030', script: 'encoding.script.chinese' },
  { label: 'big5', name: 'Big5', script: 'encoding.script.chinese' },
  { label: 'euc-kr', name: 'EUC-KR', script: 'encoding.script.korean' },
] as const;

export type TextEncodingLabel = (typeof TEXT_ENCODINGS)[number]['label'];

export const isTextEncodingLabel = (value: string): value is TextEncodingLabel => TEXT_ENCODINGS.some((e) => e.label === value);

/** "Windows-1251" for "windows-1251"; the label itself for one not in the list. */
export function encodingName(label: string): string {
  return TEXT_ENCODINGS.find((e) => e.label === label)?.name ?? label;
}
