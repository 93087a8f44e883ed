// Export and import in a real Chromium, through the harness with scripted native dialogs
// (LIAISON_HARNESS_PLATFORM_DIR): the export preview read back from the bytes, saving through the
// save dialog and reading the file back from disk, the import mapping step with a CSV of arbitrary
// columns, a same-name match merged, the result in the list, Undo, and the print view.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContactsFile } from '../../electron/core/import/readContactsFile';
import { ContactInputSchema } from '../../electron/shared/schemas/contact';
import { e2eSession, results } from './harness/e2eSession';

const session = e2eSession({ width: 1280, height: 900 });
const { expectAccessible } = session;

/** A workspace with two contacts, and a harness whose dialogs answer from `dialogs`. */
async function start(): Promise<{ page: Page; dialogs: string }> {
  const dialogs = await session.folder('liaison-e2e-dialogs-');
  const at = new Date().toISOString();
  const dir = await session.seeded('liaison-e2e-transfer-', [
    {
      type: 'contact.create',
      at,
      id: crypto.randomUUID(),
      data: ContactInputSchema.parse({
        family: 'Иванова',
        given: 'Мария',
        patronymic: 'Петровна',
        gender: 'female',
        familyLatin: 'Ivanova',
        givenLatin: 'Mariia',
        patronymicLatin: 'Petrovna',
        emails: [{ label: 'work', value: 'm.ivanova@volgadmin.example', preferred: true }],
        phones: [{ label: 'mobile', value: '+7 (902) 123-45-67' }],
        tags: ['summit'],
      }),
    },
    { type: 'contact.create', at, id: crypto.randomUUID(), data: ContactInputSchema.parse({ family: 'Smith', given: 'John', familyLatin: 'Smith', givenLatin: 'John', emails: [{ value: 'john@cleveland.example' }] }) },
  ]);
  const page = await session.open(await session.start(dir, { LIAISON_HARNESS_PLATFORM_DIR: dialogs }));
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('listbox', { name: 'Contact list' }).waitFor();
  return { page, dialogs };
}

const toast = (page: Page) => page.getByTestId('toast');
const contactList = (page: Page) => page.getByRole('listbox', { name: 'Contact list' });

