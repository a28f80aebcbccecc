import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeSite, writeSearchSite } from '../../fixtures/search-site.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
let sitePages: string;
let nextClient = 0;
/** A fresh client address (the trusted proxy header), so each test counts from nothing. */
const newClient = () => `203.0.113.${(nextClient += 1)}`;

beforeAll(async () => {
  sitePages = writeSearchSite();
  moderation = await startModerationServer({
    distDir: sitePages,
    env: { SUGGESTION_RATE_LIMIT: '60', CLIENT_ADDRESS_HEADER: 'x-client-address' },
  });
});

afterAll(async () => {
  await moderation?.close();
  removeSite(sitePages);
});

const rightCode = () => moderation.server.demoCouncilCode;
/** A wrong code whose first group (its prefix) is `prefix`. */
const wrongCode = (prefix: string, index: number) => `${prefix}-${String(index).padStart(4, '0')}-ZZZZ`;
/** Ten prefixes that are not the right code's. */
const otherPrefix = (index: number) => `Q${'RSTVWXYZAB'[index]}${'RSTVWXYZAB'[(index + nextClient) % 10]}Q`;

const councilList = (code: string, client: string) =>
  moderation.api('/api/council/suggestions', { token: null, headers: { authorization: `Council ${code}`, 'x-client-address': client } });

describe('guessing council codes', () => {
  it('refuses a client after ten wrong codes with 429 and a Norwegian message, even its next right one, before any lookup', async () => {
    const client = newClient();
    for (let guess = 0; guess < 10; guess += 1) expect((await councilList(wrongCode(otherPrefix(guess), guess), client)).status).toBe(401);
    const refused = await councilList(rightCode(), client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      error: { code: 'council-code-guesses', message: expect.stringContaining('for mange feil rådskoder den siste timen') },
    });
    // Another client with the right code is not held back.
    expect((await councilList(rightCode(), newClient())).status).toBe(200);
  });

  it('refuses every client for a code prefix after ten wrong codes starting with it, the right code too', async () => {
    const created = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Rådet som blir gjettet på' } });
    const { code } = (await created.json()) as { code: string };
    const prefix = code.slice(0, 4);
    for (let guess = 0; guess < 10; guess += 1) expect((await councilList(wrongCode(prefix, guess), newClient())).status).toBe(401);
    expect((await councilList(wrongCode(prefix, 99), newClient())).status).toBe(429);
    expect((await councilList(code, newClient())).status).toBe(429);
    // Codes with another prefix are still looked up.
    expect((await councilList(wrongCode(prefix === 'HHHH' ? 'JJJJ' : 'HHHH', 1), newClient())).status).toBe(401);
  });

  it('never counts a right code', async () => {
    const client = newClient();
    for (let use = 0; use < 15; use += 1) expect((await councilList(rightCode(), client)).status).toBe(200);
  });

  it('applies on every route that checks a code, in the header or a form', async () => {
    const client = newClient();
    for (let guess = 0; guess < 10; guess += 1) await councilList(wrongCode(otherPrefix(guess), guess), client);
    const headers = { authorization: 'Council WXYZ-0000-0000', 'x-client-address': client };
    for (const path of ['/api/council/reviews', '/api/council/reviews/sykehjem.1'])
      expect((await moderation.api(path, { token: null, headers })).status, path).toBe(429);
    const statement = await moderation.api('/api/council/reviews/sykehjem.1/statement', {
      method: 'POST',
      token: null,
      headers,
      json: { verdict: 'recommend' },
    });
    expect(statement.status).toBe(429);

    const asForm = (fields: Record<string, string>) => ({
      method: 'POST',
      token: null,
      redirect: 'manual' as const,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-client-address': client },
      body: new URLSearchParams(fields).toString(),
    });
    for (const path of ['/api/council/page', '/api/council/page/review', '/api/council/page/statement']) {
      const page = await moderation.api(path, asForm({ code: 'WXYZ-0000-0000', review: 'sykehjem.1', verdict: 'recommend' }));
      expect(page.status, path).toBe(429);
      const html = await page.text();
      // The page again, with the reason beside the field and the code kept.
      expect(html).toContain('for mange feil rådskoder');
      expect(html).toContain('value="WXYZ-0000-0000"');
    }

    const suggestion = { kind: 'question', text: 'Rådet spør om ledsagerbevis.', councilCode: 'WXYZ-0000-0000' };
    const json = await moderation.api('/api/suggestions', {
      method: 'POST',
      token: null,
      headers: { 'x-client-address': client },
      json: suggestion,
    });
    expect(json.status).toBe(429);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('council-code-guesses');
    const form = await moderation.api('/api/suggestions', asForm(suggestion));
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/foresla/?feil=for-mange-koder#feil-for-mange-koder');
  });
});
