// Long work in a real Chromium: a large export shows its progress in the export dialog, passes
// axe while the bar shows, and Cancel leaves no file where the save dialog pointed.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import { ContactInputSchema } from '../../electron/shared/schemas/contact';
import { e2eSession } from './harness/e2eSession';

const session = e2eSession({ width: 1280, height: 900 });
const CONTACTS = 20_000;

function manyContacts(count: number): Command[] {
  const at = new Date().toISOString();
  return Array.from({ length: count }, (_v, i) => ({
    type: 'contact.create' as const,
    at,
    id: crypto.randomUUID(),
    data: ContactInputSchema.parse({
      family: `Петрова${i}`,
      given: 'Анна',
      familyLatin: `Petrova${i}`,
      givenLatin: 'Anna',
      emails: [{ value: `anna${i}@volga.example` }],
      notes: 'Coordinator of the Volga–Mississippi partnership; prefers letters in Russian.',
    }),
  }));
}

describe('long work, end to end in Chromium', () => {
  it('shows a large export’s progress in its dialog, and Cancel leaves no file behind', async () => {
    const dialogs = await session.folder('liaison-e2e-task-dialogs-');
    const dir = await session.seeded('liaison-e2e-tasks-', manyContacts(CONTACTS));
    const harness = await session.start(dir, { LIAISON_HARNESS_PLATFORM_DIR: dialogs });
    const page = await session.open(harness);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export contacts' });
    await expect.poll(() => dialog.getByText('The file will hold 20,000 contacts.').isVisible(), { timeout: 30_000 }).toBe(true);

    await dialog.getByRole('button', { name: 'Save…' }).click();
    const bar = dialog.getByRole('progressbar', { name: /^Exporting contacts — [\d,]+ of 20,000 records$/ });
    await bar.waitFor({ timeout: 30_000 });
    // Freeze the harness (the main process's stand-in) while the export is under way, so the
    // checks below and the click happen mid-export whatever the machine's speed; the cancel
    // request waits in the socket until it resumes.
    process.kill(harness.pid, 'SIGSTOP');
    try {
      await session.expectAccessible(page, 'export dialog while the progress bar shows');
      expect(Number(await bar.getAttribute('value'))).toBeLessThan(CONTACTS);
      await dialog.getByRole('button', { name: 'Cancel: Exporting contacts' }).click();
    } finally {
      process.kill(harness.pid, 'SIGCONT');
    }
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 }).toBe('Export cancelled; nothing was written.');
    expect(await bar.count()).toBe(0);
    // Neither the file nor its temp file: the destination was never touched.
    expect((await readdir(dialogs)).filter((name) => name.startsWith('contacts'))).toEqual([]);
    await session.expectAccessible(page, 'export dialog after the cancel');
  });
});
