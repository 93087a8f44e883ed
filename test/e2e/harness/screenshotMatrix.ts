import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from './startHarness';

export type Locale = 'en' | 'ru';
export type Theme = 'light' | 'dark';
export interface Viewport {
  width: number;
  height: number;
}

export const LOCALES: readonly Locale[] = ['en', 'ru'];
export const THEMES: readonly Theme[] = ['light', 'dark'];
export const VIEWPORTS: readonly Viewport[] = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

/** The sidebar's sections, in its order (renderer/app/sections.ts); found by position so both languages work. */
const SECTION_INDEX = { home: 0, contacts: 1, partnerships: 2, cities: 3, duplicates: 4, trash: 5, negotiations: 6, timelines: 7, settings: 8 } as const;

/** One screen to photograph: how to reach it from a freshly loaded page. */
interface Shot {
  name: string;
  go: (page: Page) => Promise<void>;
}

const section = (page: Page, id: keyof typeof SECTION_INDEX) => page.locator('nav.sidebar li button').nth(SECTION_INDEX[id]).click();
/** Lets lazy screens load and their data arrive; a screenshot is of what the user sees once it settles. */
const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(350);
};

/**
 * Every screen of the app, each reached the way a user would (sidebar, tabs, the first row), by
 * position or class rather than by text, so the same list serves both languages. With an empty
 * workspace the sub-screens that need a record (the contact page, compare) show their empty state.
 */
export function shots(platformDir: string): Shot[] {
  const conferenceTab = (index: number, conference = 0) => async (page: Page) => {
    await section(page, 'timelines');
    await settle(page);
    const options = page.locator('.conference-option');
    if ((await options.count()) > conference) await options.nth(conference).click();
    await settle(page);
    const tabs = page.locator('.conference-pane [role="tablist"] [role="tab"]');
    if ((await tabs.count()) > index) await tabs.nth(index).click();
  };
  const negotiationsTab = (index: number) => async (page: Page) => {
    await section(page, 'negotiations');
    await settle(page);
    const tabs = page.locator('.neg-tabs [role="tab"]');
    if ((await tabs.count()) > index) await tabs.nth(index).click();
  };
  return [
    { name: 'home', go: (page) => section(page, 'home') },
    { name: 'contacts', go: (page) => section(page, 'contacts') },
    {
      name: 'contact-page',
      go: async (page) => {
        await section(page, 'contacts');
        await settle(page);
        // The sample's story contact when it is there (a letter, a candidacy, both scripts), else the first.
        const options = page.locator('[role="listbox"] [role="option"]');
        const story = options.filter({ hasText: /Maketov|Макетов/ }).first();
        const first = (await story.count()) > 0 ? story : options.first();
        if ((await first.count()) > 0) await first.click();
      },
    },
    { name: 'negotiations-board', go: negotiationsTab(0) },
    { name: 'negotiations-compare', go: negotiationsTab(2) },
    { name: 'timeline', go: conferenceTab(0) },
    { name: 'recruitment', go: conferenceTab(2, 1) },
    { name: 'program', go: conferenceTab(3) },
    { name: 'partnerships', go: (page) => section(page, 'partnerships') },
    { name: 'cities', go: (page) => section(page, 'cities') },
    { name: 'duplicates', go: (page) => section(page, 'duplicates') },
    { name: 'trash', go: (page) => section(page, 'trash') },
    { name: 'settings', go: (page) => section(page, 'settings') },
    {
      name: 'export-dialog',
      go: async (page) => {
        await section(page, 'contacts');
        await settle(page);
        await page.locator('.transfer-buttons button').nth(1).click();
      },
    },
    {
      name: 'import-dialog',
      go: async (page) => {
        const csv = join(platformDir, 'contacts.csv');
        await writeFile(csv, 'First Name,Last Name,E-mail Address\r\nCasey,Rivers,casey.rivers@example.org\r\nОльга,Петрова,olga@example.org\r\n');
        await writeFile(join(platformDir, 'open.json'), JSON.stringify([csv]));
        await section(page, 'contacts');
        await settle(page);
        await page.locator('.transfer-buttons button').nth(0).click();
      },
    },
  ];
}

/** Sets the language and theme through the app's own settings channel, then reloads so the window starts in them. */
export async function applySettings(page: Page, harness: Harness, locale: Locale, theme: Theme): Promise<void> {
  // Script as text: the node tsconfig has no DOM lib.
  await page.evaluate(`window.api.settings.set(${JSON.stringify({ locale, theme })})`);
  await page.goto(harness.url);
  await page.locator('nav.sidebar').waitFor();
}

export interface MatrixOptions {
  /** A page of the app; the matrix changes its size, language and theme, and leaves it in English. */
  page: Page;
  harness: Harness;
  platformDir: string;
  outDir: string;
  locales?: readonly Locale[];
  themes?: readonly Theme[];
  viewports?: readonly Viewport[];
  /** Only these screens (by name); all when absent. */
  only?: readonly string[];
  /** Runs once on the first page before any photograph (opens the sample). */
  prepare?: (page: Page) => Promise<void>;
}

/** Photographs every screen in each language × theme × size, as `<outDir>/<locale>-<theme>-<w>x<h>/<screen>.png`; returns the files written. */
export async function captureMatrix(options: MatrixOptions): Promise<string[]> {
  const written: string[] = [];
  const page = options.page;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await options.prepare?.(page);
    const list = shots(options.platformDir).filter((s) => !options.only || options.only.includes(s.name));
    for (const locale of options.locales ?? LOCALES) {
      for (const theme of options.themes ?? THEMES) {
        await applySettings(page, options.harness, locale, theme);
        for (const viewport of options.viewports ?? VIEWPORTS) {
          await page.setViewportSize(viewport);
          const dir = join(options.outDir, `${locale}-${theme}-${viewport.width}x${viewport.height}`);
          await mkdir(dir, { recursive: true });
          for (const shot of list) {
            await page.keyboard.press('Escape');
            await shot.go(page);
            await settle(page);
            const path = join(dir, `${shot.name}.png`);
            await page.screenshot({ path });
            written.push(path);
          }
          // A dialog left open would sit over the next size's first screen.
          await page.keyboard.press('Escape');
        }
      }
    }
    if (errors.length > 0) throw new Error(`The page failed while photographing: ${errors.join('; ')}`);
    // Back to English and the system theme, as a user's settings would be left.
    await applySettings(page, options.harness, 'en', 'light');
  } finally {
    page.removeAllListeners('pageerror');
  }
  return written;
}
