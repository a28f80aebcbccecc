import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA plus best practice) on the page as it is now: one line per broken rule, with the elements that break it. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A page reached by a form post may show its heading before its stylesheet applies (print-only parts then count as visible).
  await page.waitForLoadState('load');
  // evaluate, not an injected <script>: the site's CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails naming the address and each broken rule. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  const url = new URL(page.url());
  const rules = violations.map((line) => line.slice(0, line.indexOf(':')));
  expect(violations, `axe on ${url.pathname}${url.search}${url.hash} broke ${rules.join(', ')}`).toEqual([]);
}
