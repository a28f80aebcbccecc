import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/** What the editors see for a page: the Ja/Nei counts and each answer, read through their API. */
async function feedbackFor(page: string) {
  const response = await site.api(`/api/moderation/feedback/page?page=${encodeURIComponent(page)}&limit=100`, { asEditor: true });
  return (await response.json()) as { yes: number; no: number; items: { useful: boolean; comment?: string }[] };
}

const box = (page: Page) => page.locator('[data-page-feedback]');
const commentField = (page: Page) => box(page).getByLabel('Vil du fortelle oss mer? (valgfritt)');

describe('page feedback', () => {
  it('asks Ja / Nei first, then «Vil du fortelle oss mer?» with a warning against personal and health details', async () => {
    const page = await site.open('/fastlege/');
    const order = await box(page)
      .locator('button, label, textarea')
      .evaluateAll((elements) =>
        elements.filter((element) => !(element as HTMLElement).hidden).map((element) => element.textContent?.trim() || element.tagName),
      );
    expect(order.slice(0, 3)).toEqual(['Ja', 'Nei', 'Vil du fortelle oss mer? (valgfritt)']);
    expect(await box(page).locator('#page-feedback-hint').textContent()).toMatch(
      /Ikke skriv navn, noe om helsen din eller andre personlige opplysninger/,
    );
    await expectNoAxeViolations(page);
  });

  it('sends Ja at once and keeps the comment open; a comment sent afterwards joins that answer, counted once', async () => {
    const before = await feedbackFor('/tannhelse/');
    const comment = `Hva med tannlegevakt? ${randomUUID()}`;
    const page = await site.open('/tannhelse/');
    await box(page).getByRole('button', { name: 'Ja' }).click();
    await box(page).locator('[data-page-feedback-answered]').waitFor();
    expect(await box(page).locator('[data-page-feedback-answered]').textContent()).toMatch(/^Takk for svaret!/);
    expect(await box(page).getByRole('button', { name: 'Ja' }).isVisible()).toBe(false);
    expect(await commentField(page).isVisible()).toBe(true);
    await commentField(page).fill(comment);
    await box(page).getByRole('button', { name: 'Send kommentaren' }).click();
    await box(page).getByText('Takk! Vi har fått det du skrev.').waitFor();
    const after = await feedbackFor('/tannhelse/');
    expect({ yes: after.yes - before.yes, no: after.no - before.no }).toEqual({ yes: 1, no: 0 });
    expect(after.items.filter((item) => item.comment === comment)).toEqual([expect.objectContaining({ useful: true })]);
  });

  it('works without JavaScript: a comment written in the field goes with the answer', async () => {
    const comment = `Savner åpningstidene ${randomUUID()}`;
    const page = await site.open('/legevakt/', { javaScriptEnabled: false });
    await commentField(page).fill(comment);
    await Promise.all([page.waitForURL('**/legevakt/#takk-for-tilbakemeldingen'), box(page).getByRole('button', { name: 'Nei' }).click()]);
    expect(await page.locator('#takk-for-tilbakemeldingen').isVisible()).toBe(true);
    expect((await feedbackFor('/legevakt/')).items.filter((item) => item.comment === comment)).toEqual([
      expect.objectContaining({ useful: false }),
    ]);
  });
});