describe('export and import, end to end in Chromium', () => {
  it('previews the export from the bytes it writes, saves through the dialog, and the file reads back', async () => {
    const { page, dialogs } = await start();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export contacts' });
    await expect.poll(() => dialog.getByText('The file will hold 2 contacts.').isVisible()).toBe(true);
    const table = dialog.getByRole('table', { name: /read back from the file/ });
    await expect.poll(() => table.getByRole('cell', { name: 'Иванова Мария Петровна' }).isVisible()).toBe(true);
    await expect.poll(() => table.getByRole('cell', { name: 'Mariia Ivanova' }).isVisible()).toBe(true);
    await expectAccessible(page, 'export dialog');

    await dialog.getByLabel('Format').selectOption({ label: 'CSV for Excel in a Russian locale (“;” and a BOM)' });
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Start the file with a byte-order mark (BOM)' }).isChecked()).toBe(true);
    await dialog.getByText('The first lines of the file').click();
    await expect.poll(() => dialog.locator('pre').textContent()).toContain('"UID";"Family name";"Given name"');
    await expect.poll(() => table.getByRole('cell', { name: '+7 (902) 123-45-67' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(results, 'export-preview.png') });

    await dialog.getByRole('button', { name: 'Save…' }).click();
    const saved = join(dialogs, 'contacts-excel-ru.csv');
    await expect.poll(() => toast(page).textContent()).toContain(`Exported 2 contacts to ${saved}.`);
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const bytes = await readFile(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"Иванова";"Мария";"Петровна"');
    expect(bytes.toString('utf8')).toContain('"\'+7 (902) 123-45-67"');
    const file = readContactsFile(bytes, saved);
    expect(file.records.map((r) => r.contact.family).sort()).toEqual(['Smith', 'Иванова']);

    // The same from a search: only the matching contact, as vCard 4.0.
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Ivanova');
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(1);
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('radio', { name: 'The contacts matching the current search and tags' }).check();
    await dialog.getByLabel('Format').selectOption('vcard4');
    await expect.poll(() => dialog.getByText('The file will hold 1 contact.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Exported 1 contact to');
    const card = await readFile(join(dialogs, 'contacts.vcf'), 'utf8');
    // One N in the name's own script; the Latin form in properties every reader keeps (see writeVcard.ts).
    expect(card).toContain('N:Иванова;Мария;Петровна;;\r\n');
    expect(card).toContain('X-LIAISON-FAMILY-LATIN:Ivanova\r\n');
    expect(card.match(/BEGIN:VCARD/g)).toHaveLength(1);
    await page.close();
  });

  it('imports a CSV of arbitrary columns through the mapping step, merges a same-name contact when asked, and undoes', async () => {
    const { page, dialogs } = await start();
    const csv = join(dialogs, 'volunteers.csv');
    await writeFile(
      csv,
      [
        'ФИО;Электронная почта;Телефон;Должность;Любимый цвет',
        'Петров Иван Сергеевич;ivan.petrov@example.ru;+7 903 111-22-33;Волонтёр;синий',
        'Иванова Мария;maria.home@example.ru;;;зелёный',
        'Без Почты;нет-адреса;;;',
      ].join('\r\n'),
    );
    await writeFile(join(dialogs, 'open.json'), JSON.stringify([csv]));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import contacts from volunteers.csv' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByLabel('Import column “ФИО” into').inputValue()).toBe('fullName');
    await expect.poll(() => dialog.getByLabel('Import column “Должность” into').inputValue()).toBe('title');
    // A column no field fits is kept in the note under its name unless the user sets it aside.
    await expect.poll(() => dialog.getByLabel('Import column “Любимый цвет” into').inputValue()).toBe('noteLine');
    await expect.poll(() => dialog.getByText('Kept in the note under the column’s name (no Liaison field for it): “Любимый цвет”.').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('line 4: Email “нет-адреса” cannot be kept in its field (not an email address); it is in the note.').isVisible()).toBe(true);
    await dialog.getByLabel('Import column “Любимый цвет” into').selectOption('ignore');
    await expect.poll(() => dialog.getByText('Not imported (no Liaison field chosen): “Любимый цвет”.').isVisible()).toBe(true);
    await dialog.getByLabel('Import column “Любимый цвет” into').selectOption({ label: 'Notes' });
    await expect.poll(() => dialog.getByText(/no Liaison field chosen/).count()).toBe(0);

    const fuzzy = dialog.getByLabel('Иванова Мария (line 3) is like Иванова Мария Петровна <m.ivanova@volgadmin.example>');
    await expect.poll(() => fuzzy.inputValue()).toBe('create');
    await fuzzy.selectOption({ label: 'Merge into Иванова Мария Петровна' });
    await expect.poll(() => dialog.getByText('1 merged into a contact you have').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('2 new contacts', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(page, 'import dialog');
    await page.screenshot({ path: join(results, 'import-mapping.png') });

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Import 2 contacts and merge 1 from volunteers.csv.');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // A record is never lost for one field: "Без Почты" comes in with its text in the note.
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(4);
    await contactList(page).getByRole('option', { name: /^Петров Иван Сергеевич/ }).click();
    await expect.poll(() => page.getByText('синий').isVisible()).toBe(true);
    await contactList(page).getByRole('option', { name: /^Иванова Мария Петровна/ }).click();
    await expect.poll(() => page.getByText('maria.home@example.ru').isVisible()).toBe(true);

    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: 'Undo “Import 2 contacts and merge 1 from volunteers.csv”' }).click();
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(2);
    await page.close();
  });

  it('a file that is not a contact list says so and changes nothing', async () => {
    const { page, dialogs } = await start();
    const xlsx = join(dialogs, 'book.xlsx');
    await writeFile(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    await writeFile(join(dialogs, 'open.json'), JSON.stringify([xlsx]));
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('book.xlsx is a spreadsheet workbook');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('prints the list with the chosen columns', async () => {
    const { page, dialogs } = await start();
    await page.getByRole('button', { name: 'Print…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print the contact list' });
    await expect.poll(() => dialog.getByText('2 contacts').isVisible()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Latin name' }).check();
    await expectAccessible(page, 'print dialog');
    await page.emulateMedia({ media: 'print' });
    const view = page.getByTestId('print-view');
    await expect.poll(() => view.isVisible()).toBe(true);
    await expect.poll(() => view.getByRole('columnheader').allTextContents()).toEqual(['Name', 'Latin name', 'Organisation', 'Title', 'Email', 'Phone']);
    await expect.poll(() => view.getByRole('cell', { name: 'Mariia Ivanova' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => readFile(join(dialogs, 'printed.log'), 'utf8').catch(() => '')).toMatch(/\d{4}-/);
    await page.close();
  });
});
