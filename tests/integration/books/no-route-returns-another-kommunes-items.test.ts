import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '../../../functions/routes.ts';
import { quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';
import { builtSite } from '../../fixtures/search-site.ts';
import { serverDirFor } from '../../../src/core/rendered-pages.ts';

/**
 * One API serves every kommune of the Levanger–Verdal book. Levanger's items – a suggestion with
 * its contact, a page comment, a council with its code and its statement on a text under review,
 * a fact edit, its text in a national article's slot (a local part), an order, a searched word – are made through Levanger's own requests; then every
 * route of functions/routes.ts is called as Verdal (a Verdal editor, a Verdal council code), with
 * Levanger's ids in the address wherever a route takes one, and no answer may carry any of them.
 */
const BOOK = 'content/books/levanger-verdal.json';
/** In every text Levanger writes, so any answer that carries one of them is caught. */
const MARK = 'LVG7311';

const KOMMUNER = ['levanger', 'verdal'];

let moderation: ModerationServer;
let bookDist: string;
let verdalCouncilCode: string;
const levanger = {
  suggestionId: '',
  reference: '',
  councilId: '',
  councilCode: '',
  orderId: '',
  feedbackId: '',
};

/** `path` for `kommune`: the query parameter every request of a book names its kommune with. */
const inKommune = (path: string, kommune: string) => `${path}${path.includes('?') ? '&' : '?'}kommune=${kommune}`;

/**
 * The editor of each kommune's requests: Levanger's items are made by the national editor (who also
 * sends the national text for review), and the walk is made as a Verdal editor, who may act for Verdal only.
 */
const editorTokens: Record<string, string> = {};

const api = (kommune: string, path: string, init: Parameters<ModerationServer['api']>[1] = {}) =>
  moderation.api(inKommune(path, kommune), { ...(editorTokens[kommune] ? { token: editorTokens[kommune] } : {}), ...init });

async function created<T>(response: Response): Promise<T> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The built site as each kommune's part of a built book (dist/<kommune>/, its renderer in dist-server/<kommune>/), so the API's pages are drawn. */
function bookOfBuiltSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'abc-book-dist-'));
  mkdirSync(serverDirFor(dir));
  for (const kommune of KOMMUNER) {
    symlinkSync(builtSite, join(dir, kommune), 'dir');
    symlinkSync(serverDirFor(builtSite), join(serverDirFor(dir), kommune), 'dir');
  }
  return dir;
}

beforeAll(async () => {
  bookDist = bookOfBuiltSite();
  moderation = await startModerationServer({
    distDir: bookDist,
    env: { SUGGESTION_RATE_LIMIT: '0', BOOK_CONFIG: BOOK },
    buildSite: quickBuild,
    publishingClock: false,
  });
  verdalCouncilCode = moderation.server.demoCouncilCodes.verdal!;
  editorTokens.levanger = await moderation.token({ name: 'Nina Nasjonal', groups: ['editors-national'] });
  editorTokens.verdal = await moderation.token({ name: 'Vera Verdal', groups: ['editors-verdal'] });

  const suggestion = await created<{ id: string; reference: string }>(
    await api('levanger', '/api/suggestions', {
      method: 'POST',
      token: null,
      json: { kind: 'question', text: `Hvem betaler trygghetsalarmen? ${MARK}`, contact: { email: `${MARK.toLowerCase()}@example.no` } },
    }),
  );
  levanger.suggestionId = suggestion.id;
  levanger.reference = suggestion.reference;

  await created(
    await api('levanger', '/api/feedback', {
      method: 'POST',
      token: null,
      json: { page: '/sykehjem/', useful: false, comment: `Savner prisen ${MARK}.` },
    }),
  );
  const feedback = await created<{ items: { id: string }[] }>(await api('levanger', '/api/moderation/feedback/page?page=/sykehjem/'));
  levanger.feedbackId = feedback.items[0]!.id;

  const council = await created<{ council: { id: string }; code: string }>(
    await api('levanger', '/api/moderation/councils', { method: 'POST', json: { name: `Eldrerådet ${MARK}` } }),
  );
  levanger.councilId = council.council.id;
  levanger.councilCode = council.code;

  // A text under review, asked of Levanger's council, and its statement.
  await created(
    await api('levanger', '/api/moderation/articles/syn', {
      method: 'PUT',
      json: { source: await readFile('content/articles/syn.mdx', 'utf8'), version: 0 },
    }),
  );
  await created(
    await api('levanger', '/api/moderation/articles/syn/reviews', {
      method: 'POST',
      json: { version: 1, councils: [levanger.councilId], deadline: '2099-12-31', reason: `Ny tekst ${MARK}` },
    }),
  );
  await created(
    await api('levanger', '/api/council/reviews/syn.1/statement', {
      method: 'POST',
      token: null,
      headers: { authorization: `Council ${levanger.councilCode}` },
      json: { verdict: 'recommend', text: `Godt skrevet ${MARK}.` },
    }),
  );

  // Levanger's own fact: a new revision of a fact, which only Levanger's facts desk has.
  const fact = await created<{ value: object; version: number }>(await api('levanger', '/api/moderation/facts/grunnbelop'));
  await created(
    await api('levanger', '/api/moderation/facts/grunnbelop', { method: 'PUT', json: { value: fact.value, version: fact.version } }),
  );

  // Levanger's own paragraph in the national article «sykehjem»'s slot «tildeling».
  await created(
    await api('levanger', '/api/moderation/local-parts/sykehjem/tildeling', {
      method: 'PUT',
      json: { text: `Søk hos tildelingskontoret ${MARK}.`, date: '2026-12-07', version: 0 },
    }),
  );

  const order = await created<{ id: string }>(
    await api('levanger', '/api/orders', {
      method: 'POST',
      token: null,
      json: { name: `Per ${MARK}`, address: `Storgata 1 ${MARK}`, postcode: '7600', town: 'Levanger', edition: 'large' },
    }),
  );
  levanger.orderId = order.id;

  await api('levanger', '/api/insight/search', { method: 'POST', token: null, json: { q: MARK.toLowerCase(), results: 0 } });
});

