// A full disk, end to end: the harness's file system fails one write to the store (ENOSPC), the
// save status in Chromium reads "Not saved" with the sentence, nothing is lost, and the next save
// after the fault clears persists everything (proven after a SIGKILL of the harness).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { createContact } from '../helpers/commands';
import { e2eSession } from './harness/e2eSession';

const { seeded, start, stop, open } = e2eSession();

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
    const dir = await seeded('liaison-e2e-', [createContact({ family: 'Before', given: 'Fault' })]);

    // The first write to the store that carries the contact "Full Disk" fails, once.
    const harness = await start(dir, { LIAISON_HARNESS_FAULTS: `${fault}-on:Full` });
    const page = await open(harness);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();

    await addContact(page, 'Full', 'Disk');
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('not-saved');
    expect(await status.locator('.save-label').textContent()).toBe('Not saved');
    expect(await status.locator('.save-message').textContent()).toBe(sentence);
    // The change is kept in memory and shown. The form stays open with what was typed; leaving it
    // asks first (the unsaved-changes guard), and discarding the form's copy loses nothing kept.
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.getByText('Full Disk').or(page.getByText('Disk Full')).count()).toBeGreaterThan(0);

    // The fault has cleared: the next save rewrites everything from memory.
    await addContact(page, 'After', 'Fault');
    await expect.poll(() => status.textContent()).toBe('Saved');

    await stop(harness, 'SIGKILL');
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(Object.values(reopened.state.contacts).map((c) => `${c.family} ${c.given}`).sort()).toEqual(['After Fault', 'Before Fault', 'Full Disk']);
    await reopened.close();
    await page.close();
  });
});
