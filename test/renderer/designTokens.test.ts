// The design tokens are the one place for colours: a raw colour in a screen's stylesheet would
// skip the dark theme (light-dark() lives only in tokens.css), and a misspelt or removed token
// silently falls back to nothing (the export preview's undefined --surface-2 left it unfilled).
import { describe, expect, it } from 'vitest';

// Vite reads the stylesheets as text; no Node fs in this browser-typed project.
const sheets = import.meta.glob<string>('../../renderer/**/*.css', { query: '?raw', import: 'default', eager: true });
const tokensPath = Object.keys(sheets).find((path) => path.endsWith('/renderer/styles/tokens.css')) ?? '';
const declared = (text: string): string[] => Array.from(text.matchAll(/(--[\w-]+)\s*:/g), (m) => m[1] ?? '');
const defined = new Set(declared(sheets[tokensPath] ?? ''));

describe('design tokens', () => {
  it('hold every colour: no stylesheet but tokens.css writes a hex, rgb() or hsl() colour', () => {
    expect(Object.keys(sheets).length).toBeGreaterThan(5);
    const raw = Object.entries(sheets)
      .filter(([path]) => path !== tokensPath)
      .flatMap(([path, text]) => text.split('\n').map((line, index) => ({ at: `${path}:${index + 1}`, line })))
      .filter(({ line }) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(line.replace(/\/\*.*?\*\//g, '')));
    expect(raw.map((r) => r.at)).toEqual([]);
  });

  it('define every custom property a stylesheet reads (a typo would fall back to nothing)', () => {
    const local = new Set(Object.values(sheets).flatMap(declared));
    const undefinedUses = Object.entries(sheets).flatMap(([path, text]) =>
      Array.from(text.matchAll(/var\((--[\w-]+)/g), (m) => m[1] ?? '')
        .filter((name) => !defined.has(name) && !local.has(name))
        .map((name) => `${path}: ${name}`),
    );
    expect(undefinedUses).toEqual([]);
    expect([...defined]).toEqual(expect.arrayContaining(['--text-md', '--space-2', '--radius', '--elevation-1', '--motion-fast', '--warning-text']));
  });
});
