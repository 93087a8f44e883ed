// The page's isolation checked on every section of the app, not only the first screen: with the
// sample workspace open, each sidebar section (read from the page, so a new section is covered
// the day it is added) still has no `require`, `process`, `module`, `Buffer` or `ipcRenderer`, and
// an injected inline script or inline event handler is blocked by the CSP and never runs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './harness/e2eSession';

/** The page's globals as seen from page.evaluate (the node tsconfig has no DOM lib). */
interface PageGlobals {
  api: { workspace: { openSample(input: object): Promise<{ ok: boolean }> } };
  __cspViolations: { directive: string; blocked: string }[];
  [marker: string]: unknown;
  document: {
    createElement(tag: string): { textContent: string | null; setAttribute(name: string, value: string): void; src?: string };
    body: { appendChild(node: unknown): unknown };
  };
}

const { folder, start, open } = e2eSession({ width: 1366, height: 900 });

/** The app with a recorder of CSP violations installed before its first script runs. */
async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const harness = await start(await folder('liaison-e2e-sections-'));
  const page = await open(harness, {
    beforeLoad: (page) =>
      page.addInitScript(() => {
        const w = globalThis as unknown as { __cspViolations: unknown[]; addEventListener(type: string, fn: (e: { violatedDirective: string; blockedURI: string }) => void): void };
        w.__cspViolations = [];
        w.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
      }),
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

describe('every section of the app keeps Node out and inline script blocked', () => {
  it('checks each sidebar section with the sample workspace open', async () => {
    const { page, errors } = await openApp();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.workspace.openSample({}).then((r) => r.ok))).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const names = (await nav.getByRole('button').allInnerTexts()).map((name) => name.trim()).filter((name) => name.length > 0);
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const [index, name] of names.entries()) {
      await nav.getByRole('button', { name, exact: true }).click();
      await page.getByRole('main').waitFor();
      const globals = await page.evaluate(() => {
        const w = globalThis as unknown as Record<string, unknown>;
        return { require: typeof w.require, process: typeof w.process, module: typeof w.module, Buffer: typeof w.Buffer, ipcRenderer: typeof w.ipcRenderer };
      });
      expect(globals, name).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', ipcRenderer: 'undefined' });

      const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations.length);
      const script = `__pwnedScript${index}`;
      const handler = `__pwnedHandler${index}`;
      await page.evaluate(
        ([scriptMarker, handlerMarker]) => {
          const w = globalThis as unknown as PageGlobals;
          const tag = w.document.createElement('script');
          tag.textContent = `window.${scriptMarker} = 1`;
          w.document.body.appendChild(tag);
          const img = w.document.createElement('img');
          img.setAttribute('onerror', `window.${handlerMarker} = 1`);
          img.setAttribute('src', 'app-missing-image.png');
          w.document.body.appendChild(img);
        },
        [script, handler] as const,
      );
      await expect
        .poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations.length), { timeout: 5000 })
        .toBeGreaterThanOrEqual(before + 2);
      const ran = await page.evaluate(([a, b]) => [typeof (globalThis as unknown as PageGlobals)[a], typeof (globalThis as unknown as PageGlobals)[b]], [script, handler] as const);
      expect(ran, `${name}: inline script and inline handler must not run`).toEqual(['undefined', 'undefined']);
    }
    const directives = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations.map((v) => v.directive));
    expect(directives.every((d) => d.startsWith('script-src'))).toBe(true);
    expect(errors).toEqual([]);
    console.log(`[e2e security] ${names.length} sections (${names.join(', ')}): Node globals absent, ${directives.length} inline scripts/handlers blocked`);
  });
});
