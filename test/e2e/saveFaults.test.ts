// A full disk, end to end: the harness's file system fails one write to the store (ENOSPC), the
// save status in Chromium reads "Not saved" with the sentence, nothing is lost, and the next save
// after the fault clears persists everything (proven after a SIGKILL of the harness).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { createContact } from '../helpers/commands';
import { launchChromium } from './harness/launchChromium';
import { startHarness, type Harness } from './harness/startHarness';

let browser: Browser;
const folders: string[] = [];
const harnesses: Harness[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop('SIGKILL')));
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function addContact(page: Page, family: string, given: string): Promise<void> {
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByLabel('Family name', { exact: true }).fill(family);
  await dialog.getByLabel('Given name', { exact: true }).fill(given);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

describe('a disk fault in the running app', () => {
  it.each([
    ['enospc', 'Not saved: the disk is full. Your change is kept and will be saved with the next one.'],
    ['eacces', 'Not saved: Liaison may not write to its data folder (permission denied). Your change is kept and will be saved with the next one.'],
  ])('%s: shows "Not saved" with the sentence, keeps the change, and the next save persists everything', async (fault, sentence) => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
    folders.push(dir);
    const seed = await Store.open({ dir, owner: 'app' });
    await seed.commit([createContact({ family: 'Before', given: 'Fault' })]);
    await seed.close();

    // The first write to the store that carries the contact "Full Disk" fails, once.
    const harness = await startHarness({ dataDir: dir, env: { LIAISON_HARNESS_FAULTS: `${fault}-on:Full` } });
    harnesses.push(harness);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(harness.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();

    await addContact(page, 'Full', 'Disk');
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('not-saved');
    expect(await status.locator('.save-label').textContent()).toBe('Not saved');
    expect(await status.locator('.save-message').textContent()).toBe(sentence);
    // The change is kept in memory and shown.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByText('Full Disk').or(page.getByText('Disk Full')).count()).toBeGreaterThan(0);

    // The fault has cleared: the next save rewrites everything from memory.
    await addContact(page, 'After', 'Fault');
    await expect.poll(() => status.textContent()).toBe('Saved');

    harnesses.splice(harnesses.indexOf(harness), 1);
    await harness.stop('SIGKILL');
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(Object.values(reopened.state.contacts).map((c) => `${c.family} ${c.given}`).sort()).toEqual(['After Fault', 'Before Fault', 'Full Disk']);
    await reopened.close();
    await page.close();
  });
});
