import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Workspace } from '../electron/shared/schemas/workspace';
import { launchChromium } from '../test/e2e/harness/launchChromium';
import { startHarness, type Harness } from '../test/e2e/harness/startHarness';
import { workspaceOnDisk } from './workspaceOnDisk';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface HarnessSession {
  harness: Harness;
  browser: Browser;
  /** A fresh page on the app, the navigation shown. */
  openPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The e2e harness (the built renderer and the real dispatcher on 127.0.0.1) over a copy of
 * `workspace`, and headless Chromium: the app as a user meets it, without Electron.
 */
export async function harnessSession(workspace: Workspace, label: string): Promise<HarnessSession> {
  try {
    await access(join(repoRoot, 'out', 'renderer', 'index.html'));
  } catch {
    throw new Error('The renderer is not built; run `npx electron-vite build` first (npm run bench does).');
  }
  const data = await workspaceOnDisk(workspace, label);
  // Opening 100,000 contacts (load, index) takes a few seconds before READY.
  const harness = await startHarness({ dataDir: data.dir, timeoutMs: 180_000 });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await harness.stop('SIGKILL');
    await data.remove();
    throw error;
  }
  return {
    harness,
    browser,
    async openPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(harness.url);
      await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 60_000 });
      return page;
    },
    async close() {
      await browser.close();
      await harness.stop('SIGTERM');
      await data.remove();
    },
  };
}

/** Shows the contacts screen and waits for the first row that holds a contact; ms from the click. */
export async function openContacts(page: Page): Promise<number> {
  const start = performance.now();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();
  await page.locator('[role="listbox"][aria-label="Contact list"] [role="option"][data-id]').first().waitFor({ timeout: 60_000 });
  return performance.now() - start;
}
