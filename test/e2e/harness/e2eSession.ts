import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Store } from '../../../electron/core/store/Store';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import { checkAccessibility, formatViolations } from './checkAccessibility';
import { launchChromium } from './launchChromium';
import { startHarness, type Harness } from './startHarness';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where e2e screenshots go. */
export const results = join(repoRoot, 'test-results');

/**
 * One Chromium per test file, and per test its own temp folders and harnesses, always cleaned up:
 * the setup every end-to-end file shares. Call at the top level of the file.
 */
export function e2eSession(viewport: { width: number; height: number } = { width: 1280, height: 800 }) {
  let browser: Browser | null = null;
  const folders: string[] = [];
  const harnesses: Harness[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(results, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.stop('SIGKILL')));
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  return {
    /** A fresh folder under the OS temp dir, removed after the test. */
    folder: async (prefix: string): Promise<string> => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      folders.push(dir);
      return dir;
    },
    /** A workspace written before any harness starts, as a user's would be. */
    seeded: async (prefix: string, commands: Command[]): Promise<string> => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      folders.push(dir);
      const store = await Store.open({ dir, owner: 'app' });
      if (commands.length > 0) await store.commit(commands);
      await store.close();
      return dir;
    },
    /** A harness on `dataDir`, killed after the test unless stopped before. */
    start: async (dataDir: string, env?: NodeJS.ProcessEnv): Promise<Harness> => {
      const harness = await startHarness(env ? { dataDir, env } : { dataDir });
      harnesses.push(harness);
      return harness;
    },
    /** Stops `harness` now (a test that restarts or reads the folder after a kill). */
    stop: async (harness: Harness, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> => {
      const index = harnesses.indexOf(harness);
      if (index >= 0) harnesses.splice(index, 1);
      await harness.stop(signal);
    },
    /**
     * The app in a new page, once the sections have rendered and without a page error.
     * `permissions` are granted to the page (the clipboard); `beforeLoad` runs before the app
     * loads (an init script that must see the first line of the page).
     */
    open: async (harness: Harness, options: { permissions?: string[]; beforeLoad?: (page: Page) => Promise<unknown> } = {}): Promise<Page> => {
      if (!browser) throw new Error('The browser is not running: call e2eSession() at the top level of the test file.');
      const page = await browser.newPage({ viewport, permissions: options.permissions ?? [] });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await options.beforeLoad?.(page);
      await page.goto(harness.url);
      await page.getByRole('navigation', { name: 'Sections' }).waitFor();
      expect(errors).toEqual([]);
      return page;
    },
    expectAccessible: async (page: Page, where: string): Promise<void> => {
      const violations = await checkAccessibility(page);
      expect(violations, `${where}: ${formatViolations(violations)}`).toEqual([]);
    },
    saved: (page: Page) => expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved'),
  };
}
