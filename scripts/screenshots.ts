// `npm run screenshots`: every screen in English and Russian, light and dark, at 1280×800 and
// 1024×700, with the sample workspace and with an empty one, through the e2e harness (the real
// renderer and core in Chromium). Writes docs/screenshots/matrix/<sample|empty>/<locale>-<theme>-<size>/<screen>.png.
// Kept out of `npm test` (its time budget); test/e2e/screenshots.test.ts runs a small slice of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/harness/launchChromium';
import { applySettings, captureMatrix } from '../test/e2e/harness/screenshotMatrix';
import { startHarness } from '../test/e2e/harness/startHarness';

const outRoot = resolve('docs/screenshots/matrix');

async function main(): Promise<void> {
  const browser = await launchChromium();
  let total = 0;
  try {
    // The sample opens in the window's language (its next steps, offers and notes are its own text),
    // so each language's shots of it come from a workspace opened in that language.
    const runs = [
      { data: 'sample', locale: 'en' },
      { data: 'sample', locale: 'ru' },
      { data: 'empty', locale: null },
    ] as const;
    for (const { data, locale } of runs) {
      const dataDir = await mkdtemp(join(tmpdir(), `liaison-shots-${data}-`));
      const platformDir = await mkdtemp(join(tmpdir(), 'liaison-shots-dialogs-'));
      const harness = await startHarness({ dataDir, env: { LIAISON_HARNESS_PLATFORM_DIR: platformDir } });
      try {
        const started = performance.now();
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(harness.url);
        await page.locator('nav.sidebar').waitFor();
        const files = await captureMatrix({
          page,
          harness,
          platformDir,
          outDir: join(outRoot, data),
          ...(locale ? { locales: [locale] } : {}),
          prepare:
            data === 'sample' && locale
              ? async (page) => {
                  await applySettings(page, harness, locale, 'light');
                  await page.locator('.card button.button-primary').first().click();
                  await page.getByTestId('toast').first().waitFor();
                }
              : undefined,
        });
        total += files.length;
        console.log(`${data}: ${files.length} screenshots in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      } finally {
        await harness.stop('SIGTERM');
        await rm(dataDir, { recursive: true, force: true });
        await rm(platformDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${total} screenshots under ${outRoot}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
