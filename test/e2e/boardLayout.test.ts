// The negotiations board at 1280×800: all seven columns fit beside the sidebar (no sideways
// scroll), and each card, with its stage menu, stays inside its column, the menu wide enough to
// show "Interested" whole.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './harness/e2eSession';

const { folder, start, open, saved } = e2eSession({ width: 1280, height: 800 });

/** Boxes measured in the page (script as text: the node tsconfig has no DOM lib). */
const layoutScript = `(() => {
  const board = document.querySelector('.neg-board');
  const columns = Array.from(board.querySelectorAll('.neg-column'));
  const inside = (inner, outer) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
  const select = board.querySelector('.neg-card select');
  const probe = document.createElement('span');
  probe.style.font = getComputedStyle(select).font;
  probe.textContent = select.selectedOptions[0].textContent;
  document.body.append(probe);
  const textWidth = probe.getBoundingClientRect().width;
  probe.remove();
  return {
    boardScrolls: board.scrollWidth > board.clientWidth + 1,
    columnsOut: columns.filter((c) => !inside(c.getBoundingClientRect(), board.getBoundingClientRect())).map((c) => c.dataset.stage),
    cardsOut: Array.from(board.querySelectorAll('.neg-card')).filter((card) => !inside(card.getBoundingClientRect(), card.closest('.neg-column').getBoundingClientRect())).length,
    selectsOut: Array.from(board.querySelectorAll('.neg-card select')).filter((s) => !inside(s.getBoundingClientRect(), s.closest('.neg-card').getBoundingClientRect())).length,
    // The select's arrow and padding take about 30 px; the stage's name must fit beside them.
    stageCut: textWidth + 30 > select.getBoundingClientRect().width,
  };
})()`;

async function addCandidate(page: Page, typed: string): Promise<void> {
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: /^Add a candidate host city/ });
  await dialog.getByLabel('City').fill(typed);
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await saved(page);
}

describe('the negotiations board at 1280 px', () => {
  it('fits its seven columns, and each card and stage menu stays inside its column', async () => {
    const page = await open(await start(await folder('liaison-e2e-board-')));
    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await page.getByText('The sample workspace is open.').waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Negotiations' }).click();
    await addCandidate(page, 'Волгоград');
    await page.getByLabel('Stage of Волгоград / Volgograd').selectOption('interested');
    await saved(page);
    // Beside the sample's Samara, already interested.
    await expect.poll(() => page.getByRole('region', { name: /^Interested / }).locator('.neg-card').count()).toBe(2);
    expect(await page.evaluate(layoutScript)).toEqual({ boardScrolls: false, columnsOut: [], cardsOut: 0, selectsOut: 0, stageCut: false });
  }, 60_000);
});
