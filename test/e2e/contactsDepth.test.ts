// Contacts in depth, end to end in Chromium through the harness: merging two duplicates (the
// interaction moves to the survivor; undo brings both back), the Trash (delete, find it there,
// restore), a bulk tag and a BCC copy over a search, a logged interaction, and axe on every new
// screen and dialog. Screenshots land in test-results/.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import { ContactInputSchema, type ContactInput } from '../../electron/shared/schemas/contact';
import { InteractionInputSchema } from '../../electron/shared/schemas/interaction';
import { testDepth } from '../helpers/testDepth';
import { e2eSession, results } from './harness/e2eSession';

const session = e2eSession({ width: 1366, height: 900 });
const { expectAccessible, saved } = session;

let tick = Date.parse('2026-11-20T09:00:00.000Z');
const at = () => new Date((tick += 60_000)).toISOString();
const contact = (data: ContactInput): Extract<Command, { type: 'contact.create' }> => ({ type: 'contact.create', at: at(), id: crypto.randomUUID(), data: ContactInputSchema.parse(data) });

/** A workspace written before the harness starts, as a user's would be. */
const seeded = (commands: Command[]): Promise<string> => session.seeded('liaison-e2e-depth-', commands);

async function open(dir: string, options: { clipboard?: boolean } = {}): Promise<Page> {
  return session.open(await session.start(dir), { permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [] });
}

const go = (page: Page, section: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section, exact: true }).click();
const toast = (page: Page) => page.getByTestId('toast');
const contactList = (page: Page) => page.getByRole('listbox', { name: 'Contact list' });
const search = (page: Page, query: string) => page.getByRole('searchbox', { name: 'Search contacts' }).fill(query);

