import { describe, expect, it } from 'vitest';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

describe('«Lag ny kode» and «Trekk tilbake koden»', () => {
  it('ask first; «Avbryt» keeps the code working, «OK» ends it', async () => {
    const name = `Rådet for bekreftelse ${Math.random().toString(36).slice(2, 7)}`;
    const created = (await (await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name } })).json()) as {
      code: string;
    };
    const works = async () =>
      (await site.api('/api/council/suggestions', { headers: { authorization: `Council ${created.code}` } })).status === 200;

    const page = await site.newPage();
    await signInAsEditor(site, page);
    const council = page.locator('[data-councils-list] li').filter({ hasText: name });
    const questions: string[] = [];
    let answer = false;
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });

    await council.getByRole('button', { name: `Trekk tilbake koden til ${name}` }).click();
    expect(questions).toEqual([expect.stringContaining(`Trekke tilbake koden til ${name}?`)]);
    expect(await works()).toBe(true);

    answer = true;
    await council.getByRole('button', { name: `Trekk tilbake koden til ${name}` }).click();
    await page.locator('[data-councils-message]').getByText(`Koden til ${name} er trukket tilbake`).waitFor();
    expect(await works()).toBe(false);
  });
});

describe('a council’s contact e-mail and the mail that was not sent', () => {
  it('is set on the editors’ page, and the page lists e-mail that failed', async () => {
    const name = `Rådet med e-post ${Math.random().toString(36).slice(2, 7)}`;
    const created = (await (await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name } })).json()) as {
      council: { id: string };
    };
    const page = await site.newPage();
    await signInAsEditor(site, page);
    const council = page.locator('[data-councils-list] li').filter({ hasText: name });
    await council.getByLabel(`E-post til ${name}`).fill('radet@example.no');
    await council.getByRole('button', { name: 'Bruk denne e-posten' }).click();
    await page.locator('[data-councils-message]').getByText(`E-postadressen til ${name} er lagret.`).waitFor();
    const councils = (await (await site.api('/api/moderation/councils', { asEditor: true })).json()) as {
      items: { id: string; contactEmail?: string }[];
    };
    expect(councils.items.find((item) => item.id === created.council.id)?.contactEmail).toBe('radet@example.no');
    expect(await page.getByRole('heading', { name: 'E-post som ikke ble sendt' }).isVisible()).toBe(true);
  });
});
