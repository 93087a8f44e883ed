// The foundation's vertical slice in a real Chromium, through the harness that serves the built
// renderer and routes window.api to the real dispatcher: open the sample, add a contact with a
// Cyrillic name, find it by a Latin spelling, edit, delete and undo; kill the harness (SIGTERM,
// and SIGKILL right after an acknowledged save) and find everything again; a damaged store shows
// the recovery banner; axe finds nothing serious; screenshots land in test-results/.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { ContactInputSchema } from '../../electron/shared/schemas/contact';
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
});