describe('contacts in depth, end to end in Chromium', () => {
  it('merges two duplicates field by field, moves the interaction to the survivor, and undo restores both', async () => {
    const older = contact({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна', gender: 'female', emails: [{ value: 'm.ivanova@volgadmin.example' }] });
    const newer = contact({ family: 'Ivanova', given: 'Maria', emails: [{ value: 'M.Ivanova@volgadmin.example' }], phones: [{ value: '+7 8442 12-34-56', label: 'work' }] });
    const meeting: Command = {
      type: 'interaction.create',
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'meeting', at: '2026-10-01T08:00:00.000Z', zone: 'Europe/Volgograd', subject: 'Host city visit', contactIds: [newer.id] }),
    };
    const page = await open(await seeded([older, newer, meeting]));

    await go(page, 'Duplicates');
    const pairs = page.getByRole('list', { name: 'Likely duplicates' });
    await expect.poll(() => pairs.getByRole('button').count()).toBe(1);
    await expect.poll(() => pairs.getByRole('button').first().textContent()).toContain('same email');
    await pairs.getByRole('button').first().click();
    // The pair's order follows the ids, so the spelling to keep is picked by its text.
    const givenRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Given name', exact: true }) });
    await givenRow.waitFor();
    await expectAccessible(page, 'duplicates, side by side');
    await page.screenshot({ path: join(results, 'duplicates-merge.png') });
    // The older record survives; its given name is replaced by the other's spelling, both emails' one address kept once.
    await expect.poll(() => page.getByRole('radio', { name: 'Иванова Мария Петровна' }).isChecked()).toBe(true);
    await givenRow.getByText('Maria', { exact: true }).click();
    await expect.poll(() => givenRow.getByRole('radio', { checked: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Merged Maria Ivanova into Иванова Maria Петровна.');
    await saved(page);
    await expect.poll(() => page.getByRole('heading', { name: 'No likely duplicates' }).isVisible()).toBe(true);

    await go(page, 'Contacts');
    await search(page, 'Ivanova');
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(1);
    await contactList(page).getByRole('option').first().click();
    const log = page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => log.getByText('Meeting: Host city visit').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('+7 8442 12-34-56 (work)').isVisible()).toBe(true);

    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: /^Undo “Merge Maria Ivanova/ }).click();
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(2);
    await go(page, 'Duplicates');
    await expect.poll(() => page.getByRole('list', { name: 'Likely duplicates' }).getByRole('button').count()).toBe(1);
    await page.close();
  });

  it('moves a deleted contact to the Trash, lists it there, and restores it', async () => {
    const page = await open(await seeded([contact({ family: 'Орлова', given: 'Ольга', tags: ['volga'] }), contact({ family: 'Smith', given: 'John' })]));
    await go(page, 'Contacts');
    await contactList(page).getByRole('option', { name: /^Орлова Ольга/ }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Deleted Орлова Ольга.');
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(1);

    await go(page, 'Trash');
    const trash = page.getByRole('list', { name: 'Deleted contacts' });
    await expect.poll(() => trash.getByText('Орлова Ольга').isVisible()).toBe(true);
    await expectAccessible(page, 'trash');
    await page.screenshot({ path: join(results, 'trash.png') });
    await trash.getByRole('button', { name: 'Restore Орлова Ольга' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Restored Орлова Ольга.');
    await expect.poll(() => page.getByRole('heading', { name: 'The Trash is empty' }).isVisible()).toBe(true);
    await saved(page);

    await go(page, 'Contacts');
    await search(page, 'Orlova');
    await expect.poll(() => contactList(page).getByRole('option').first().textContent()).toContain('Орлова Ольга');
    await page.close();
  });

  it('tags everything a search matches in one step, copies their emails for BCC, and logs an interaction', async () => {
    const page = await open(
      await seeded([
        contact({ family: 'Петров', given: 'Пётр', emails: [{ value: 'petrov@example.org' }] }),
        contact({ family: 'Петрова', given: 'Анна', emails: [{ value: 'petrova@example.org' }] }),
        contact({ family: 'Smith', given: 'John', emails: [{ value: 'smith@example.org' }] }),
      ]),
      { clipboard: true },
    );
    await go(page, 'Contacts');
    await search(page, 'Petrov');
    await expect.poll(() => contactList(page).getByRole('option').count()).toBe(2);
    await page.getByRole('button', { name: 'Select all 2 matching' }).click();
    const selection = page.getByRole('toolbar', { name: 'Selected contacts' });
    await expect.poll(() => selection.getByRole('status').textContent()).toBe('2 contacts selected');
    await selection.getByRole('button', { name: 'Copy emails for BCC' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Copied 2 addresses for a BCC line.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('petrov@example.org, petrova@example.org');
    await selection.getByRole('button', { name: 'Tag…', exact: true }).click();
    const tagDialog = page.getByRole('dialog', { name: 'Add a tag to 2 contacts' });
    await tagDialog.getByLabel('Tag', { exact: true }).fill('delegation');
    await expectAccessible(page, 'bulk tag dialog');
    await tagDialog.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Tagged 2 contacts “delegation”.');
    await expect.poll(() => page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: 'Undo “Add tag “delegation” to 2 contacts”' }).isEnabled()).toBe(true);

    await search(page, '');
    await page.getByLabel('Filter by tag').selectOption({ label: 'delegation (2)' });
    await expect.poll(() => page.getByText('2 contacts', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(page, 'contacts with a tag filter and a selection');

    await contactList(page).getByRole('option', { name: /^Петрова Анна/ }).click();
    await page.getByRole('button', { name: 'Log interaction' }).click();
    const log = page.getByRole('dialog', { name: 'Log an interaction' });
    await log.getByLabel('Kind').selectOption('call');
    await log.getByLabel('Subject').fill('Visa letters');
    await log.getByLabel('Date', { exact: true }).fill('2026-11-27');
    await log.getByLabel('Time', { exact: true }).fill('15:00');
    // The zone by a partner city it does not name: Cleveland lies in New York's zone.
    await log.getByRole('combobox', { name: 'Time zone where it happened' }).fill('Cleveland');
    await log.getByRole('option', { name: /New York/ }).click();
    await expectAccessible(page, 'interaction dialog');
    await log.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => log.isVisible()).toBe(false);
    const entries = page.getByRole('region', { name: 'Timeline' });
    // 15:00 in New York on 27 November is 23:00 in Moscow the same day.
    await expect.poll(() => entries.getByText(/11:00\sPM Moscow · Nov 27, 2026, 3:00\sPM New York/).isVisible()).toBe(true);
    await page.screenshot({ path: join(results, 'contacts-depth.png') });
    await page.close();
  });

  it('edits typed emails in the contact form, and the Cities and Partnerships screens pass axe', async () => {
    const page = await open(await seeded([]));
    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await expect.poll(() => toast(page).textContent(), { timeout: 15_000 }).toContain('The sample workspace is open.');

    await go(page, 'Contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('dialog', { name: 'New contact' });
    await form.getByLabel('Family name', { exact: true }).fill('Жукова');
    await form.getByLabel('Given name', { exact: true }).fill('Ольга');
    await form.getByLabel('Gender').selectOption({ label: 'Female' });
    await form.getByLabel('Email', { exact: true }).fill('zhukova@example.org');
    await form.getByRole('button', { name: 'Add email' }).click();
    await form.getByLabel('Email 2', { exact: true }).fill('olga@example.org');
    await form.getByRole('radio', { name: 'Email 2 is preferred' }).check();
    await form.getByLabel('City', { exact: true }).fill('Волгоград');
    await form.getByLabel('City', { exact: true }).press('Enter');
    await expect.poll(() => form.getByRole('button', { name: /^Remove Волгоград/ }).isVisible()).toBe(true);
    await form.getByLabel('Follow up every (days)').fill('30');
    await expectAccessible(page, 'contact form with lists');
    await page.screenshot({ path: join(results, 'contact-form-lists.png') });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
    await expect.poll(() => page.getByText('olga@example.org (preferred)').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Уважаемая Ольга').isVisible()).toBe(true);

    await go(page, 'Partnerships');
    await expect.poll(() => page.getByRole('list', { name: 'Partnership list' }).getByRole('button').count()).toBeGreaterThan(5);
    await page.getByRole('list', { name: 'Partnership list' }).getByRole('button').first().click();
    await expectAccessible(page, 'partnerships');
    await page.screenshot({ path: join(results, 'partnerships.png') });

    await go(page, 'Cities');
    await page.getByRole('searchbox', { name: 'Find a city' }).fill('Волгоград');
    await page.getByRole('list', { name: 'City list' }).getByRole('button').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Волгоград/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'cities');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => toast(page).textContent()).toMatch(/This city cannot be deleted: \d+ partnerships? still uses? it\. Delete or change/);
    await page.screenshot({ path: join(results, 'cities.png') });

    await go(page, 'Home');
    await expect.poll(() => page.getByRole('region', { name: 'Silent partnerships' }).isVisible()).toBe(true);
    await expectAccessible(page, 'home with silent partnerships');
    await page.close();
  });

  it('shows avatars in the list and on the page (photo or initials) in both languages and themes, and chooses, saves, undoes and refuses a photo in the form', async () => {
    const photo = `${crypto.randomUUID()}.png`;
    const withPhoto = contact({ family: 'Collins', given: 'Jennifer', title: 'Director', emails: [{ value: 'jcollins@example.gov' }], photo });
    const dir = await seeded([withPhoto, contact({ family: 'Иванов', given: 'Сергей', patronymic: 'Петрович' }), contact({ kind: 'org', fullName: 'Association of Volga Cities' }), contact({ emails: [{ value: 'anna@example.org' }] })]);
    await mkdir(join(dir, 'photos'));
    await writeFile(join(dir, 'photos', photo), portrait(96, [40, 110, 180]));
    const platformDir = await session.folder('liaison-e2e-photo-');
    const page = await session.open(await session.start(dir, { LIAISON_HARNESS_PLATFORM_DIR: platformDir }));
    await go(page, 'Contacts');
    await contactList(page).getByRole('option', { name: /^Jennifer Collins/ }).click();
    await expect.poll(() => page.getByRole('img', { name: 'Jennifer Collins' }).getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => contactList(page).locator('img.avatar').count()).toBe(1);
    await expect.poll(() => contactList(page).locator('.avatar[data-initials="ИС"]').count()).toBe(1);
    await expectAccessible(page, 'contacts with avatars');
    // npm test photographs two of the eight (each costs a repaint); npm run test:long all of them.
    const combos = ([['en', 'light'], ['ru', 'dark'], ['ru', 'light'], ['en', 'dark']] as const).slice(0, testDepth(2, 4));
    const sizes = [{ width: 1280, height: 800 }, { width: 1024, height: 700 }].slice(0, testDepth(1, 2));
    let shown: 'en' | 'ru' = 'en';
    for (const [locale, theme] of combos) {
      if (locale !== shown) {
        await page.keyboard.press('Control+7');
        await page.getByRole('combobox', { name: shown === 'en' ? 'Language' : 'Язык', exact: true }).selectOption(locale);
        await page.getByRole('heading', { level: 1, name: locale === 'ru' ? 'Настройки' : 'Settings' }).waitFor();
        await page.keyboard.press('Control+2');
        await page.getByRole('heading', { level: 1, name: locale === 'ru' ? 'Контакты' : 'Contacts' }).waitFor();
        shown = locale;
      }
      await page.emulateMedia({ colorScheme: theme });
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.screenshot({ path: join(results, `avatars-${locale}-${theme}-${size.width}.png`) });
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    if (shown === 'ru') {
      await page.keyboard.press('Control+7');
      await page.getByRole('combobox', { name: 'Язык', exact: true }).selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    }
    await go(page, 'Contacts');

    // A photo for Иванов: chosen through main, shown in the form at once, saved, then undone.
    const picture = join(platformDir, 'ivanov.png');
    await writeFile(picture, portrait(400, [180, 90, 40]));
    await writeFile(join(platformDir, 'open.json'), JSON.stringify([picture]));
    await contactList(page).getByRole('option', { name: /^Иванов Сергей/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('button', { name: 'Choose photo…' }).click();
    await expect.poll(() => form.getByRole('group', { name: 'Photo' }).locator('img').count()).toBe(1);
    await expectAccessible(page, 'contact form with a chosen photo');
    for (const size of sizes) {
      await page.setViewportSize(size);
      await form.getByRole('group', { name: 'Photo' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(results, `photo-form-en-light-${size.width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('img', { name: 'Иванов Сергей Петрович' }).getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await saved(page);
    const stored = (await readdir(join(dir, 'photos'))).filter((name) => name !== photo);
    expect(stored).toHaveLength(1);
    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByRole('img', { name: 'Иванов Сергей Петрович' }).getAttribute('data-initials')).toBe('ИС');

    // A file that is no picture: a sentence in the form, and the photo unchanged.
    const text = join(platformDir, 'notes.txt');
    await writeFile(text, 'not a picture');
    await writeFile(join(platformDir, 'open.json'), JSON.stringify([text]));
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await form.getByRole('button', { name: 'Choose photo…' }).click();
    await expect.poll(() => form.getByRole('alert').first().textContent()).toContain('“notes.txt” is not a picture Liaison can keep');
    expect(await form.getByRole('group', { name: 'Photo' }).locator('img').count()).toBe(0);
    expect(await form.getByRole('group', { name: 'Photo' }).locator('.avatar').getAttribute('data-initials')).toBe('ИС');
    await form.getByRole('alert').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(results, 'photo-form-refused.png') });
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The import report names, card by card, what an Android, iPhone or Outlook card carries that has no field.
    await writeFile(join(platformDir, 'open.json'), JSON.stringify([join(import.meta.dirname, '../fixtures/contacts/programs/extras-android-iphone-outlook.vcf')]));
    await page.getByRole('button', { name: 'Import…' }).click();
    const report = page.getByRole('dialog', { name: /^Import contacts from extras/ });
    await expect.poll(() => report.getByText('card 2: X-SOCIALPROFILE “https://twitter.com/janeappleseed” has no field in Liaison; it is in the note.').isVisible()).toBe(true);
    await expect.poll(() => report.getByText(/^card 3: KEY was left out/).isVisible()).toBe(true);
    await report.getByRole('heading', { name: 'Good to know' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(results, 'import-report-extras.png') });
    await page.close();
  });
});

/** A PNG of `side` px: a disc of `rgb` on a pale ground, as a portrait would sit in its frame. */
function portrait(side: number, rgb: [number, number, number]): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < side; y++) {
    rows.push(0);
    for (let x = 0; x < side; x++) {
      const inside = (x - side / 2) ** 2 + (y - side * 0.42) ** 2 < (side * 0.28) ** 2 || (y > side * 0.72 && Math.abs(x - side / 2) < side * 0.36);
      rows.push(...(inside ? rgb : [235, 238, 242]));
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}
