// The desktop layer in a real Chromium: every main screen in English and Russian passes axe with
// no serious or critical violation and is photographed for the README (test-results/screenshots/);
// sections switch from the keyboard and from the native menu's command (the harness's test-only
// POST /__app-command stands in for main); the command palette opens, is accessible, finds a
// record in the other script, and gives focus back when closed.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { goToSections } from '../../electron/shared/goToSections';
import { checkAccessibility, formatViolations } from './harness/checkAccessibility';
import { launchChromium } from './harness/launchChromium';
import { startHarness, type Harness } from './harness/startHarness';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shots = join(repoRoot, 'test-results/screenshots');

let browser: Browser;
let harness: Harness | null = null;
let dir = '';

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await harness?.stop('SIGKILL');
  harness = null;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openSample(): Promise<Page> {
  dir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
  harness = await startHarness({ dataDir: dir });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await page.getByText('The sample workspace is open.').waitFor();
  expect(errors).toEqual([]);
  return page;
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await checkAccessibility(page);
  expect(violations, `${where}: ${formatViolations(violations)}`).toEqual([]);
}

async function sendAppCommand(page: Page, command: unknown): Promise<void> {
  const { url, token } = harness ?? { url: '', token: '' };
  const response = await fetch(new URL('/__app-command', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-liaison-token': token }, body: JSON.stringify(command) });
  expect(response.status).toBe(204);
  await page.waitForTimeout(0);
}

describe('the desktop app', () => {
  it('shows every main screen accessibly in English and Russian, switched from the keyboard', async () => {
    const page = await openSample();
    for (const locale of ['en', 'ru'] as const) {
      if (locale === 'ru') {
        await page.keyboard.press('Control+7');
        await page.getByLabel('Language', { exact: true }).selectOption('ru');
        await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
      }
      for (const [index, section] of goToSections.entries()) {
        await page.locator('body').click({ position: { x: 1, y: 1 } });
        await page.keyboard.press(`Control+${index + 1}`);
        await page.getByRole('navigation').locator('[aria-current="page"]').waitFor();
        await page.locator('main h1').first().waitFor();
        // The page says which language it is in, so a screen reader reads it with the right voice.
        expect(await page.evaluate('document.documentElement.lang')).toBe(locale);
        await expectAccessible(page, `${section.id} (${locale})`);
        await page.screenshot({ path: join(shots, `${section.id}-${locale}.png`) });
      }
    }
  }, 180_000);

  it('follows the native menu’s commands and opens an accessible command palette', async () => {
    const page = await openSample();
    await sendAppCommand(page, { type: 'go', section: 'partnerships' });
    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();

    const opener = page.getByRole('button', { name: 'Contacts' });
    await opener.focus();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Type a command or a name' });
    await input.waitFor();
    await expectAccessible(page, 'command palette');
    await page.screenshot({ path: join(shots, 'palette-en.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(':focus').textContent()).toContain('Contacts');

    await sendAppCommand(page, { type: 'palette' });
    await input.fill('волгоград');
    const option = page.getByRole('option', { name: /Volgograd/ }).first();
    await option.waitFor();
    await option.click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  }, 120_000);
});
