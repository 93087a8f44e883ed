import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: AxeImpact;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

export interface CheckAccessibilityOptions {
  /** A CSS selector to check instead of the whole document. */
  include?: string;
  /** Rule ids to switch off (say why where you use it). */
  disableRules?: string[];
  /** Impacts reported; serious and critical by default. */
  impacts?: AxeImpact[];
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in the page and returns its violations of the given impacts (serious and critical
 * by default). axe is injected with page.evaluate, which runs through the DevTools protocol and
 * so is not subject to the page's CSP (`script-src 'self'` blocks addScriptTag's inline script).
 */
export async function checkAccessibility(page: Page, options: CheckAccessibilityOptions = {}): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  const loaded = await page.evaluate('typeof window.axe === "object" && typeof window.axe.run === "function"');
  if (!loaded) await page.evaluate(source);
  const impacts = options.impacts ?? ['serious', 'critical'];
  return page.evaluate(
    async ({ include, disableRules, impacts }) => {
      interface AxeLike {
        run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
      }
      const axe = (globalThis as unknown as { axe: AxeLike }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const context = include ?? (globalThis as unknown as { document: unknown }).document;
      const result = await axe.run(context, { rules, resultTypes: ['violations'] });
      return result.violations
        .filter((v) => impacts.includes(v.impact))
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
        }));
    },
    { include: options.include ?? null, disableRules: options.disableRules ?? [], impacts },
  );
}

/** One readable paragraph per violation, for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.html}`).join('\n')}`)
    .join('\n\n');
}
