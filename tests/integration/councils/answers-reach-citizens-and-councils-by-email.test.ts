import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryPending } from '../../../functions/shared/mail/outbox.ts';
import { readOutbox } from '../support/outbox.ts';
import { publishArticle, quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: quickBuild });
});

afterAll(() => moderation?.close());

const outboxDir = () => moderation.server.context.env.MAIL_OUTBOX_DIR!;

/** The .eml files whose decoded body mentions the reference, decoded. */
const mailsAbout = (reference: string) => readOutbox(outboxDir()).filter((mail) => mail.body.includes(reference));

async function send(body: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const response = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: body });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

async function decide(id: string, steps: Record<string, unknown>[]): Promise<Response[]> {
  const responses: Response[] = [];
  for (const [index, step] of steps.entries())
    responses.push(await moderation.api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: { version: index + 1, ...step } }));
  return responses;
}

const ANSWERED = [{ status: 'in-review' }, { status: 'accepted', publicAnswer: 'Takk, vi retter siden.' }];

describe('answers by e-mail', () => {
  it('writes a complete .eml to the outbox when a citizen who asked is answered: the reference, the answer and a link', async () => {
    const { id, reference } = await send({
      kind: 'correction',
      topic: 'sykehjem',
      text: 'Prisen på sykehjem er feil.',
      contact: { name: 'Kari Nordmann', email: 'kari@example.no', phone: '+47 912 34 567' },
      notify: true,
    });
    await decide(id, ANSWERED);
    const [mail, ...others] = mailsAbout(reference);
    expect(others).toEqual([]);
    expect(mail!.headers).toMatch(/^To: kari@example\.no$/m);
    expect(mail!.headers).toMatch(/^Content-Type: text\/plain; charset=UTF-8$/m);
    expect(mail!.subject).toBe(`Svar på forslaget ditt ${reference}`);
    expect(mail!.body).toContain(`/api/folg?referanse=${reference}`);
    // Not made public, so «Følg forslaget» does not show it: the answer is in the e-mail itself.
    expect(mail!.body).toMatch(/Svaret fra redaksjonen:\r?\n\r?\nTakk, vi retter siden\./);
    for (const personal of ['Kari Nordmann', '912 34 567', 'Prisen på sykehjem er feil.']) expect(mail!.body).not.toContain(personal);
  });

  it('quotes a public answer too, beside the link', async () => {
    const { id, reference } = await send({
      kind: 'question',
      text: 'Får jeg ledsager?',
      contact: { email: 'eva@example.no' },
      notify: true,
    });
    await decide(id, [{ status: 'in-review' }, { status: 'accepted', publicAnswer: 'Ja, les siden om ledsagerbevis.', public: true }]);
    const [mail] = mailsAbout(reference);
    expect(mail!.body).toContain(`/api/folg?referanse=${reference}`);
    expect(mail!.body).toMatch(/Svaret fra redaksjonen:\r?\n\r?\nJa, les siden om ledsagerbevis\./);
  });

  it('sends another when the change is published', async () => {
    const { id, reference } = await send({
      kind: 'correction',
      topic: 'sykehjem',
      text: 'Besøkstiden mangler.',
      contact: { email: 'ola@example.no' },
      notify: true,
    });
    await decide(id, ANSWERED);
    await publishArticle(moderation, 'sykehjem', { suggestionId: id });
    expect(
      mailsAbout(reference)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([`Endringen du foreslo, er publisert (${reference})`, `Svar på forslaget ditt ${reference}`].sort());
  });

  it('sends nothing to a citizen who did not tick «Send meg svar på e-post»', async () => {
    const { id, reference } = await send({
      kind: 'question',
      text: 'Hvem betaler for trygghetsalarm?',
      contact: { email: 'per@example.no' },
    });
    await decide(id, ANSWERED);
    expect(mailsAbout(reference)).toEqual([]);
  });

  it('tells a council with a contact e-mail when its suggestion changes status', async () => {
    const created = (await (
      await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet med e-post' } })
    ).json()) as { council: { id: string }; code: string };
    const settings = await moderation.api(`/api/moderation/councils/${created.council.id}`, {
      method: 'PATCH',
      json: { contactEmail: 'eldreradet@example.no' },
    });
    expect(((await settings.json()) as { council: { contactEmail: string } }).council.contactEmail).toBe('eldreradet@example.no');
    const { id, reference } = await send({ kind: 'question', text: 'Rådet spør om ledsagerbevis.', councilCode: created.code });
    await decide(id, [{ status: 'in-review' }]);
    const [mail] = mailsAbout(reference);
    expect(mail!.headers).toMatch(/^To: eldreradet@example\.no$/m);
    expect(mail!.subject).toBe(`Nytt om forslaget fra Eldrerådet med e-post: ${reference}`);
    expect(mail!.body).toContain('ny status: Under behandling');
  });

  it('asks a council for its statement on a revision: the title, the deadline and the link to /rad/, nothing else', async () => {
    const created = (await (
      await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Brukerrådet med uttalelser' } })
    ).json()) as { council: { id: string } };
    await moderation.api(`/api/moderation/councils/${created.council.id}`, {
      method: 'PATCH',
      json: { contactEmail: 'brukerradet@example.no' },
    });
    const source = await readFile('content/articles/horsel.mdx', 'utf8');
    await moderation.api('/api/moderation/articles/horsel', { method: 'PUT', json: { source, version: 0 } });
    const asked = await moderation.api('/api/moderation/articles/horsel/reviews', {
      method: 'POST',
      json: { version: 1, councils: [created.council.id], deadline: '2099-12-31' },
    });
    expect(asked.status).toBe(201);
    const [mail, ...others] = mailsAbout('Brukerrådet med uttalelser');
    expect(others).toEqual([]);
    expect(mail!.headers).toMatch(/^To: brukerradet@example\.no$/m);
    expect(mail!.subject).toBe('Brukerrådet med uttalelser er bedt om uttalelse: «Hørsel og høreapparat»');
    expect(mail!.body).toContain('Svarfrist: 31. desember 2099.');
    expect(mail!.body).toContain('http://localhost');
    expect(mail!.body).toMatch(/\/rad\/\r?\n/);
    expect(mail!.body).not.toContain('Kari Redaktør');
  });

  it('never fails the decision when sending fails; the mail is retried, then shown to editors as failed', async () => {
    const context = moderation.server.context;
    const working = context.mail;
    context.mail = {
      from: 'test@example.no',
      send: async () => {
        throw new Error('SES svarer ikke');
      },
    };
    try {
      const { id, reference } = await send({
        kind: 'question',
        text: 'Når kommer svaret mitt?',
        contact: { email: 'nina@example.no' },
        notify: true,
      });
      const responses = await decide(id, ANSWERED);
      expect(responses.map((response) => response.status)).toEqual([200, 200]);
      for (let run = 1; run < MAX_ATTEMPTS; run += 1) await retryPending(context);
      const failed = (await (await moderation.api('/api/moderation/mail?state=failed')).json()) as {
        items: { reference: string; attempts: number; lastError: string }[];
      };
      expect(failed.items.find((mail) => mail.reference === reference)).toMatchObject({
        attempts: MAX_ATTEMPTS,
        lastError: 'Error: SES svarer ikke',
      });

      const council = (await (
        await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Rådet uten e-posttjeneste' } })
      ).json()) as { council: { id: string } };
      await moderation.api(`/api/moderation/councils/${council.council.id}`, {
        method: 'PATCH',
        json: { contactEmail: 'radet@example.no' },
      });
      await moderation.api('/api/moderation/articles/syn', {
        method: 'PUT',
        json: { source: await readFile('content/articles/syn.mdx', 'utf8'), version: 0 },
      });
      const asked = await moderation.api('/api/moderation/articles/syn/reviews', {
        method: 'POST',
        json: { version: 1, councils: [council.council.id], deadline: '2099-12-31' },
      });
      expect(asked.status).toBe(201);
    } finally {
      if (working) context.mail = working;
    }
  });

  it('keeps no address once a mail is sent', async () => {
    const sent = (await (await moderation.api('/api/moderation/mail?state=sent')).json()) as { items: Record<string, unknown>[] };
    expect(sent.items.length).toBeGreaterThan(0);
    for (const mail of sent.items) expect(mail).not.toHaveProperty('to');
  });
});
