// Host-city negotiations end to end in Chromium, through the harness (real dispatcher, real store,
// dialogs scripted through LIAISON_HARNESS_PLATFORM_DIR): open the sample, add two candidates to
// the summit, record an offer for each (with an attached PDF), compare and rate them, select one,
// see the other's "tell them" step, undo, find the history entries; print and save the brief;
// axe on the board, the comparison and the brief.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleStory } from './harness/sampleStory';
import { e2eSession, results } from './harness/e2eSession';

const { folder, start, open, expectAccessible, saved } = e2eSession({ width: 1440, height: 900 });
const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} `) });
const card = (page: Page, city: string) => page.locator('.neg-card').filter({ has: page.getByRole('button', { name: city, exact: true }) });

async function addCandidate(page: Page, typed: string, shown: string): Promise<void> {
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: /^Add a candidate host city/ });
  await dialog.getByLabel('City').fill(typed);
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await expect.poll(() => column(page, 'Identified').getByRole('button', { name: shown, exact: true }).isVisible()).toBe(true);
  await saved(page);
}

async function recordOffer(page: Page, city: string, offer: { dates: string; venue: string; source: string; capacity: string; funding: string }): Promise<void> {
  await page.getByRole('button', { name: city, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: city }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Edit offer' }).click();
  const dialog = page.getByRole('dialog', { name: `Offer of ${city}` });
  await dialog.getByLabel('Proposed dates', { exact: true }).fill(offer.dates);
  await expect.poll(() => dialog.getByText(/^Reads as: /).textContent()).toMatch(new RegExp(`^Reads as: .*${story.summitYear}`));
  await dialog.getByLabel('Venue', { exact: true }).fill(offer.venue);
  await dialog.getByLabel('Source of Venue').fill(offer.source);
  await dialog.getByLabel('Venue: last confirmed on').fill(story.day(-7));
  await dialog.getByLabel('Capacity (seats)', { exact: true }).fill(offer.capacity);
  await dialog.getByLabel('Local funding', { exact: true }).fill(offer.funding);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await saved(page);
  await expect.poll(() => page.locator('.neg-panel dl').getByText(offer.venue).isVisible()).toBe(true);
}

async function back(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('tablist', { name: 'Views' }).waitFor();
}

/** The sample's dates are counted from the day it opens: the summit is next year. */
const story = sampleStory();

/** One click on the rating's segment (a native radio under its label). */
const rate = (page: Page, item: string, city: string, rating: string): Promise<void> =>
  page.getByRole('radiogroup', { name: `Rating of ${item} for ${city}` }).getByRole('radio', { name: rating, exact: true }).click();

/** A stage change through the card's small menu. */
async function moveWithMenu(page: Page, city: string, stage: string): Promise<void> {
  await page.getByRole('button', { name: `Move ${city} to…` }).click();
  await page.getByRole('menu', { name: `Move ${city} to…` }).getByRole('menuitem', { name: stage }).click();
}

describe('host-city negotiations, end to end in Chromium', () => {
  it('adds two candidates, records and compares offers, selects one, tells the other, undoes, and keeps the history', async () => {
    const dataDir = await folder('liaison-e2e-neg-');
    const platformDir = await folder('liaison-e2e-platform-');
    const harness = await start(dataDir, { LIAISON_HARNESS_PLATFORM_DIR: platformDir });
    const page = await open(harness);

    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent(), { timeout: 15_000 }).toContain('The sample workspace is open.');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Negotiations' }).click();
    await expect.poll(() => page.getByLabel('Conference').locator('option:checked').textContent()).toBe('US–Russia Sister Cities Summit');

    // Two candidates, named in either script.
    await addCandidate(page, 'Volgograd', 'Волгоград / Volgograd');
    await addCandidate(page, 'Ярославль', 'Ярославль / Yaroslavl');

    // Keyboard (Alt+Right) and pointer (drag onto a column) both move a card.
    await page.getByRole('button', { name: 'Ярославль / Yaroslavl', exact: true }).press('Alt+ArrowRight');
    await expect.poll(() => column(page, 'Approached').getByRole('button', { name: 'Ярославль / Yaroslavl', exact: true }).isVisible()).toBe(true);
    // Grab the card by its padding, not by the Stage control inside it.
    await card(page, 'Волгоград / Volgograd').dragTo(column(page, 'Proposal'), { sourcePosition: { x: 4, y: 4 } });
    await expect.poll(() => column(page, 'Proposal').getByRole('button', { name: 'Волгоград / Volgograd', exact: true }).isVisible()).toBe(true);
    await saved(page);
    await expectAccessible(page, 'board');

    // An offer for each, and a PDF for Volgograd opened with the system viewer.
    await recordOffer(page, 'Волгоград / Volgograd', { dates: `late September – early October ${story.summitYear}`, venue: 'Volgograd Arena', source: 'Letter from the mayor', capacity: '1200', funding: '3 million roubles from the region' });
    const pdf = join(platformDir, 'Volgograd offer.pdf');
    await writeFile(pdf, '%PDF-1.4 offer letter');
    await writeFile(join(platformDir, 'open.json'), JSON.stringify([pdf]));
    await page.getByRole('button', { name: 'Attach files…' }).click();
    await page.getByRole('button', { name: 'Open Volgograd offer.pdf' }).click();
    await expect.poll(async () => readFile(join(platformDir, 'opened.log'), 'utf8').catch(() => '')).toContain(join(dataDir, 'attachments'));
    const stored = (await readFile(join(platformDir, 'opened.log'), 'utf8')).trim();
    expect(await readFile(stored, 'utf8')).toBe('%PDF-1.4 offer letter');
    await back(page);
    await recordOffer(page, 'Ярославль / Yaroslavl', { dates: `October ${story.summitYear}`, venue: 'Yaroslavl Conference Hall', source: 'Call with the vice-mayor', capacity: '600', funding: 'Hotel rooms at cost' });
    await back(page);

    // Compare: rate, weigh, read the score; mark reviewed, change an offer, see it highlighted.
    await page.getByRole('tab', { name: 'Compare' }).click();
    const table = page.getByRole('table', { name: 'Offers for US–Russia Sister Cities Summit, compared' });
    await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual([
      'Offer item',
      'Weight',
      'Ярославль / YaroslavlApproached',
      // The sample's own candidates in the race, ordered by stage with the two added here.
      'Самара / SamaraInterested',
      'Волгоград / VolgogradProposal',
      'Нижний Новгород / Nizhny NovgorodSite visit',
    ]);
    await rate(page, 'Venue', 'Волгоград / Volgograd', '5');
    await saved(page);
    await rate(page, 'Venue', 'Ярославль / Yaroslavl', '3');
    await saved(page);
    await rate(page, 'Capacity (seats)', 'Волгоград / Volgograd', '4');
    await saved(page);
    await page.getByRole('button', { name: 'Raise the weight of Venue' }).click();
    await page.getByRole('button', { name: 'Raise the weight of Venue' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Weight of Venue' }).textContent()).toBe('3');
    await saved(page);
    // From the keyboard: the arrow keys move the rating within its group, as radios do.
    await page.getByRole('radiogroup', { name: 'Rating of Capacity (seats) for Волгоград / Volgograd' }).getByRole('radio', { name: '4' }).focus();
    await page.keyboard.press('ArrowLeft');
    await saved(page);
    await page.keyboard.press('ArrowRight');
    await saved(page);
    const scores = table.getByRole('row', { name: /^Score/ });
    await expect.poll(() => scores.textContent()).toContain('4.8 / 5');
    await expect.poll(() => scores.textContent()).toContain('3.0 / 5');
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await saved(page);
    await expect.poll(() => page.getByText(/^Last marked reviewed/).isVisible()).toBe(true);
    await expectAccessible(page, 'compare');
    await page.screenshot({ path: join(results, 'negotiations-compare.png'), fullPage: true });

    // Select Volgograd: the conference's place is fixed and Yaroslavl gets its "tell them" step.
    await page.getByRole('tab', { name: 'Board' }).click();
    await moveWithMenu(page, 'Волгоград / Volgograd', 'Selected');
    const confirm = page.getByRole('dialog', { name: 'Select Волгоград / Volgograd to host' });
    await confirm.getByLabel('Why this city? (optional)').fill('Largest hall and regional funding');
    await confirm.getByRole('button', { name: 'Select Волгоград / Volgograd' }).click();
    const tell = page.getByRole('dialog', { name: 'Волгоград / Volgograd will host: tell the others' });
    await expect.poll(() => tell.getByText('Tell Ярославль / Yaroslavl the decision').isVisible()).toBe(true);
    await expectAccessible(page, 'tell them');
    await tell.getByRole('button', { name: 'Later' }).click();
    await saved(page);
    await expect.poll(() => card(page, 'Ярославль / Yaroslavl').textContent()).toContain('Next: Tell Ярославль / Yaroslavl the decision');
    await expect.poll(() => page.locator('.neg-summary').textContent()).toContain('Host: Волгоград / Volgograd');
    await page.screenshot({ path: join(results, 'negotiations-board.png'), fullPage: true });

    // Undo takes the selection back: no host, no task, Volgograd back at Proposal.
    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: /^Undo “Select Volgograd to host/ }).click();
    await saved(page);
    await expect.poll(() => column(page, 'Proposal').getByRole('button', { name: 'Волгоград / Volgograd', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => card(page, 'Ярославль / Yaroslavl').textContent()).not.toContain('Tell Ярославль / Yaroslavl the decision');
    await expect.poll(() => page.locator('.neg-summary').textContent()).toContain('Host not decided');

    // The history keeps the moves and offer edits; the undone selection is gone with its change.
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.locator('.neg-history');
    await expect.poll(() => history.textContent()).toContain('Stage: Identified → Proposal');
    await expect.poll(() => history.textContent()).toContain('Venue: — → Volgograd Arena');
    // Ratings under their city, weights under the comparison, each click its own line.
    await expect.poll(() => history.textContent()).toContain('Волгоград / Volgograd Rating of Venue: not rated → 5');
    expect(await history.textContent()).toContain('Rating of Capacity (seats): 3 → 4');
    expect(await history.textContent()).toContain('Comparison Weight of Venue: 2 → 3');
    expect(await history.textContent()).not.toContain('→ Selected');
    // Redo brings the selection back, and its history lines with it.
    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: /^Redo “Select Volgograd/ }).click();
    await saved(page);
    await expect.poll(() => history.textContent()).toContain('Stage: Proposal → Selected');
    await expect.poll(() => history.textContent()).toContain('Host city: none → Volgograd — Largest hall and regional funding');

    // The brief: on screen, printed through the platform, and saved as Markdown.
    await page.getByRole('tab', { name: 'Brief' }).click();
    const brief = page.getByRole('article', { name: 'Negotiation brief: US–Russia Sister Cities Summit' });
    await expect.poll(() => brief.textContent()).toContain('Selected: Волгоград / Volgograd — Largest hall and regional funding');
    await expectAccessible(page, 'brief');
    await page.screenshot({ path: join(results, 'negotiations-brief.png'), fullPage: true });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect.poll(async () => readFile(join(platformDir, 'printed.log'), 'utf8').catch(() => '')).not.toBe('');
    await page.getByRole('button', { name: 'Save as Markdown…' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Saved the brief to');
    const markdown = await readFile(join(platformDir, 'US-Russia-Sister-Cities-Summit-brief.md'), 'utf8');
    expect(markdown).toContain('Selected: Волгоград / Volgograd — Largest hall and regional funding');
    expect(markdown).toContain(`- **Venue:** Volgograd Arena (source: Letter from the mayor; confirmed ${story.day(-7)})`);
    expect(await readdir(join(dataDir, 'attachments'))).toHaveLength(1);
    await page.close();
  });

  it('refuses to take a city out of the race without a reason, in the page', async () => {
    const dataDir = await folder('liaison-e2e-neg-');
    const harness = await start(dataDir);
    const page = await open(harness);
    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent(), { timeout: 15_000 }).toContain('The sample workspace is open.');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Negotiations' }).click();
    await addCandidate(page, 'Tula', 'Тула / Tula');
    await moveWithMenu(page, 'Тула / Tula', 'Withdrawn');
    const dialog: Locator = page.getByRole('dialog', { name: 'Move Тула / Tula to “Withdrawn”' });
    await dialog.getByRole('button', { name: 'Move to Withdrawn' }).click();
    await expect.poll(() => dialog.getByText('Give the reason Тула / Tula leaves the race').isVisible()).toBe(true);
    await expectAccessible(page, 'reason dialog with its error');
    await dialog.getByLabel('Reason').fill('The city council voted against hosting');
    await dialog.getByRole('button', { name: 'Move to Withdrawn' }).click();
    await expect.poll(() => column(page, 'Withdrawn').getByRole('button', { name: 'Тула / Tula', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => card(page, 'Тула / Tula').textContent()).toContain('The city council voted against hosting');
    await page.close();
  });
});
