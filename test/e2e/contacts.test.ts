// The foundation's vertical slice in a real Chromium, through the harness that serves the built
// renderer and routes window.api to the real dispatcher: open the sample, add a contact with a
// Cyrillic name, find it by a Latin spelling, edit, delete and undo; kill the harness (SIGTERM,
// and SIGKILL right after an acknowledged save) and find everything again; a damaged store shows
// the recovery banner; axe finds nothing serious; screenshots land in test-results/. Sharing:
// Settings → Sync against a test server, and a contact edited on two machines settled in the app.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { SyncService } from '../../electron/core/sync/SyncService';
import { blankContactData, ContactInputSchema } from '../../electron/shared/schemas/contact';
import { at, createContact } from '../helpers/commands';
import { startCouchServer } from '../helpers/couchServer';
import { e2eSession, results } from './harness/e2eSession';

const { folder, seeded, start, stop, open, expectAccessible, saved } = e2eSession();
const dataDir = () => folder('liaison-e2e-');
const contactList = (page: Page) => page.getByRole('listbox', { name: 'Contact list' });
const search = async (page: Page, query: string) => {
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(query);
};

describe('contacts, end to end in Chromium', () => {
  it('adds a Cyrillic contact, finds it by Latin spellings, edits, deletes and undoes, and keeps it across kills', async () => {
    const dir = await dataDir();
    let harness = await start(dir);
    let page = await open(harness);

    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Liaison' }).isVisible()).toBe(true);
    await expectAccessible(page, 'home, empty workspace');
    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent(), { timeout: 15_000 }).toContain('The sample workspace is open.');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();
    await expect.poll(() => contactList(page).getByRole('option').count()).toBeGreaterThan(0);
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Example');

    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Family name', { exact: true }).fill('Иванова');
    await dialog.getByLabel('Given name', { exact: true }).fill('Мария');
    await dialog.getByLabel('Patronymic', { exact: true }).fill('Петровна');
    await dialog.getByLabel('Gender').selectOption({ label: 'Female' });
    await dialog.getByLabel('Email', { exact: true }).fill('not an email');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('Not an email address').isVisible()).toBe(true);
    await expectAccessible(page, 'contact form with an error');
    await dialog.getByLabel('Email', { exact: true }).fill('m.ivanova@volgadmin.example');
    await dialog.getByLabel('City', { exact: true }).fill('Волгоград');
    await expect.poll(() => dialog.getByLabel('Family name (Latin)').inputValue()).toBe('Ivanova');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await saved(page);

    // Found by spellings other than the stored ICAO form "Mariia Ivanova".
    for (const query of ['Ivanova', 'Mariya Ivanova', 'ivanova mariya petrovna', 'Volgograd Ivanova', 'Bdfyjdf']) {
      await search(page, query);
      await expect
        .poll(() => contactList(page).getByRole('option').first().textContent(), { message: query })
        .toContain('Иванова Мария Петровна');
    }
    await page.screenshot({ path: join(results, 'contacts-search.png') });

    await contactList(page).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit contact' });
    await edit.getByLabel('Given name', { exact: true }).fill('Марина');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Иванова Марина Петровна' }).isVisible()).toBe(true);
    await saved(page);

    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Deleted Иванова Марина Петровна.');
    await expect.poll(() => page.getByText('No contact matches').isVisible()).toBe(true);
    await page.getByTestId('toast').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Иванова Марина Петровна');
    await saved(page);

    // SIGKILL right after the acknowledged save: the journal has it.
    await page.close();
    await stop(harness, 'SIGKILL');
    harness = await start(dir);
    page = await open(harness);
    await search(page, 'Marina Ivanova');
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Иванова Марина Петровна');
    await search(page, '');
    // The cleared search refetches the list after its debounce; a click that lands on the row the
    // refetch replaces is lost, so click until the contact opens (seen once in CI).
    await vi.waitFor(
      async () => {
        await contactList(page).getByRole('option', { name: /^Иванова Марина Петровна/ }).click();
        if (!(await page.getByRole('heading', { name: 'Иванова Марина Петровна' }).isVisible())) throw new Error('the contact is not open yet');
      },
      { timeout: 20_000, interval: 500 },
    );
    await expectAccessible(page, 'contacts list with details');
    await page.screenshot({ path: join(results, 'contacts.png') });

    // SIGTERM: an orderly stop folds the journal into liaison.json and releases the lock.
    await page.close();
    await stop(harness, 'SIGTERM');
    harness = await start(dir);
    page = await open(harness);
    await search(page, 'Иванова');
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Иванова Марина Петровна');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Home' }).click();
    await expect.poll(() => page.getByText(/\d+ contacts/).first().isVisible()).toBe(true);
    await page.screenshot({ path: join(results, 'home.png') });
    await page.close();
  });

  it('undoes from the keyboard and the toolbar, naming what it undoes', async () => {
    const harness = await start(await dataDir());
    const page = await open(harness);
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Family name', { exact: true }).fill('Smith');
    await dialog.getByLabel('Given name', { exact: true }).fill('John');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await saved(page);
    const toolbar = page.getByRole('toolbar', { name: 'Edit history' });
    await expect.poll(() => toolbar.getByRole('button', { name: 'Undo “Add contact John Smith”' }).isEnabled()).toBe(true);
    await page.locator('body').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => toolbar.getByRole('button', { name: 'Redo “Add contact John Smith”' }).isEnabled()).toBe(true);
    await search(page, 'Smith');
    await expect.poll(() => page.getByText('No contact matches').isVisible()).toBe(true);
    await toolbar.getByRole('button', { name: 'Redo “Add contact John Smith”' }).click();
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('John Smith');
    await page.close();
  });

  it('tells the user when a damaged store was recovered from a backup', async () => {
    const dir = await seeded('liaison-e2e-', [{ type: 'contact.create', at: new Date().toISOString(), id: crypto.randomUUID(), data: ContactInputSchema.parse({ family: 'Сохранённая', given: 'Анна' }) }]);
    await copyFile(join(dir, 'liaison.json'), join(dir, 'before-damage.json'));
    await writeFile(join(dir, 'liaison.json'), '{"schemaVersion":1,"seq":');
    const harness = await start(dir);
    const page = await open(harness);
    const banner = page.getByRole('alert').filter({ hasText: 'Your workspace was recovered' });
    await expect.poll(() => banner.isVisible()).toBe(true);
    await expect.poll(() => banner.textContent()).toMatch(/damaged.*backup/s);
    await expectAccessible(page, 'recovery banner');
    await search(page, 'Sokhranennaia');
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Сохранённая Анна');
    await page.close();
  });

  it('syncs through Settings → Sync, says “Synced”, and settles a contact edited on two machines field by field; the other folder gets the choice', async () => {
    // The test server (express-pouchdb, in this process) on 127.0.0.1 and a free port, stopped below.
    const server = await startCouchServer(await dataDir());
    try {
      const db = await server.createDatabase();
      const id = crypto.randomUUID();
      const anna = { ...blankContactData(), family: 'Petrova', given: 'Anna' };
      const harness = await start(await seeded('liaison-e2e-', [createContact(anna, id)]));
      const page = await open(harness);
      const sections = page.getByRole('navigation', { name: 'Sections' });
      await sections.getByRole('button', { name: 'Settings' }).click();
      const settings = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Sync' }) });
      await settings.getByLabel('Server address').fill(server.origin);
      await settings.getByLabel('Database').fill(db);
      await settings.getByRole('button', { name: 'Save and sync' }).click();
      const badge = page.getByTestId('sync-status');
      await expect.poll(() => badge.textContent()).toBe('Synced just now');

      // The other machine: a second data folder joins through core and pulls Anna.
      const other = await Store.open({ dir: await dataDir(), owner: 'cli' });
      const otherSync = await SyncService.open({ store: other, timeoutMs: 5_000 });
      try {
        await otherSync.connect({ server: server.origin, db });
        await otherSync.syncNow();
        expect(other.state.contacts[id]?.given).toBe('Anna');
        // Both edit Anna before the app syncs again (its sync is not live: it waits for "Sync now").
        await other.commit([{ type: 'contact.update', at: at(), id, data: { ...anna, given: 'Annushka', notes: 'Met in Kazan' } }]);
        expect((await otherSync.syncNow()).status.lastError).toBeNull();
        await sections.getByRole('button', { name: 'Contacts' }).click();
        await contactList(page).getByRole('option', { name: /^Anna Petrova/ }).click();
        await page.getByRole('button', { name: 'Edit', exact: true }).click();
        const form = page.getByRole('dialog', { name: 'Edit contact' });
        await form.getByLabel('Given name', { exact: true }).fill('Anya');
        await form.getByRole('button', { name: 'Save' }).click();
        await form.waitFor({ state: 'hidden' });
        await saved(page);
        await sections.getByRole('button', { name: 'Settings' }).click();
        await settings.getByRole('button', { name: 'Sync now' }).click();
        await expect.poll(() => badge.textContent()).toBe('1 sync conflict');

        // Home names the record; its page says so; the comparison takes the app's name and the other's note.
        await sections.getByRole('button', { name: 'Home' }).click();
        const card = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Conflicts from sync' }) });
        await expect.poll(() => card.textContent()).toContain('1 record was edited on two computers');
        await card.getByRole('button', { name: /^(Anya|Annushka) Petrova$/ }).click();
        const banner = page.getByRole('region', { name: 'Edited on two machines' });
        await banner.getByRole('button', { name: 'Compare and choose' }).click();
        const compare = page.getByRole('dialog', { name: /^Two versions of (Anya|Annushka) Petrova/ });
        await compare.getByRole('radio', { name: 'Given name: keep “Anya”' }).check();
        await compare.getByRole('radio', { name: 'Notes: keep “Met in Kazan”' }).check();
        await expectAccessible(page, 'a sync conflict compared field by field');
        await compare.getByRole('button', { name: 'Save my choice' }).click();
        await compare.waitFor({ state: 'hidden' });
        await banner.waitFor({ state: 'hidden' });
        await expect.poll(() => badge.textContent()).toBe('Synced just now');

        // The other folder, at its next sync, holds the choice and no conflict.
        await otherSync.syncNow();
        expect(other.state.contacts[id]).toMatchObject({ given: 'Anya', notes: 'Met in Kazan' });
        expect(await otherSync.conflicts()).toEqual([]);
      } finally {
        await otherSync.close();
        await other.close();
      }
    } finally {
      await server.stop();
    }
  }, 60_000);
});
