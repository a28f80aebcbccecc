import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishArticle, quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: quickBuild });
});

afterAll(() => moderation?.close());

/** Everything GET /api/public/suggestions/{reference} may say. */
const ALLOWED = new Set(['reference', 'status', 'kind', 'createdAt', 'answer', 'page']);

const word = fc.stringMatching(/^[a-zæøå]{5,10}$/);
const suggestionArbitrary = fc.record({
  kind: fc.constantFrom('new-topic', 'correction', 'question'),
  text: fc.array(word, { minLength: 3, maxLength: 8 }).map((words) => `Tekst ${words.join(' ')} slutt`),
  title: fc.option(
    word.map((value) => `Tittel ${value}`),
    { nil: undefined },
  ),
  topic: fc.option(fc.constantFrom('sykehjem', 'fastlege'), { nil: undefined }),
  contact: fc.option(
    fc.record({
      name: fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{3,12} [A-ZÆØÅ][a-zæøå]{3,12}$/),
      email: fc.stringMatching(/^[a-z]{6,12}\.[a-z]{6,12}@[a-z]{5,10}\.no$/),
      phone: fc.stringMatching(/^\+47 9\d{2} \d{2} \d{3}$/),
    }),
    { nil: undefined },
  ),
  /** The editors' steps, one PATCH each. */
  steps: fc.constantFrom(
    [],
    [{ status: 'in-review' }],
    [{ status: 'in-review' }, { status: 'accepted', publicAnswer: 'Vi retter siden.', public: true }],
    [{ status: 'in-review' }, { status: 'rejected', publicAnswer: 'Dette står allerede i boka.', public: true }],
    [{ status: 'in-review' }, { status: 'rejected', publicAnswer: 'Et svar som ikke er gjort offentlig.' }],
  ) as fc.Arbitrary<{ status: string; publicAnswer?: string; public?: boolean }[]>,
});

const follow = (reference: string) => moderation.api(`/api/public/suggestions/${encodeURIComponent(reference)}`, { token: null });

describe('following a suggestion by its reference', () => {
  it('shows status, kind, date and answer, and never the text, title or contact data of any suggestion', async () => {
    await fc.assert(
      fc.asyncProperty(suggestionArbitrary, async ({ steps, ...suggestion }) => {
        const sent = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: suggestion });
        expect(sent.status).toBe(201);
        const { id, reference } = (await sent.json()) as { id: string; reference: string };
        for (const [index, step] of steps.entries()) {
          const decided = await moderation.api(`/api/moderation/suggestions/${id}`, {
            method: 'PATCH',
            json: { version: index + 1, ...step },
          });
          expect(decided.status).toBe(200);
        }
        const decision = steps.at(-1);
        const response = await follow(reference);
        expect(response.status).toBe(200);
        const text = await response.text();
        const body = JSON.parse(text) as Record<string, unknown>;
        for (const key of Object.keys(body)) expect(ALLOWED, key).toContain(key);
        expect(body).toMatchObject({ reference, kind: suggestion.kind, status: decision?.status ?? 'new' });
        // An answer is readable by reference only when editors made it public: references are sequential.
        if (decision?.public) expect(body.answer).toBe(decision.publicAnswer);
        else expect(body).not.toHaveProperty('answer');
        expect(text).not.toContain(suggestion.text);
        if (suggestion.title) expect(text).not.toContain(suggestion.title);
        for (const value of Object.values(suggestion.contact ?? {})) expect(text).not.toContain(value);
      }),
      { numRuns: 25, seed: 13 },
    );
  });

  it('links the changed page once the change it led to is live', async () => {
    const sent = await moderation.api('/api/suggestions', {
      method: 'POST',
      token: null,
      json: { kind: 'correction', topic: 'fastlege', text: 'Bytte av fastlege mangler.' },
    });
    const { id, reference } = (await sent.json()) as { id: string; reference: string };
    expect(await (await follow(reference)).json()).not.toHaveProperty('page');
    await publishArticle(moderation, 'fastlege', { suggestionId: id });
    expect(await (await follow(reference)).json()).toMatchObject({ status: 'published', page: '/fastlege/' });
  });

  it('reads a reference as people type it', async () => {
    const sent = await moderation.api('/api/suggestions', {
      method: 'POST',
      token: null,
      json: { kind: 'question', text: 'Hvor søker jeg om plass?' },
    });
    const { reference } = (await sent.json()) as { reference: string };
    const spoken = reference.toLowerCase().replaceAll('-', ' ');
    const response = await follow(spoken);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { reference: string }).reference).toBe(reference);
  });

  it.each(['F-1999-9999', 'F-2026-0000', 'ikke en referanse', 'F-2026-42x', '../../etc'])(
    'answers 404 with the usual error body for %s',
    async (reference) => {
      const response = await follow(reference);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'not-found', message: expect.stringContaining('referansen') } });
    },
  );
});
