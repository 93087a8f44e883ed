// The conference program end to end in Chromium, once in English and once with the window in
// Russian: build the summit's two-day program with the item form (its validation and the
// unsaved-changes question included), drag an item onto another's hour and room and see the
// clash named on both, move it from the keyboard, export the partner's spreadsheet, edit it as the
// partner would (a new row, a changed time, a changed title, a status "согласовано"), read it
// back side by side, accept all but one change as one undo step, then the printable program.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../electron/shared/i18n/en';
import { ru } from '../../electron/shared/i18n/ru';
import { translate, type Params } from '../../electron/shared/i18n/translate';
import { e2eSession, results } from './harness/e2eSession';

const { folder, start, open, expectAccessible } = e2eSession({ width: 1280, height: 900 });
const shots = join(results, 'screenshots');

/** The partner's edits, made to the exported file's text as a spreadsheet program would save it. */
function editAsPartner(csv: string): string {
  const lines = csv.split('\r\n');
  const edited = lines.map((line) => {
    if (line.includes('Agriculture on the great rivers')) return line.replace('Agriculture on the great rivers', 'Agriculture on the Volga and the Mississippi');
    if (line.includes('Signing of partnership agreements')) return line.replace(';"16:00";', ';"15:00";');
    if (line.includes('Youth exchanges between partner cities')) return line.replace('Idea / Идея', 'согласовано');
    // A change the partner makes that the user will reject.
    if (line.includes('Visit to a farm cooperative')) return line.replace('Visit to a farm cooperative', 'Visit to two farm cooperatives');
    return line;
  });
  const header = (lines[0] ?? '').replace(/^\uFEFF/u, '').split(';').map((name) => name.replace(/"/gu, ''));
  // Typed into an empty row: Excel saves it without quotes.
  const row = header.map((name) => (name.startsWith('Day') ? '2' : name.startsWith('Start') ? '18:00' : name.startsWith('Minutes') ? '120' : name.startsWith('Title (EN)') ? 'Boat trip on the Volga' : name.startsWith('Title (RU)') ? 'Прогулка по Волге' : ''));
  const last = edited.at(-1) === '' ? edited.length - 1 : edited.length;
  edited.splice(last, 0, row.join(';'));
  return edited.join('\r\n');
}

for (const lang of ['en', 'ru'] as const) {
  const say = (key: MessageKey, params?: Params) => translate(lang === 'en' ? en : ru, lang, key, params);
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').textContent()).toBe(say('save.saved'));
  const title = (english: string, russian: string) => (lang === 'en' ? english : russian);

  describe(`the conference program in ${lang === 'en' ? 'English' : 'Russian'}, end to end in Chromium`, () => {
    it('builds a two-day program, drags into a clash, exports, and accepts part of the partner’s copy as one undo step', async () => {
      const dataDir = await folder('liaison-e2e-program-');
      const platformDir = await folder('liaison-e2e-program-dialogs-');
      const page = await open(await start(dataDir, { LIAISON_HARNESS_PLATFORM_DIR: platformDir }));
      await page.getByRole('button', { name: 'Open sample workspace' }).click();
      await page.getByText('The sample workspace is open.').waitFor();
      if (lang === 'ru') {
        await page.keyboard.press('Control+7');
        await page.getByLabel('Language', { exact: true }).selectOption('ru');
        await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
      }
      const sections = page.getByRole('navigation', { name: say('nav.label') });
      await sections.getByRole('button', { name: say('nav.timelines'), exact: true }).click();
      await page.getByRole('tab', { name: say('timelines.view.program') }).click();
      const timetable = page.getByRole('group', { name: say('program.timetable') });
      const day = (n: number) => page.getByTestId(`program-day-${n}`);
      // An item by its own title (another item's clash line may name it too).
      const item = (english: string, russian: string) => timetable.getByRole('button').filter({ has: page.locator('.program-title', { hasText: title(english, russian) }) });
      await expect.poll(() => day(1).getByRole('button').count()).toBe(2);
      await expect.poll(() => day(2).getByRole('button').count()).toBe(2);

      // A new item through the form: first refused without a title, Escape asks before discarding.
      await page.getByRole('button', { name: say('program.add') }).click();
      const form = page.getByRole('dialog', { name: say('program.form.newTitle') });
      await form.getByLabel(say('program.form.minutes')).fill('0');
      await form.getByRole('button', { name: say('form.save') }).click();
      await expect.poll(() => form.getByText(say('errors.program.titleNeeded')).isVisible()).toBe(true);
      await expect.poll(() => form.getByText(say('program.form.minutesInvalid')).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog', { name: say('dialog.unsaved.title') }).getByRole('button', { name: say('dialog.unsaved.keep') }).click();
      await form.getByLabel(say('program.form.titleEn')).fill('Water for cities and farms');
      await form.getByLabel(say('program.form.titleRu')).fill('Вода для городов и ферм');
      await form.getByLabel(say('program.form.kind')).selectOption('workshop');
      await form.getByLabel(say('program.form.day')).selectOption('2');
      await form.getByLabel(say('program.form.start')).fill('12:00');
      await form.getByLabel(say('program.form.minutes')).fill('60');
      await form.getByLabel(say('program.form.place')).fill('Main hall');
      const speakers = form.getByLabel(say('program.form.speakers'), { exact: true });
      await speakers.fill('Anna');
      await speakers.press('Enter');
      const invitation = form.getByRole('combobox', { name: new RegExp(say('program.form.invitationOf', { name: '.*' })) });
      await expect.poll(() => invitation.count()).toBe(1);
      await invitation.selectOption('invited');
      await form.getByLabel(say('program.form.status')).selectOption('confirmed');
      await form.getByRole('button', { name: say('form.save') }).click();
      await expect.poll(() => form.getByText(say('errors.program.confirmNeedsAgreement')).isVisible()).toBe(true);
      await form.getByLabel(say('program.form.status')).selectOption('proposed');
      // The message was about the status chosen before: it goes with it.
      await expect.poll(() => form.getByText(say('errors.program.confirmNeedsAgreement')).count()).toBe(0);
      await page.evaluate("document.querySelector('[role=dialog]').scrollTo(0, 0)");
      await form.screenshot({ path: join(results, `program-form-${lang}.png`) });
      await expectAccessible(page, `program item form (${lang})`);
      await form.getByRole('button', { name: say('form.save') }).click();
      await expect.poll(() => form.isVisible()).toBe(false);
      await saved(page);
      const water = item('Water for cities and farms', 'Вода для городов и ферм');
      await expect.poll(() => day(2).getByRole('button').count()).toBe(3);
      await expect.poll(() => water.textContent()).toContain('12:00–13:00');

      // Drag it onto Day 1 at 10:00, into the plenary's hall and speaker: the clash shows on both.
      await water.dragTo(day(1), { targetPosition: { x: 40, y: 2 * 60 * 1.2 + 2 }, sourcePosition: { x: 6, y: 6 } });
      await saved(page);
      await expect.poll(() => day(1).getByRole('button').count()).toBe(3);
      await expect.poll(() => water.textContent()).toContain('10:00–11:00');
      const plenary = item('How cities can work together', 'Как городам вместе');
      const roomClash = say('program.clash.room', { place: 'Main hall', other: title('Water for cities and farms', 'Вода для городов и ферм') });
      await expect.poll(() => plenary.textContent()).toContain(roomClash);
      const plenaryTitle = title('How cities can work together to identify common challenges', 'Как городам вместе выявлять общие проблемы');
      await expect.poll(() => water.textContent()).toContain(say('program.clash.room', { place: 'Main hall', other: plenaryTitle }));
      await expect.poll(() => water.textContent()).toMatch(new RegExp(`(?:Anna|Анна).*${say('program.clash.speaker', { name: '', other: plenaryTitle })}`, 'u'));
      // Alt+↓ from the keyboard: half an hour later, still inside the plenary's 90 minutes.
      await water.focus();
      await page.keyboard.press('Alt+ArrowDown');
      await saved(page);
      await expect.poll(() => water.textContent()).toContain('10:30–11:30');
      await expect.poll(() => plenary.textContent()).toContain(roomClash);
      // The venue closes at 16:30: the signing (16:00–16:45) runs past it.
      const signing = item('Signing of partnership', 'Подписание соглашений');
      await page.getByLabel(say('program.venue.opens')).fill('09:00');
      await page.getByLabel(say('program.venue.closes')).fill('16:30');
      await page.getByRole('button', { name: say('program.venue.save') }).click();
      await saved(page);
      await expect.poll(() => signing.textContent()).toContain(say('program.clash.hours'));
      await expectAccessible(page, `timetable with a clash (${lang})`);
      await mkdir(shots, { recursive: true });
      // The README's picture: the tab at the top, no toasts, nothing hovered.
      // Toasts also leave by themselves, so one may be gone before its click.
      const dismiss = page.getByRole('button', { name: say('toast.dismiss') });
      while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 }).catch(() => undefined);
      await water.blur();
      await page.mouse.move(0, 0);
      // Tall enough for the conference's name, the tabs and the whole day.
      await page.setViewportSize({ width: 1280, height: 1500 });
      await page.evaluate("document.querySelector('main').scrollTo(0, 0)");
      await page.screenshot({ path: join(shots, `program-${lang}.png`) });
      await page.setViewportSize({ width: 1280, height: 900 });

      // The partner's spreadsheet out, edited as the partner would, and read back.
      await page.getByRole('button', { name: say('program.export.csv') }).click();
      const csvPath = join(platformDir, 'us-russia-sister-cities-summit-program.csv');
      await expect.poll(() => page.getByTestId('toast').textContent()).toContain(say('program.exported', { path: csvPath }));
      const csv = await readFile(csvPath, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('"10:30";"60";"Water for cities and farms";"Вода для городов и ферм"');
      const edited = join(platformDir, 'program from the partner.csv');
      await writeFile(edited, editAsPartner(csv));
      await writeFile(join(platformDir, 'open.json'), JSON.stringify([edited]));
      await page.getByRole('button', { name: say('program.review.open') }).click();
      const review = page.getByRole('dialog', { name: say('program.review.title') });
      await expect.poll(() => review.getByRole('row').count()).toBe(6);
      const row = (english: string) => review.getByRole('row').filter({ hasText: english });
      await expect.poll(() => row('Boat trip on the Volga').textContent()).toContain(say('program.review.kind.new'));
      await expect.poll(() => row('Signing of partnership agreements').textContent()).toContain(say('program.review.when', { day: say('program.day', { day: 2 }), time: '15:00', minutes: 45 }));
      await expect.poll(() => row('Youth exchanges').textContent()).toContain(say('program.status.agreed'));
      await expect.poll(() => row('Agriculture on the Volga and the Mississippi').getByRole('cell').nth(1).textContent()).toContain('Agriculture on the great rivers');
      await expectAccessible(page, `the partner's copy, side by side (${lang})`);
      await page.screenshot({ path: join(results, `program-review-${lang}.png`) });
      await review.getByRole('checkbox', { name: new RegExp(title('Visit to two farm cooperatives', 'Поездка в сельскохозяйственный кооператив')) }).uncheck();
      await review.getByRole('button', { name: say('program.review.apply', { count: 4 }) }).click();
      await expect.poll(() => review.isVisible()).toBe(false);
      await saved(page);
      await expect.poll(() => day(2).getByRole('button').count()).toBe(3);
      await expect.poll(() => item('Boat trip on the Volga', 'Прогулка по Волге').textContent()).toContain('18:00–20:00');
      await expect.poll(() => signing.textContent()).toContain('15:00–15:45');
      expect(await signing.textContent()).not.toContain(say('program.clash.hours'));
      await expect.poll(() => item('Youth exchanges', 'Молодёжные обмены').textContent()).toContain(say('program.status.agreed'));
      expect(await page.getByText('Visit to two farm cooperatives').count()).toBe(0);

      // One undo step takes all four back.
      const undo = page.getByRole('toolbar', { name: say('history.label') }).getByRole('button', { name: say('undo.buttonWith', { summary: say('summary.program.imported', { count: 4 }) }) });
      await undo.click();
      await saved(page);
      await expect.poll(() => day(2).getByRole('button').count()).toBe(2);
      await expect.poll(() => signing.textContent()).toContain('16:00–16:45');

      // The printable program: Russian and English side by side, printed through the platform.
      await page.getByRole('group', { name: say('program.views') }).getByRole('button', { name: say('program.view.print') }).click();
      const doc = page.getByRole('article', { name: new RegExp(say('program.doc.title', { name: '' }).trim()) });
      const first = doc.getByRole('region', { name: `${ru['program.day'].replace('{day}', '1')} / ${en['program.day'].replace('{day}', '1')}` });
      await expect.poll(() => first.getByRole('row').filter({ hasText: '10:30–11:30' }).textContent()).toMatch(/Вода для городов и ферм.*Water for cities and farms/u);
      await expectAccessible(page, `printable program (${lang})`);
      await page.getByRole('button', { name: say('program.print') }).click();
      await expect.poll(async () => readFile(join(platformDir, 'printed.log'), 'utf8').catch(() => '')).not.toBe('');
      // Save as PDF: through the save dialog to the file (the harness cannot draw, so its PDF is a stand-in).
      await page.getByRole('button', { name: say('program.savePdf') }).click();
      const pdfPath = join(platformDir, 'us-russia-sister-cities-summit-program.pdf');
      await expect.poll(() => page.getByTestId('toast').allTextContents().then((texts) => texts.join('\n'))).toContain(say('program.exported', { path: pdfPath }));
      expect((await readFile(pdfPath, 'latin1')).startsWith('%PDF-')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      // What printOnly sets while the print dialog is open (the harness's dialog returns at once).
      await page.evaluate("document.documentElement.dataset.print = 'program'");
      expect(await sections.isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: say('program.print') }).isVisible()).toBe(false);
      await page.screenshot({ path: join(results, `program-print-${lang}.png`), fullPage: true });
      expect(await first.isVisible()).toBe(true);
      await page.close();
    });
  });
}
