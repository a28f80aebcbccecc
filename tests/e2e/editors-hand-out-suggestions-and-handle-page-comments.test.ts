import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

describe('the editors’ own housekeeping', () => {
  it('gives a suggestion to a colleague: «Gitt til» in the detail, «Hos …» in the queue, the history says so', async () => {
    const text = `Kan dere skrive om ledsagerbevis på buss? (${Math.random()})`;
    expect((await site.api('/api/suggestions', { method: 'POST', json: { kind: 'question', text } })).status).toBe(201);
    const page = await site.newPage();
    await signInAsEditor(site, page);
    await page.getByRole('button', { name: text }).click();
    const detail = page.locator('[data-detail]');
    await detail.getByLabel('Gi forslaget til en kollega (valgfritt)').fill('Ola Kollega');
    await detail.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagret. Status: Ny.').waitFor();
    expect(await detail.locator('[data-detail-facts]').textContent()).toContain('Gitt tilOla Kollega');
    expect(await detail.locator('[data-detail-history]').textContent()).toContain('Kari Redaktør: Ga forslaget til Ola Kollega');
    await expectNoAxeViolations(page);
    await detail.getByRole('button', { name: 'Tilbake til listen' }).click();
    // The queue is fetched again on the way back; wait for the fresh list rather than read the old one.
    await page.getByRole('listitem').filter({ hasText: text }).filter({ hasText: 'Hos Ola Kollega' }).waitFor();
  });

  it('marks a reader’s comment on a page handled, and can take it back', async () => {
    const comment = `Savner hvor jeg henter ledsagerbeviset (${Math.random()}).`;
    expect((await site.api('/api/feedback', { method: 'POST', json: { page: '/ledsagerbevis/', useful: false, comment } })).status).toBe(
      202,
    );
    const page = await site.newPage();
    await signInAsEditor(site, page);
    const feedback = page.locator('[data-feedback]');
    await feedback
      .getByRole('row')
      .filter({ hasText: 'Ledsagerbevis' })
      .getByRole('button', { name: /Se svarene/ })
      .click();
    const entry = feedback.getByRole('listitem').filter({ hasText: comment });
    await entry.getByText('Ikke behandlet.').waitFor();
    await entry.getByRole('button', { name: 'Marker som behandlet' }).click();
    await entry.getByText(/^Behandlet av Kari Redaktør, /).waitFor();
    await expectNoAxeViolations(page);
    await entry.getByRole('button', { name: 'Ikke behandlet likevel' }).click();
    await entry.getByText('Ikke behandlet.').waitFor();
  });
});
