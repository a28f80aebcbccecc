/**
 * One API for a book whose kommuner write different målformer (Voss: nynorsk, Jevnaker: bokmål):
 * a request is answered in its kommune's målform even while the other kommune's requests are
 * answered at the same time, and a suggestion's receipt is in its kommune's målform, names the
 * kommune and links under the kommune's address; one mail run sends every kommune's receipts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asKommune } from '../../../functions/shared/each-kommune.ts';
import { sendDueReceipts } from '../../../functions/mail/receipts.ts';
import { readOutbox } from '../support/outbox.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({
    env: { SUGGESTION_RATE_LIMIT: '0', BOOK_CONFIG: 'tests/fixtures/books/voss-jevnaker.json', SITE_URL: 'https://abc.example.no' },
  });
});

afterAll(async () => {
  await moderation?.close();
});

const outbox = () => readOutbox(moderation.server.context.env.MAIL_OUTBOX_DIR!);

async function suggest(kommune: string, email: string): Promise<string> {
  const response = await moderation.api(`/api/suggestions?kommune=${kommune}`, {
    method: 'POST',
    token: null,
    json: { kind: 'question', text: `Kven betaler tryggleiksalarmen? (${Math.random()})`, contact: { email }, notify: true },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

describe('a book of a nynorsk and a bokmål kommune', () => {
  it('answers each request in its kommune’s målform while the other kommune’s are answered', async () => {
    const invalid = (kommune: string) =>
      moderation.api(`/api/suggestions?kommune=${kommune}`, { method: 'POST', token: null, json: { kind: 'question', text: '' } });
    const kommuner = Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? 'voss' : 'jevnaker'));
    const answers = await Promise.all(kommuner.map(async (kommune) => ({ kommune, response: await invalid(kommune) })));
    for (const { kommune, response } of answers) {
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toBe(
        kommune === 'voss' ? 'Noko i skjemaet må rettast før vi kan ta imot det.' : 'Noe i skjemaet må rettes før vi kan ta imot det.',
      );
    }
  });

  it('sends the nynorsk kommune’s sender a receipt in nynorsk, naming the kommune, with its link for that kommune', async () => {
    const reference = await suggest('voss', 'kari@example.no');
    await asKommune(moderation.server.context, 'voss', sendDueReceipts);
    const [receipt, ...others] = outbox().filter((mail) => mail.body.includes(reference));
    expect(others).toEqual([]);
    expect(receipt!.subject).toBe(`Vi har fått framlegget ditt (${reference})`);
    expect(receipt!.body).toMatch(/^Alderdommens ABC for Voss herad\r?\n\r?\nHei!/);
    expect(receipt!.body).toContain('Kva skjer no?');
    const link = new URL(/^(https?:\/\/\S+\/api\/folg\?\S+)$/m.exec(receipt!.body)![1]!);
    expect([link.origin, link.searchParams.get('referanse'), link.searchParams.get('kommune')]).toEqual([
      'https://abc.example.no',
      reference,
      'voss',
    ]);
  });

  it('sends the bokmål kommune’s sender a receipt in bokmål, naming that kommune', async () => {
    const reference = await suggest('jevnaker', 'ola@example.no');
    await asKommune(moderation.server.context, 'jevnaker', sendDueReceipts);
    const [receipt] = outbox().filter((mail) => mail.body.includes(reference));
    expect(receipt!.subject).toBe(`Vi har fått forslaget ditt (${reference})`);
    expect(receipt!.body).toMatch(/^Alderdommens ABC for Jevnaker kommune\r?\n\r?\nHei!/);
    expect(receipt!.body).toContain('Hva skjer nå?');
    expect(receipt!.body).toContain(`/api/folg?referanse=${encodeURIComponent(reference)}&kommune=jevnaker`);
  });

  it('tells the nynorsk kommune’s sender of the editors’ answer in nynorsk, naming the kommune', async () => {
    const response = await moderation.api('/api/suggestions?kommune=voss', {
      method: 'POST',
      token: null,
      json: { kind: 'question', text: 'Kven hjelper meg med søknaden?', contact: { email: 'svar@example.no' }, notify: true },
    });
    const { id, reference } = (await response.json()) as { id: string; reference: string };
    const vossEditor = await moderation.token({ name: 'Vilde Voss', groups: ['editors-voss'] });
    for (const [index, step] of [{ status: 'in-review' }, { status: 'accepted', publicAnswer: 'Servicetorget hjelper deg.' }].entries()) {
      const decided = await moderation.api(`/api/moderation/suggestions/${id}?kommune=voss`, {
        method: 'PATCH',
        token: vossEditor,
        json: { version: index + 1, ...step },
      });
      expect(decided.status).toBe(200);
    }
    const [answer] = outbox().filter((mail) => mail.to === 'svar@example.no' && mail.subject.includes('Svar'));
    expect(answer!.subject).toBe(`Svar på framlegget ditt ${reference}`);
    expect(answer!.body).toMatch(/^Alderdommens ABC for Voss herad\r?\n/);
    expect(answer!.body).toContain('Servicetorget hjelper deg.');
    expect(answer!.body).toContain('kommune=voss');
  });

  it('sends the receipts of both kommuner in one mail run, each in its kommune’s målform', async () => {
    const vossReference = await suggest('voss', 'per@example.no');
    const jevnakerReference = await suggest('jevnaker', 'liv@example.no');
    await moderation.server.runMailSchedule();
    const [voss, ...moreVoss] = outbox().filter((mail) => mail.body.includes(vossReference));
    const [jevnaker, ...moreJevnaker] = outbox().filter((mail) => mail.body.includes(jevnakerReference));
    expect([...moreVoss, ...moreJevnaker]).toEqual([]);
    expect([voss!.to, voss!.subject]).toEqual(['per@example.no', `Vi har fått framlegget ditt (${vossReference})`]);
    expect(voss!.body).toMatch(/^Alderdommens ABC for Voss herad\r?\n/);
    expect(voss!.body).toContain('kommune=voss');
    expect([jevnaker!.to, jevnaker!.subject]).toEqual(['liv@example.no', `Vi har fått forslaget ditt (${jevnakerReference})`]);
    expect(jevnaker!.body).toMatch(/^Alderdommens ABC for Jevnaker kommune\r?\n/);
    expect(jevnaker!.body).toContain('kommune=jevnaker');
  });
});
