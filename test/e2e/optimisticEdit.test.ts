// An edit shows in the list before its save is acknowledged, and a refused save puts the row back:
// in Chromium through the harness, whose LIAISON_HARNESS_REFUSE refuses the first save holding
// the given text (refuseCommits.ts). The form keeps what was typed; the next Save goes through
// and is on disk.
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { createContact } from '../helpers/commands';
import { e2eSession } from './harness/e2eSession';
import { REFUSED } from './harness/refuseCommits';

const { seeded, start, stop, open, saved } = e2eSession();

describe('an edit shown ahead of its save, end to end', () => {
  it('shows the edited row at once, rolls it back when the save is refused, and saves it on the next try', async () => {
    const dir = await seeded('liaison-e2e-', [createContact({ family: 'Орлова', given: 'Анна', emails: [{ value: 'orlova@example.org' }] }), createContact({ family: 'Smith', given: 'Jane' })]);
    const email = 'rolled.back@example.org';
    const harness = await start(dir, { LIAISON_HARNESS_REFUSE: email });
    const page = await open(harness);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts' }).click();
    const row = page.getByRole('listbox', { name: 'Contact list' }).getByRole('option', { name: /^Орлова Анна/ });
    await row.click();
    const id = (await row.getAttribute('data-id')) ?? '';
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit contact' });
    await dialog.getByLabel('Email', { exact: true }).fill(email);

    // Records whether the row ever shows the new email from here on, so the test sees the edit
    // appear and go (as text: the test's types know no DOM).
    await page.evaluate(`(({ id, email }) => {
      const seen = { shown: false };
      window.__row = seen;
      new MutationObserver(() => {
        const row = document.querySelector('[role="listbox"] [role="option"][data-id="' + id + '"]');
        if (row && row.textContent.includes(email)) seen.shown = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })(${JSON.stringify({ id, email })})`);
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(REFUSED);
    expect(await page.evaluate<boolean>('window.__row.shown')).toBe(true);
    // Rolled back: the row shows what the store holds; the form still holds what was typed.
    await expect.poll(() => row.textContent()).toContain('orlova@example.org');
    expect(await row.textContent()).not.toContain(email);
    expect(await dialog.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
    await saved(page);

    // The harness refuses once: Save again and the edit is saved, shown and on disk.
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await saved(page);
    await expect.poll(() => row.textContent()).toContain(email);
    await stop(harness, 'SIGKILL');
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(reopened.state.contacts[id]?.emails.map((e) => e.value)).toEqual([email]);
    await reopened.close();
    await page.close();
  });
});
