import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '../../../functions/routes.ts';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../../../functions/shared/http.ts';
import { removeSite, writeSearchSite } from '../../fixtures/search-site.ts';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
let sitePages: string;
/** Real path parameters, so every route gets as far as reading its body. */
const params: Record<string, string> = { slug: 'sykehjem' };

beforeAll(async () => {
  sitePages = writeSearchSite();
  moderation = await startModerationServer({ distDir: sitePages });
  params.suggestion = await submit(moderation, { kind: 'question', text: 'Hvem hjelper meg med søknaden?' });
  const created = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Rådet som får dype svar' } });
  const council = (await created.json()) as { council: { id: string }; code: string };
  params.council = council.council.id;
  // A statement to make public, so the review's PATCH gets as far as its body.
  const source = await readFile('content/articles/sykehjem.mdx', 'utf8');
  await moderation.api('/api/moderation/articles/sykehjem', { method: 'PUT', json: { source, version: 0 } });
  await moderation.api('/api/moderation/articles/sykehjem/reviews', {
    method: 'POST',
    json: { version: 1, councils: [params.council], deadline: '2099-12-31' },
  });
  const stated = await moderation.api('/api/council/reviews/sykehjem.1/statement', {
    method: 'POST',
    token: null,
    headers: { authorization: `Council ${council.code}` },
    json: { verdict: 'recommend' },
  });
  expect(stated.status).toBe(200);
});

/** The path with real parameters for the kind of thing each names. */
function pathOf(route: Route): string {
  const id = route.path.startsWith('/api/moderation/suggestions')
    ? params.suggestion!
    : route.path.includes('councils')
      ? params.council!
      : route.path.startsWith('/api/moderation/articles')
        ? `1.${params.council!}`
        : route.path.startsWith('/api/moderation/facts')
          ? 'hjemmetjenesten'
          : 'sykehjem.1';
  return route.path.replace('{slug}', params.slug!).replace('{id}', id);
}

afterAll(async () => {
  await moderation?.close();
  removeSite(sitePages);
});

/** Bodies within the 16 KB limit, built to exhaust a recursive parser or anything that walks the value. */
const DEEP_BODIES: [name: string, body: string][] = [
  ['8 000 nested arrays', `${'['.repeat(8000)}${']'.repeat(8000)}`],
  ['14 000 opening brackets', '['.repeat(14_000)],
  ['nested objects in a field', `{"kind":"question","text":"Hvem hjelper meg?","contact":${'{"a":'.repeat(2500)}1${'}'.repeat(2500)}}`],
  ['one level too many', `${'['.repeat(MAX_BODY_DEPTH + 1)}${']'.repeat(MAX_BODY_DEPTH + 1)}`],
];

/** Routes that read no body: deleting, a new council code, «Send nå» for the councils' monthly e-mail and marking a book order sent. */
const NO_BODY = new Set([
  'DELETE /api/moderation/suggestions/{id}/contact',
  'DELETE /api/moderation/councils/{id}/code',
  'POST /api/moderation/councils/{id}/code',
  'POST /api/moderation/insight/digest',
  'POST /api/moderation/orders/{id}/sent',
]);
const name = (route: Route) => `${route.method} ${route.path}`;
const bodyRoutes = routes.filter((route) => route.method !== 'GET' && !NO_BODY.has(name(route)));

describe('a JSON body nested too deep', () => {
  it('reaches every route that reads a body', () => {
    expect(bodyRoutes.length).toBeGreaterThan(12);
  });

  describe.each(bodyRoutes.map((route) => [name(route), route] as const))('%s', (_name, route) => {
    it.each(DEEP_BODIES)('answers %s with a clear Norwegian 400', async (_body, body) => {
      const council = route.auth === 'council' ? { authorization: `Council ${moderation.server.demoCouncilCode}` } : {};
      const response = await moderation.api(pathOf(route), {
        method: route.method,
        headers: { 'content-type': 'application/json', ...council },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'too-deep', message: expect.stringContaining('for mange lag inni hverandre') },
      });
    });
  });

  it('is told apart from brackets inside strings and escaped quotes', () => {
    expect(nestsDeeperThan(JSON.stringify({ text: `${'['.repeat(100)}\\"{{{` }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: [[{ b: '"]]]"' }]] }), 4)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: [[{ b: '"]]]"' }]] }), 3)).toBe(true);
  });
});
