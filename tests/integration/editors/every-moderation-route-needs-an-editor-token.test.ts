import { generateKeyPair, SignJWT } from 'jose';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../../tools/local/editor-key.ts';
import { routes } from '../../../functions/routes.ts';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';
import { builtSite } from '../../fixtures/search-site.ts';
import { serverDirFor } from '../../../src/core/rendered-pages.ts';
import { councilAdmin } from '../../../functions/councils/council-admin.ts';

let moderation: ModerationServer;
let orderId: string;
/** A request to post the book, as the form sends it (and as an editor writes one down). */
const anOrder = { name: 'Per Olsen', address: 'Storgata 1', postcode: '3520', town: 'Jevnaker', edition: 'large' };
let suggestionId: string;
let councilId: string;
let publicationId: string;
let sykehjem: string;
let reviewCouncilId: string;
let feedbackEntry: { page: string; createdAt: string; id: string };
let grunnbelop: object;
const tokens: Record<string, string | null> = {};

const editorRoutes = routes.filter((route) => route.auth === 'editor');

beforeAll(async () => {
  moderation = await startModerationServer({
    distDir: builtSite,
    // A publication's site gets the built server renderer beside it, as a real build makes one.
    buildSite: async (_book, outDir) => {
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, 'index.html'), 'forside');
      await symlink(serverDirFor(builtSite), serverDirFor(outDir), 'dir');
    },
  });
  sykehjem = await readFile('content/articles/sykehjem.mdx', 'utf8');
  grunnbelop = ((await (await moderation.api('/api/moderation/facts/grunnbelop')).json()) as { value: object }).value;
  await moderation.api('/api/moderation/articles/syn', {
    method: 'PUT',
    json: { source: await readFile('content/articles/syn.mdx', 'utf8'), version: 0 },
  });
  publicationId = (
    await moderation.server.context.articles!.createPublication({ id: 'publication-1', items: [], skipped: [], actor: 'Kari' })
  ).publication.id;
  suggestionId = await submit(moderation, {
    kind: 'question',
    text: 'Hvem betaler for trygghetsalarmen?',
    contact: { email: 'ola@example.no' },
  });
  councilId = (await councilAdmin(moderation.server.context).listCouncils())[0]!.id;
  // A council asked about «syn» version 1 that has answered: the review routes' subject.
  const reviewCouncil = (await (
    await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet for uttalelser' } })
  ).json()) as { council: { id: string }; code: string };
  reviewCouncilId = reviewCouncil.council.id;
  await moderation.api('/api/moderation/articles/syn/reviews', {
    method: 'POST',
    json: { version: 1, councils: [reviewCouncilId], deadline: '2099-12-31' },
  });
  await moderation.api('/api/council/reviews/syn.1/statement', {
    method: 'POST',
    token: null,
    headers: { authorization: `Council ${reviewCouncil.code}` },
    json: { verdict: 'recommend', text: 'Godt skrevet.' },
  });
  await moderation.api('/api/feedback', {
    method: 'POST',
    token: null,
    json: { page: '/sykehjem/', useful: false, comment: 'Savner prisen.' },
  });
  const order = (await (
    await moderation.api('/api/orders', { method: 'POST', token: null, json: { ...anOrder, edition: 'short' } })
  ).json()) as { id: string };
  orderId = order.id;
  const { items } = await moderation.server.context.feedback!.listPageFeedback('/sykehjem/', { limit: 1 });
  feedbackEntry = { page: items[0]!.page, createdAt: items[0]!.createdAt, id: items[0]!.id };

  const valid = await moderation.token();
  const [head, body, signature] = valid.split('.');
  const { privateKey } = await generateKeyPair('RS256');
  tokens['no token'] = null;
  tokens['a malformed token'] = 'this-is-not-a-jwt';
  tokens['an altered signature'] = `${head}.${body}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
  tokens['an expired token'] = await moderation.token({ expiresInSeconds: -300 });
  tokens['a token from another key'] = await new SignJWT({ 'cognito:groups': ['editors'] })
    .setProtectedHeader({ alg: 'RS256', kid: moderation.key.kid })
    .setSubject('mallory')
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKey);
  tokens['a non-editor'] = await moderation.token({ groups: ['readers'] });
});

afterAll(() => moderation?.close());

function pathFor(path: string): string {
  if (path.includes('/orders/')) return path.replace('{id}', orderId);
  if (path.includes('/facts/')) return path.replace('{id}', 'grunnbelop');
  if (path.includes('/reviews')) return path.replace('{slug}', 'syn').replace('{id}', `1.${reviewCouncilId}`);
  return path
    .replace('{slug}', 'sykehjem')
    .replace('{id}', path.includes('/councils/') ? councilId : path.includes('/publish/') ? publicationId : suggestionId);
}

function requestFor(route: (typeof editorRoutes)[number]): RequestInit & { json?: unknown } {
  if (route.path.includes('/reviews'))
    return route.method === 'PATCH'
      ? { method: 'PATCH', json: { public: true } }
      : route.method === 'POST'
        ? { method: 'POST', json: { version: 1, councils: [reviewCouncilId], deadline: '2099-12-31' } }
        : { method: route.method };
  if (route.path.endsWith('/feedback/entry')) return { method: 'PATCH', json: { ...feedbackEntry, handled: true } };
  if (route.method === 'PATCH' && route.path.includes('/councils/'))
    return { method: 'PATCH', json: { contactEmail: 'eldreradet@example.no' } };
  if (route.method === 'PATCH') return { method: 'PATCH', json: { version: 1, note: 'Sjekket' } };
  if (route.method === 'POST' && route.path === '/api/moderation/suggestions')
    return { method: 'POST', json: { channel: 'phone', kind: 'question', text: 'Innringer spør om trygghetsalarm.' } };
  if (route.method === 'POST' && route.path.endsWith('/councils'))
    return { method: 'POST', json: { name: 'Rådet for personer med funksjonsnedsettelse' } };
  if (route.method === 'PUT' && route.path.includes('/facts/')) return { method: 'PUT', json: { value: grunnbelop, version: 0 } };
  if (route.method === 'PUT') return { method: 'PUT', json: { source: sykehjem, version: 0 } };
  if (route.method === 'POST' && route.path === '/api/moderation/orders') return { method: 'POST', json: { ...anOrder, channel: 'phone' } };
  if (route.path.endsWith('/articles/preview')) return { method: 'POST', json: { source: sykehjem, slug: 'sykehjem' } };
  if (route.path.endsWith('/feedback/page')) return { method: route.method };
  return { method: route.method };
}

const query = (path: string) => (path.endsWith('/feedback/page') ? '?page=/sykehjem/' : '');

describe('authorization of every moderation route', () => {
  it('covers every editor route in the manifest', () => {
    expect(editorRoutes.length).toBeGreaterThanOrEqual(13);
    expect(editorRoutes.every((route) => route.path.startsWith('/api/moderation/'))).toBe(true);
  });

  describe.each(editorRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_name, route) => {
    it.each(['no token', 'a malformed token', 'an altered signature', 'an expired token', 'a token from another key'])(
      'answers %s with 401 JSON',
      async (name) => {
        const response = await moderation.api(pathFor(route.path) + query(route.path), { ...requestFor(route), token: tokens[name]! });
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      },
    );

    it('answers a valid token without the editor group with 403 JSON', async () => {
      const response = await moderation.api(pathFor(route.path) + query(route.path), {
        ...requestFor(route),
        token: tokens['a non-editor']!,
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    });

    it('lets an editor through', async () => {
      const response = await moderation.api(pathFor(route.path) + query(route.path), requestFor(route));
      if (route.path.startsWith('/api/moderation/local-parts') || route.path.startsWith('/api/moderation/own-articles')) {
        // Local parts and a kommune's own articles exist only in a book of several kommuner: past the token, a kommune on its own is told so.
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found');
        return;
      }
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      const type = response.headers.get('content-type') ?? '';
      if (route.path.endsWith('/export')) expect(type).toMatch(/^text\/csv/);
      else if (route.path.endsWith('/articles/preview')) expect(type).toMatch(/^text\/html/);
      else if (response.status !== 204) expect(type).toMatch(/^application\/json/);
    });
  });
});
