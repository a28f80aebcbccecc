/**
 * The moment after «Send forslaget»: the thank-you page reads the reference and the council from
 * the stored suggestion (never from its address), and a sender with an e-mail address gets a
 * receipt with a one-tap status link from the next scheduled mail run, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../fixtures/search-site.ts';
import { readOutbox } from '../support/outbox.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ distDir: builtSite });
});

afterAll(async () => {
  await moderation?.close();
});

const outbox = () => readOutbox(moderation.server.context.env.MAIL_OUTBOX_DIR!);
const receiptsFor = (reference: string) => outbox().filter((mail) => mail.subject === `Vi har fått forslaget ditt (${reference})`);

async function send(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ id: string; reference: string }> {
  const response = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: body, headers });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

const thanksPage = (query: string) => moderation.api(`/api/foresla/takk?${query}`, { token: null, redirect: 'manual' });

describe('the receipt e-mail', () => {
  it('goes to the address given, with the reference, what happens next and the status link, and nothing personal', async () => {
    const text = `Besøkstiden på sykehjemmet mangler (${Math.random()}).`;
    const { reference } = await send({
      kind: 'correction',
      topic: 'sykehjem',
      text,
      contact: { name: 'Kari Nordmann', email: 'kari@example.no', phone: '912 34 567' },
      notify: true,
    });
    expect(receiptsFor(reference)).toEqual([]);
    await moderation.server.runMailSchedule();
    const [receipt, ...others] = receiptsFor(reference);
    expect(others).toEqual([]);
    expect(receipt!.to).toBe('kari@example.no');
    expect(receipt!.body).toContain(`referansen er ${reference}`);
    expect(receipt!.body).toContain('Redaksjonen leser forslaget');
    expect(receipt!.body).toContain('Vi sender deg en ny e-post når redaksjonen har svart');
    const link = /^(http\S+\/api\/folg\?referanse=\S+)$/m.exec(receipt!.body)![1]!;
    expect(new URL(link).searchParams.get('referanse')).toBe(reference);
    for (const personal of ['Kari Nordmann', '912 34 567', text]) expect(receipt!.body).not.toContain(personal);

    // The link opens the status at once, without any contact data.
    const status = await fetch(moderation.server.url + new URL(link).pathname + new URL(link).search);
    expect(status.status).toBe(200);
    const html = await status.text();
    expect(html).toContain(reference);
    for (const personal of ['Kari Nordmann', 'kari@example.no', '912 34 567']) expect(html).not.toContain(personal);
  });

  it('is sent once, however often the run repeats and the request is retried', async () => {
    const body = { kind: 'question', text: 'Hvem betaler for trygghetsalarmen?', contact: { email: 'ola@example.no' } };
    const headers = { 'idempotency-key': `kvittering-${Math.random()}` };
    const { reference } = await send(body, headers);
    await moderation.server.runMailSchedule();
    await send(body, headers);
    await moderation.server.runMailSchedule();
    await moderation.server.runMailSchedule();
    expect(receiptsFor(reference)).toHaveLength(1);
    expect(receiptsFor(reference)[0]!.body).toContain('Du får ikke flere e-poster om forslaget');
  });

  it('is not sent when an editor erased the address before the run, nor to someone who gave only a phone number', async () => {
    const erased = await send({ kind: 'question', text: 'Slettes adressen min?', contact: { email: 'slett@example.no' } });
    expect((await moderation.api(`/api/moderation/suggestions/${erased.id}/contact`, { method: 'DELETE' })).status).toBe(204);
    const phoneOnly = await send({ kind: 'question', text: 'Ring meg om svaret, takk.', contact: { phone: '912 34 567' } });
    await moderation.server.runMailSchedule();
    expect(receiptsFor(erased.reference)).toEqual([]);
    expect(receiptsFor(phoneOnly.reference)).toEqual([]);
    expect(outbox().filter((mail) => mail.to.includes('912'))).toEqual([]);
  });
});

describe('the thank-you page', () => {
  it('shows the stored reference and council, and the one-tap status link, for the id in its address', async () => {
    const { id, reference } = await send({
      kind: 'question',
      text: 'Fra rådet: når kommer svaret?',
      councilCode: moderation.server.demoCouncilCode,
      contact: { email: 'rad@example.no' },
      notify: true,
    });
    const response = await thanksPage(`id=${id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(reference);
    expect(html).toMatch(/data-receipt-council>Sendt på vegne av <strong>Eldrerådet/);
    expect(html).toContain(`href="/api/folg?referanse=${reference}"`);
    expect(html).toContain('data-receipt-email="answers">');
    expect(html).not.toContain('rad@example.no');
  });

  it('says the kommune may call when only a phone number was given', async () => {
    const { id } = await send({ kind: 'question', text: 'Kan dere ringe meg?', contact: { phone: '912 34 567' } });
    const html = await (await thanksPage(`id=${id}`)).text();
    expect(html).toContain('data-receipt-phone>');
    expect(html).not.toContain('data-receipt-email');
    expect(html).not.toContain('912 34 567');
  });

  it('never echoes a reference or council from its address: without a stored suggestion it is the plain page', async () => {
    for (const query of ['referanse=F-2026-0001&rad=Falskt%20r%C3%A5d', 'id=00000000-0000-4000-8000-000000000000', 'id=<script>']) {
      const response = await thanksPage(query);
      expect(response.status, query).toBe(303);
      expect(response.headers.get('location')).toBe('/foresla/takk/');
    }
  });
});
