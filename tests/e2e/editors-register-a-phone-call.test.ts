import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

describe('«Registrer forslag» on the editors’ page', () => {
  it('registers a phone call and shows the reference to read back; the queue has it with channel and registrar', async () => {
    const page = await site.newPage();
    await signInAsEditor(site, page);
    const section = page.locator('[data-register]');
    const text = `Innringer spør hvem som betaler for trygghetsalarmen (${Math.random()}).`;
    await section.getByLabel('Telefon', { exact: true }).first().check();
    await section.getByLabel('Forslaget').fill('kort');
    await section.getByRole('button', { name: 'Registrer forslaget' }).click();
    await section.locator('[data-register-error="text"]').getByText('minst').waitFor();
    expect(await section.getByLabel('Forslaget').inputValue()).toBe('kort');

    await section.getByLabel('Forslaget').fill(text);
    await section.getByRole('button', { name: 'Registrer forslaget' }).click();
    const done = await section
      .locator('[data-register-message]')
      .getByText(/Referansen er F-\d{4}-\d{4}/)
      .textContent();
    const reference = /F-\d{4}-\d{4}/.exec(done!)![0];
    const queue = (await (await site.api('/api/moderation/suggestions?status=new&limit=100', { asEditor: true })).json()) as {
      items: { reference?: string; text: string; channel?: unknown }[];
    };
    expect(queue.items.find((item) => item.reference === reference)).toMatchObject({
      text,
      channel: { via: 'phone', registeredBy: 'Kari Redaktør' },
    });
    await expectNoAxeViolations(page);
  });
});
