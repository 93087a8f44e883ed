// Conference timelines in a real Chromium, through the harness: a milestone 90 days before the
// fuzzy summit shows as a range, fixing the summit date makes it a date; a participant goes
// through the funnel (declining asks why); the calendar is exported through the scripted save
// dialog and read back from disk; the call-window finder; axe on every new screen.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, results } from './harness/e2eSession';
import { sampleStory } from './harness/sampleStory';
import { applySettings, captureMatrix } from './harness/screenshotMatrix';

const { folder, start, open, expectAccessible, saved } = e2eSession({ width: 1280, height: 900 });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();

describe('conference timelines, end to end in Chromium', () => {
  it('plans the fuzzy summit, fixes its date, recruits a participant and exports the calendar', async () => {
    // The sample's summit is next year, whatever day the test runs.
    const Y = sampleStory().summitYear;
    const dataDir = await folder('liaison-e2e-');
    const platformDir = await folder('liaison-e2e-dialogs-');
    const harness = await start(dataDir, { LIAISON_HARNESS_PLATFORM_DIR: platformDir });
    const page = await open(harness);

    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent(), { timeout: 15_000 }).toContain('The sample workspace is open.');
    await nav(page, 'Conferences');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /US–Russia Sister Cities Summit/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('conference-date').textContent()).toBe(`late September – early October ${Y}`);
    await expect.poll(() => page.getByText('Host city being negotiated').isVisible()).toBe(true);
    await expectAccessible(page, 'conferences, summit selected');

    // A milestone 90 days before the summit: a range while the summit's date is one.
    await page.getByRole('button', { name: 'Add milestone or task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New milestone or task' });
    await dialog.getByLabel('Title').fill('Send invitations');
    await expect.poll(() => dialog.getByLabel('Days before', { exact: true }).inputValue()).toBe('90');
    await expectAccessible(page, 'new milestone dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await saved(page);
    const chart = page.getByRole('group', { name: 'Timeline of US–Russia Sister Cities Summit' });
    await expect.poll(() => chart.getByRole('button', { name: new RegExp(`^Milestone Send invitations: June 23 – July 12, ${Y}`) }).count()).toBe(1);
    await expectAccessible(page, 'timeline with a ranged milestone');
    await page.screenshot({ path: join(results, 'timeline-range.png') });

    // Fix the summit's date: the milestone becomes a date.
    await page.getByLabel('Conference date').fill(`${Y}-10-03`);
    await expect.poll(() => page.getByText(`Reads as: October 3, ${Y} (${Y}-10-03)`).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Set date' }).click();
    await expect.poll(() => page.getByTestId('conference-date').textContent()).toBe(`October 3, ${Y}`);
    await saved(page);
    await expect.poll(() => chart.getByRole('button', { name: new RegExp(`^Milestone Send invitations: July 5, ${Y}`) }).count()).toBe(1);
    await page.getByRole('tab', { name: 'List' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Send invitations/ }).textContent()).toContain(`July 5, ${Y}`);
    await expectAccessible(page, 'timeline list');

    // A participant through the funnel.
    await page.getByRole('tab', { name: 'Recruitment' }).click();
    await page.getByLabel('Find contact').fill('Jordan');
    await expect.poll(() => page.getByLabel('Contact', { exact: true }).locator('option', { hasText: 'Jordan Example' }).count()).toBe(1);
    await page.getByLabel('Contact', { exact: true }).selectOption({ label: 'Jordan Example' });
    await page.getByRole('button', { name: 'Add participant' }).click();
    const stage = page.getByRole('combobox', { name: 'Stage of Jordan Example' });
    await expect.poll(() => stage.inputValue()).toBe('identified');
    for (const next of ['Contacted', 'Interested', 'Applied', 'Confirmed']) {
      await stage.selectOption({ label: next });
      await saved(page);
      await expect.poll(() => stage.locator('option:checked').textContent()).toBe(next);
    }
    await expect.poll(() => page.getByRole('img', { name: /^Recruitment funnel: Identified 1, Contacted 1, Interested 1, Applied 1, Confirmed 1, Invitation letter 0/ }).count()).toBe(1);
    await expectAccessible(page, 'recruitment');
    await stage.selectOption({ label: 'Declined' });
    const decline = page.getByRole('dialog', { name: 'Why did Jordan Example decline?' });
    await decline.getByRole('button', { name: 'Mark declined' }).click();
    await expect.poll(() => decline.getByText('Say why; the reason is kept with the decision.').isVisible()).toBe(true);
    await decline.getByLabel('Reason').fill('No travel budget this year');
    await decline.getByRole('button', { name: 'Mark declined' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'No travel budget this year' }).isVisible()).toBe(true);
    await saved(page);
    await page.screenshot({ path: join(results, 'recruitment.png') });

    // The participant list, in the contact export's formats: vCard, then Google's CSV.
    await page.getByRole('button', { name: 'Export participants…' }).click();
    const vcfPath = join(platformDir, 'us-russia-sister-cities-summit-participants.vcf');
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain(`Exported 1 participant to ${vcfPath}.`);
    const vcf = await readFile(vcfPath, 'utf8');
    expect(vcf).toContain('BEGIN:VCARD\r\n');
    expect(vcf).toContain('jordan.example@example.org');
    await page.getByLabel('Format').selectOption('csv-google');
    await page.getByRole('button', { name: 'Export participants…' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toMatch(/Exported 1 participant to .*\.csv\./);

    // The calendar, through the scripted save dialog.
    await page.getByRole('button', { name: 'Export calendar…' }).click();
    const path = join(platformDir, 'us-russia-sister-cities-summit.ics');
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain(`Wrote 6 events to ${path}.`);
    const ics = await readFile(path, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics).toContain('SUMMARY:US–Russia Sister Cities Summit\r\n');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${Y}1003\r\nDTEND;VALUE=DATE:${Y}1004\r\n`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${Y}0705\r\nDTEND;VALUE=DATE:${Y}0706\r\n`);
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [
      '-c',
      'import sys, icalendar; print(",".join(sorted(str(e.get("summary")) for e in icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT"))))',
      path,
    ]);
    // The summit, the sample's milestones and dated task, and the one added here.
    const events = ['Compare host-city offers', 'Host city chosen', 'Program agreed', 'Send invitations', 'Visa letters to US guests'].map((title) => `${title} (US–Russia Sister Cities Summit)`);
    expect(stdout.trim()).toBe([...events, 'US–Russia Sister Cities Summit'].sort().join(','));

    // Settings: the call-window finder, in both zones.
    await nav(page, 'Settings');
    // The zone by its city, typed and picked from the keyboard.
    const home = page.getByRole('combobox', { name: 'Home time zone' });
    await home.fill('New York');
    await home.press('Enter');
    await expect.poll(() => home.inputValue()).toMatch(/^New York \(UTC/);
    await page.getByLabel('Day to check').fill('2019-10-03');
    await expect.poll(() => page.getByTestId('call-window').allTextContents()).toContain('09:00–10:00 New York (UTC−4) is 17:00–18:00 Volgograd (UTC+4)');
    await expectAccessible(page, 'settings and call windows');
    await page.screenshot({ path: join(results, 'settings-call-windows.png') });

    // Home: the sample's letter from Samara asked for a step three days ago (overdue), and the
    // offers are to be compared this week.
    await nav(page, 'Home');
    const steps = page.getByRole('region', { name: 'Negotiation next steps' });
    await expect.poll(() => steps.getByRole('listitem').filter({ hasText: 'Ask Samara for hotel rates and local funding' }).textContent()).toContain('Overdue');
    await expect.poll(() => page.getByRole('region', { name: 'Conference timelines' }).textContent()).toContain('Compare host-city offers');

    // Remove example data: one step; what this test made its own stays (the summit whose date it
    // fixed, Jordan whom it recruited, and what they point at), and the toast says so.
    await nav(page, 'Settings');
    await page.getByRole('button', { name: 'Remove example data' }).click();
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toMatch(/Remove example data \(\d+ records; \d+ kept: 1 you edited, \d+ your records use\)/);
    await saved(page);
    await nav(page, 'Contacts');
    await expect.poll(() => page.getByRole('listbox', { name: 'Contact list' }).textContent()).toContain('Jordan');
    await expect.poll(() => page.getByRole('listbox', { name: 'Contact list' }).textContent()).not.toContain('Образцова');
    await page.getByRole('toolbar', { name: 'Edit history' }).getByRole('button', { name: /^Undo “Remove example data/ }).click();
    await expect.poll(() => page.getByRole('listbox', { name: 'Contact list' }).textContent()).toContain('Образцова');

    // A slice of `npm run screenshots` (the whole matrix is its own script): Russian, dark, 1024×700.
    const shotsDir = await folder('liaison-e2e-shots-');
    const files = await captureMatrix({ page, harness, platformDir, outDir: shotsDir, locales: ['ru'], themes: ['dark'], viewports: [{ width: 1024, height: 700 }], only: ['negotiations-board', 'program'] });
    expect(files.map((f) => basename(f))).toEqual(['negotiations-board.png', 'program.png']);
    for (const file of files) expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
    // In Russian at 1024 px the conference's tabs stay on one line, the Program tab inside the window.
    await applySettings(page, harness, 'ru', 'light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: 'Конференции', exact: true }).click();
    const tabs = page.getByRole('tablist', { name: 'Виды' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(4);
    const boxes = await Promise.all((await tabs.all()).map(async (tab) => tab.boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b?.y ?? -1))).size, 'tabs on one row').toBe(1);
    expect(Math.max(...boxes.map((b) => b?.height ?? 0)), 'no tab wraps its label').toBeLessThan(48);
    const program = boxes.at(-1);
    expect((program?.y ?? 999) + (program?.height ?? 0), 'Program tab above the fold').toBeLessThanOrEqual(700);
    expect((program?.x ?? 9999) + (program?.width ?? 0), 'Program tab inside the window').toBeLessThanOrEqual(1024);
    await expectAccessible(page, 'home with overdue items');
  }, 150_000);
});