afterAll(async () => {
  await moderation?.close();
  rmSync(bookDist, { recursive: true, force: true });
  rmSync(serverDirFor(bookDist), { recursive: true, force: true });
});

/** Everything of Levanger's that an answer to Verdal must never carry. */
const levangerTraces = () => [MARK, MARK.toLowerCase(), ...Object.values(levanger)];

/** The route's address with Levanger's ids wherever it takes one, and the query it needs. */
function addressFor(route: Route): string {
  const path = route.path
    .replace('{reference}', encodeURIComponent(levanger.reference))
    .replace('{slug}', route.path.includes('/local-parts/') ? 'sykehjem' : 'syn')
    .replace('{slot}', 'tildeling')
    .replace(
      '{id}',
      route.path.includes('/orders/')
        ? levanger.orderId
        : route.path.includes('/facts/')
          ? 'grunnbelop'
          : route.path.includes('/reviews/')
            ? `1.${levanger.councilId}`
            : route.path.includes('/councils/')
              ? levanger.councilId
              : route.path.includes('/publish/')
                ? 'publication-1'
                : levanger.suggestionId,
    );
  if (route.path === '/api/folg') return `${path}?referanse=${encodeURIComponent(levanger.reference)}`;
  if (route.path === '/api/foresla/takk') return `${path}?id=${levanger.suggestionId}`;
  if (route.path === '/api/sok') return `${path}?q=trygghetsalarm`;
  if (route.path.endsWith('/feedback/page')) return `${path}?page=/sykehjem/`;
  return path;
}

/** Routes whose address names one of Levanger's own items (not a shared article, fact or publication). */
const namesLevangerItem = (route: Route) =>
  /\{(id|reference)\}/.test(route.path) &&
  !route.path.includes('/facts/') &&
  !route.path.includes('/publish/') &&
  !route.path.includes('/code');

/** A request each route accepts, made of Levanger's ids where it names an item; as Verdal's council where the route is a council's. */
function requestFor(route: Route, councilCode: string): Parameters<ModerationServer['api']>[1] {
  const council = route.auth === 'council' ? { token: null, headers: { authorization: `Council ${councilCode}` } } : {};
  if (route.path.startsWith('/api/council/page')) {
    const fields = route.path.endsWith('/statement')
      ? { code: councilCode, review: 'syn.1', verdict: 'recommend', text: 'Greit.' }
      : route.path.endsWith('/review')
        ? { code: councilCode, review: 'syn.1' }
        : { code: councilCode };
    return {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    };
  }
  if (route.path.endsWith('/statement')) return { ...council, method: 'POST', json: { verdict: 'recommend', text: 'Greit.' } };
  if (route.path.endsWith('/feedback/entry'))
    return { method: 'PATCH', json: { page: '/sykehjem/', createdAt: '2026-01-01T00:00:00.000Z', id: levanger.feedbackId, handled: true } };
  if (route.method === 'PATCH' && route.path.includes('/reviews/')) return { method: 'PATCH', json: { seen: true } };
  if (route.method === 'PATCH' && route.path.includes('/councils/')) return { method: 'PATCH', json: { contactEmail: 'rad@example.no' } };
  if (route.method === 'PATCH') return { method: 'PATCH', json: { version: 1, note: 'Sjekket' } };
  if (route.method === 'POST' && route.path === '/api/suggestions')
    return { method: 'POST', token: null, json: { kind: 'question', text: 'Hvem betaler trygghetsalarmen i Verdal?' } };
  if (route.method === 'POST' && route.path === '/api/feedback')
    return { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true } };
  if (route.method === 'POST' && route.path === '/api/orders')
    return {
      method: 'POST',
      token: null,
      json: { name: 'Kari Olsen', address: 'Storgata 2', postcode: '7650', town: 'Verdal', edition: 'large' },
    };
  if (route.method === 'POST' && route.path === '/api/insight/search')
    return { method: 'POST', token: null, json: { q: 'rullator', results: 1 } };
  if (route.method === 'POST' && route.path === '/api/moderation/suggestions')
    return { method: 'POST', json: { channel: 'phone', kind: 'question', text: 'Innringer spør om trygghetsalarm.' } };
  if (route.method === 'POST' && route.path.endsWith('/councils')) return { method: 'POST', json: { name: 'Eldrerådet i Verdal' } };
  if (route.method === 'POST' && route.path.endsWith('/reviews'))
    return { method: 'POST', json: { version: 1, councils: [levanger.councilId], deadline: '2099-12-31' } };
  if (route.method === 'POST' && route.path === '/api/moderation/orders')
    return {
      method: 'POST',
      json: { name: 'Kari Olsen', address: 'Storgata 2', postcode: '7650', town: 'Verdal', edition: 'large', channel: 'phone' },
    };
  if (route.path.endsWith('/articles/preview')) return { method: 'POST', json: { source: '# Syn\n\nTekst.', slug: 'syn' } };
  if (route.method === 'PUT' && route.path.includes('/facts/')) return { method: 'PUT', json: { value: {}, version: 0 } };
  if (route.method === 'PUT' && route.path.includes('/local-parts/'))
    return { method: 'PUT', json: { text: 'Søk hos tildelingskontoret i Verdal.', date: '2026-12-07', version: 0 } };
  if (route.method === 'PUT') return { method: 'PUT', json: { source: '# Syn', version: 0 } };
  if (route.path === '/api/moderation/publish') return { method: 'POST', json: { slugs: [] } };
  return { ...council, method: route.method };
}

