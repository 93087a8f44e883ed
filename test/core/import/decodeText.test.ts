import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decodeText';

describe('decodeText', () => {
  it('reads UTF-8 after a BOM without the BOM', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Иван,ivan@example.org')]));
    expect(decoded).toEqual({ text: 'Иван,ivan@example.org', encoding: 'UTF-8', label: 'utf-8', note: null });
  });

  it('keeps reading a file marked UTF-8 whose later bytes are not UTF-8, and says so', () => {
    // Found by the import fuzzer: a UTF-8 BOM, then a lone 0xC3 and a Windows-1251 "П".
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x2c, 0xcf, 0x42]));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe('A\uFFFD,\uFFFDB');
    expect(decoded.note).toMatch(/marked as UTF-8 but some of its bytes are not UTF-8/);
  });

  it('guesses Windows-1251 for Cyrillic bytes that are not UTF-8, and says it guessed', () => {
    const decoded = decodeText(new Uint8Array([0xcf, 0xe5, 0xf2, 0xf0]));
    expect(decoded.text).toBe('Петр');
    expect(decoded.encoding).toBe('Windows-1251');
    expect(decoded.note).toMatch(/not UTF-8/);
  });

  it('reads a headerless Russian Excel CSV in Windows-1251 as Cyrillic, not as the GB18030 its few names also parse as', () => {
    const text = 'Петров;Иван;ivan@volgadmin.example;+7 8442 38 00 00\r\nСидорова;Анна;anna@samara.example;+7 846 332 00 00\r\n';
    const table = new Map<string, number>();
    for (let byte = 0xc0; byte <= 0xff; byte++) table.set(new TextDecoder('windows-1251').decode(Uint8Array.of(byte)), byte);
    const bytes = Uint8Array.from([...text].map((char) => table.get(char) ?? char.charCodeAt(0)));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('Windows-1251');
    expect(decoded.text).toBe(text);
  });
});
