import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

/** Everything /api/public/answers may say about a suggestion. */
const PUBLIC_FIELDS = new Set([
  'id',
  'kind',
  'status',
  'title',
  'text',
  'topic',
  'council',
  'answer',
  'createdAt',
  'answeredAt',
  'changedPage',
]);

const contactArbitrary = fc.record({
  name: fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{3,12} [A-ZÆØÅ][a-zæøå]{3,12}$/),
  email: fc.stringMatching(/^[a-z]{6,12}\.[a-z]{6,12}@[a-z]{5,10}\.no$/),
  phone: fc.stringMatching(/^\+47 9\d{2} \d{2} \d{3}$/),
});

describe('public answers', () => {
  it('never contain contact data, whatever contact data was sent', async () => {
    const contacts = fc.sample(contactArbitrary, { numRuns: 12, seed: 2026 });
    for (const [index, contact] of contacts.entries()) {
      const id = await submit(moderation, { kind: 'question', text: `Spørsmål ${index}: hvem kan hjelpe med søknaden?`, contact });
      const steps = [
        { status: 'in-review' },
        { status: 'accepted', public: true, publicAnswer: `Svar ${index}: tildelingskontoret hjelper deg.` },
      ];
      for (const [version, step] of steps.entries()) {
        const response = await moderation.api(`/api/moderation/suggestions/${id}`, {
          method: 'PATCH',
          json: { ...step, version: version + 1 },
        });
        expect(response.status).toBe(200);
      }
    }

    const response = await moderation.api('/api/public/answers?limit=100', { token: null });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.text();
    const { items } = JSON.parse(body) as { items: Record<string, unknown>[] };
    expect(items).toHaveLength(contacts.length);
    for (const item of items) for (const key of Object.keys(item)) expect(PUBLIC_FIELDS, key).toContain(key);
    for (const contact of contacts) for (const value of Object.values(contact)) expect(body).not.toContain(value);
  });

  it('show only what editors made public', async () => {
    const hidden = await submit(moderation, { kind: 'question', text: 'Et spørsmål som ikke er besvart offentlig.' });
    const { items } = (await (await moderation.api('/api/public/answers?limit=100', { token: null })).json()) as {
      items: { id: string }[];
    };
    expect(items.map((item) => item.id)).not.toContain(hidden);
  });
});

describe("a sender's own words on the public answers", () => {
  /** Submits, answers publicly (plus `extra` in the last step) and returns what /api/public/answers says of it. */
  async function answeredPublicly(body: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const id = await submit(moderation, { kind: 'correction', topic: 'sykehjem', ...body });
    const steps = [{ status: 'in-review' }, { status: 'accepted', public: true, publicAnswer: 'Takk, vi har rettet siden.', ...extra }];
    for (const [version, step] of steps.entries()) {
      const response = await moderation.api(`/api/moderation/suggestions/${id}`, {
        method: 'PATCH',
        json: { ...step, version: version + 1 },
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }
    const { items } = (await (await moderation.api('/api/public/answers?limit=100', { token: null })).json()) as {
      items: Record<string, unknown>[];
    };
    return { id, shown: items.find((item) => item.id === id)! };
  }

  it('are never shown without the consent box ticked: only the kind, the answer and the page', async () => {
    const { shown } = await answeredPublicly({
      title: 'Min venninne på sykehjemmet',
      text: 'Min venninne måtte dele rom med en hun ikke kjente.',
    });
    expect(shown).toMatchObject({ kind: 'correction', answer: 'Takk, vi har rettet siden.', topic: 'sykehjem' });
    expect(shown).not.toHaveProperty('text');
    expect(shown).not.toHaveProperty('title');
  });

  it('are shown with consent, and as the editors shortened them when they did, while the original is kept', async () => {
    const original = 'Min venninne Astrid måtte dele rom med en hun ikke kjente på sykehjemmet i fjor.';
    const consented = await answeredPublicly({ title: 'Delte rom', text: original, publishText: true });
    expect(consented.shown).toMatchObject({ title: 'Delte rom', text: original });

    const { id, shown } = await answeredPublicly(
      { title: 'Astrid på sykehjemmet', text: original, publishText: true },
      { publicText: 'En beboer måtte dele rom med en hun ikke kjente.' },
    );
    expect(shown.text).toBe('En beboer måtte dele rom med en hun ikke kjente.');
    // The sender's heading could name someone too; the shortened text stands in for all of their words.
    expect(shown).not.toHaveProperty('title');
    const detail = (await (await moderation.api(`/api/moderation/suggestions/${id}`)).json()) as Record<string, unknown>;
    expect(detail).toMatchObject({ text: original, publicText: 'En beboer måtte dele rom med en hun ikke kjente.', publishText: true });
    const archive = (await (await moderation.api(`/api/moderation/suggestions/${id}/archive`)).json()) as {
      dokument: Record<string, unknown>;
      historikk: { hendelse: string }[];
    };
    expect(archive.dokument).toMatchObject({
      tekst: original,
      offentligTekst: 'En beboer måtte dele rom med en hun ikke kjente.',
      samtykkeTilVisning: true,
    });
    expect(archive.historikk.at(-1)!.hendelse).toContain('endret teksten som vises offentlig');
  });

  it('take the consent only from the box: a plain form post without it stores none', async () => {
    const form = new URLSearchParams({ kind: 'question', text: 'Hvem bestemmer om jeg får plass på sykehjem?' });
    const response = await fetch(`${moderation.server.url}/api/suggestions`, { method: 'POST', body: form, redirect: 'manual' });
    const id = new URL(response.headers.get('location')!, moderation.server.url).searchParams.get('id')!;
    expect((await moderation.server.context.storage.getSuggestion(id))?.publishText).toBeUndefined();
    form.set('publishText', 'ja');
    form.set('text', 'Hvem bestemmer om jeg får plass på sykehjem? (med samtykke)');
    const ticked = await fetch(`${moderation.server.url}/api/suggestions`, { method: 'POST', body: form, redirect: 'manual' });
    const tickedId = new URL(ticked.headers.get('location')!, moderation.server.url).searchParams.get('id')!;
    expect((await moderation.server.context.storage.getSuggestion(tickedId))?.publishText).toBe(true);
  });
});