describe('a book of several kommuner', () => {
  it('shows Levanger its own items, so the walk below would see them if Verdal got them', async () => {
    const [queue, suggestion, comments, councils, orders, reviews, localParts] = await Promise.all([
      api('levanger', '/api/moderation/suggestions?status=new').then((response) => response.text()),
      api('levanger', `/api/moderation/suggestions/${levanger.suggestionId}`).then((response) => response.text()),
      api('levanger', '/api/moderation/feedback/page?page=/sykehjem/').then((response) => response.text()),
      api('levanger', '/api/moderation/councils').then((response) => response.text()),
      api('levanger', '/api/moderation/orders').then((response) => response.text()),
      api('levanger', '/api/moderation/articles/syn/reviews').then((response) => response.text()),
      api('levanger', '/api/moderation/local-parts').then((response) => response.text()),
    ]);
    for (const text of [queue, suggestion, comments, councils, orders, reviews, localParts]) expect(text).toContain(MARK);
    expect(suggestion).toContain(`${MARK.toLowerCase()}@example.no`);
    const followed = await api('levanger', `/api/public/suggestions/${encodeURIComponent(levanger.reference)}`, { token: null });
    expect(followed.status).toBe(200);
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    'answers %s as Verdal with nothing of Levanger’s',
    async (_name, route) => {
      const address = addressFor(route);
      const request = requestFor(route, verdalCouncilCode);
      const response = await api('verdal', address, request);
      const text = await response.text();
      // What the request sent itself may come back (a reference typed on «Følg forslaget», kept in its field); nothing else may.
      const sent = `${address} ${String(request?.body ?? '')} ${JSON.stringify(request?.json ?? '')}`;
      for (const trace of levangerTraces().filter((trace) => !sent.includes(trace)))
        expect(text, `${route.method} ${route.path} (${response.status})`).not.toContain(trace);
      // A Levanger item named in the address is not found in Verdal.
      if (namesLevangerItem(route)) expect(response.status, `${route.method} ${route.path}`).toBe(404);
    },
  );

  it('left every Levanger item as it was after Verdal’s requests named them', async () => {
    const suggestion = (await (await api('levanger', `/api/moderation/suggestions/${levanger.suggestionId}`)).json()) as {
      status: string;
      contact?: { email?: string };
    };
    expect(suggestion).toMatchObject({ status: 'new', contact: { email: `${MARK.toLowerCase()}@example.no` } });
    const orders = await (await api('levanger', '/api/moderation/orders')).text();
    expect(orders).toContain(`Storgata 1 ${MARK}`);
    const councils = (await (await api('levanger', '/api/moderation/councils')).json()) as {
      items: { id: string; contactEmail?: string }[];
    };
    expect(councils.items.find((council) => council.id === levanger.councilId)).not.toHaveProperty('contactEmail');
  });

  it('refuses a Levanger council code on Verdal, on every route that takes a council code', async () => {
    for (const route of routes.filter((candidate) => candidate.auth === 'council')) {
      const response = await api('verdal', addressFor(route), requestFor(route, levanger.councilCode));
      const text = await response.text();
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      for (const trace of levangerTraces().filter((trace) => trace !== levanger.councilCode))
        expect(text, `${route.method} ${route.path}`).not.toContain(trace);
    }
  });

  it('refuses every request that names no kommune, or one the book does not have', async () => {
    for (const route of routes) {
      const request = requestFor(route, verdalCouncilCode);
      const none = await moderation.api(addressFor(route), request);
      expect(none.status, `${route.method} ${route.path}`).toBe(400);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('kommune-missing');
      const unknown = await moderation.api(inKommune(addressFor(route), 'jevnaker'), request);
      expect(unknown.status, `${route.method} ${route.path}`).toBe(400);
    }
  });
});
