import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

/** Everything /api/public/answers may say about a suggestion. */
const PUBLIC_FIELDS = new Set(['id', 'kind', 'status', 'title', 'text', 'topic', 'council', 'answer', 'createdAt', 'answeredAt']);

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
