/**
 * The editors' preview («Forhåndsvis slik leserne ser det») is the reader's page's own rendering:
 * the server renderer draws the text being written, so it holds the article's text as on the
 * reader's page, and follows what the editor types.
 */
import { describe, expect, it } from 'vitest';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

describe('the editors’ preview', () => {
  it('shows the text as the reader’s page has it, and the change being typed', async () => {
    const reader = await site.open('/dagaktivitetstilbud/');
    const readersText = await reader.locator('article > .prose[data-read]').innerHTML();

    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsEditor(site, page);
    await page.goto(`${site.baseUrl}/redaksjon/#artikkel/dagaktivitetstilbud`);
    await page.getByRole('heading', { name: 'Endre «Dagaktivitetstilbud»' }).waitFor();
    const preview = page.locator('[data-preview]');
    await preview.locator('summary').click();
    const drawn = preview.locator('[data-preview-page] .prose');
    await drawn.locator('h2').first().waitFor();
    expect(await drawn.innerHTML()).toBe(readersText);

    await page.getByRole('textbox', { name: 'Kort fortalt', exact: true }).fill('En ny <b>oppsummering</b> som forhåndsvisningen viser.');
    await preview.getByText('En ny <b>oppsummering</b> som forhåndsvisningen viser.').waitFor();
    expect(await preview.locator('[data-preview-page] b').count()).toBe(0);
  });
});
