// Toasts stack in a corner clear of the screen's buttons: with an Undo toast up after a merge, the
// next pair's Merge and the board's columns stay uncovered, so a click there never lands on Undo.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import { ContactInputSchema, type ContactInput } from '../../electron/shared/schemas/contact';
import { e2eSession } from './harness/e2eSession';

const session = e2eSession();
let tick = Date.parse('2026-11-20T09:00:00.000Z');
const contact = (data: ContactInput): Command => ({ type: 'contact.create', at: new Date((tick += 60_000)).toISOString(), id: crypto.randomUUID(), data: ContactInputSchema.parse(data) });

/**
 * The controls a toast sits on: a point of the control (centre or a corner) where a click would
 * land on a toast. Page script as text: the node tsconfig has no DOM lib.
 */
const coveredScript = `(() => {
  const controls = Array.from(document.querySelectorAll('button, select, input, textarea, a[href], [role="button"]')).filter((el) => !el.closest('.toast-region'));
  return controls
    .filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      const points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
      return points.some(([x, y]) => document.elementFromPoint(x, y)?.closest('.toast') != null);
    })
    .map((el) => el.textContent.trim() || el.getAttribute('aria-label') || el.tagName);
})()`;
const coveredControls = (page: Page): Promise<string[]> => page.evaluate(coveredScript);

describe('toast placement', () => {
  it('keeps the Undo toast off Merge and off a dialog’s fields and buttons', async () => {
    const pairs = [
      contact({ family: 'Ivanova', given: 'Maria', emails: [{ value: 'm.ivanova@volgadmin.example' }] }),
      contact({ family: 'Иванова', given: 'Мария', emails: [{ value: 'M.Ivanova@volgadmin.example' }] }),
      contact({ family: 'Collins', given: 'Jennifer', emails: [{ value: 'jcollins@cleveland.example' }] }),
      contact({ family: 'Collins', given: 'Jenny', emails: [{ value: 'JCollins@cleveland.example' }] }),
    ];
    const page = await session.open(await session.start(await session.seeded('liaison-e2e-toast-', pairs)));
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Duplicates', exact: true }).click();
    const list = page.getByRole('list', { name: 'Likely duplicates' });
    await expect.poll(() => list.getByRole('button').count()).toBe(2);
    await list.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).waitFor();
    await list.getByRole('button').first().click();
    // Merge sits under the table; scrolled to, it is at the foot of the window, where toasts used to be.
    await page.getByRole('button', { name: 'Merge', exact: true }).scrollIntoViewIfNeeded();
    expect(await coveredControls(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Contacts', exact: true }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByRole('dialog', { name: 'New contact' }).waitFor();
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).waitFor();
    expect(await coveredControls(page)).toEqual([]);
    // The stack is no wider than the sidebar, so it covers no content either (Compare's item column at
    // 1280 px once). The region, not a toast: a toast may leave by itself before it is measured.
    const edges = await page.evaluate(`(() => ({ toast: document.querySelector('.toast-region').getBoundingClientRect().right, sidebar: document.querySelector('nav.sidebar').getBoundingClientRect().right }))()`);
    expect((edges as { toast: number; sidebar: number }).toast).toBeLessThanOrEqual((edges as { toast: number; sidebar: number }).sidebar);
  }, 60_000);
});
