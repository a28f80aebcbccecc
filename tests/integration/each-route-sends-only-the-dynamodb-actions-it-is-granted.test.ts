/**
 * The CDK app grants each route's function exactly the DynamoDB actions its entry in
 * functions/routes.ts lists. Here every route is exercised on its successful paths, and every
 * action it sends over the wire must be on its list — so a new QueryCommand fails this test
 * locally instead of failing with AccessDenied in AWS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightDigest, mailRetry, routes, type Route } from '../../functions/routes.ts';
import { sendMonthlyDigests } from '../../functions/insight/digest.ts';
import { publishArticle, quickBuild, startModerationServer, submit, type ModerationServer } from './support/moderation-server.ts';
import { startRecordingStoreProxy, type RecordingStoreProxy } from './support/recording-store-proxy.ts';
import { removeSite, writeSearchSite } from '../fixtures/search-site.ts';
import { manualClock } from './support/test-storage.ts';

/** Seeding the route needs (not measured), then requests that succeed on the route (measured). */
type Scenario = { seed?: () => Promise<string>; send: (seeded: string) => Promise<Response[]> };

/** The handlers' clock: real time, moved on only for the scheduled mail run's reminders. */
const clock = manualClock(new Date().toISOString());
let proxy: RecordingStoreProxy;
let sitePages: string;
let moderation: ModerationServer;

const api: ModerationServer['api'] = (path, init) => moderation.api(path, init);
const newSuggestion = () =>
  submit(moderation, {
    kind: 'correction',
    topic: 'sykehjem',
    text: 'Prisen på sykehjem er endret i år.',
    contact: { email: 'kari@example.no' },
  });
const newCouncil = async () => {
  const response = await api('/api/moderation/councils', { method: 'POST', json: { name: `Rådet ${Math.random()}` } });
  return ((await response.json()) as { council: { id: string } }).council.id;
};
/** A council with a contact e-mail, asked about revision 1 of `slug`; resolves "<council id> <code>". */
const councilAsked = async (slug: string) => {
  const created = (await (await api('/api/moderation/councils', { method: 'POST', json: { name: `Rådet ${Math.random()}` } })).json()) as {
    council: { id: string };
    code: string;
  };
  await api(`/api/moderation/councils/${created.council.id}`, { method: 'PATCH', json: { contactEmail: 'rad@example.no' } });
  await saveGitText(slug);
  await api(`/api/moderation/articles/${slug}/reviews`, {
    method: 'POST',
    json: { version: 1, councils: [created.council.id], deadline: '2099-12-31' },
  });
  return `${created.council.id} ${created.code}`;
};
const asCouncil = (seeded: string) => ({ token: null, headers: { authorization: `Council ${seeded.split(' ')[1]}` } });
/** A plain HTML form post, as from /rad/ without JavaScript. */
const asForm = (fields: Record<string, string>) => ({
  method: 'POST',
  token: null,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const councilSuggestion = { kind: 'question', text: 'Fra rådet: hvem betaler?' };
const saveGitText = async (slug: string) =>
  api(`/api/moderation/articles/${slug}`, {
    method: 'PUT',
    json: { source: await readFile(`content/articles/${slug}.mdx`, 'utf8'), version: 0, note: 'Gjennomgått' },
  });
/** Saves a fact's seed value unchanged as its first revision. */
const saveSeedFact = async (id: string) => {
  const fact = (await (await api(`/api/moderation/facts/${id}`)).json()) as { value: object };
  return api(`/api/moderation/facts/${id}`, { method: 'PUT', json: { value: fact.value, version: 0, note: 'Kontrollert' } });
};
const publishedAndLive = async () => {
  await saveGitText('hjemmehjelp');
  const { id } = (await (await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['hjemmehjelp'] } })).json()) as {
    id: string;
  };
  await moderation.server.publishingIdle();
  await api(`/api/moderation/publish/${id}`);
  return id;
};

/** The recording proxy's address, in front of the first server's store. */
let proxied: string;
/** A second server, in a book of two kommuner (the local parts are a book's), on the same proxy and store; started on first use. */
let bookServer: Promise<ModerationServer> | undefined;
const inBook: ModerationServer['api'] = async (path, init) => {
  bookServer ??= startModerationServer({
    storeEndpoint: () => proxied,
    now: clock.now,
    buildSite: quickBuild,
    publishingClock: false,
    env: { BOOK_CONFIG: 'tests/fixtures/books/jevnaker-halden.json', BOOK_KOMMUNER: 'jevnaker,halden', SUGGESTION_RATE_LIMIT: '0' },
  });
  const server = await bookServer;
  // As Halden's editor (a role per kommune in a book), unless the caller brings a token.
  const token = init?.token === undefined ? await server.token({ name: 'Hanne Halden', groups: ['editors-halden'] }) : init.token;
  return server.api(`${path}${path.includes('?') ? '&' : '?'}kommune=halden`, { ...init, token });
};
/** Saves a new version of Halden's text in the national article «sykehjem»'s slot «tildeling». */
const saveLocalPart = async () => {
  const current = (await (await inBook('/api/moderation/local-parts?slug=sykehjem&slot=tildeling')).json()) as { version: number };
  return inBook('/api/moderation/local-parts/sykehjem/tildeling', {
    method: 'PUT',
    json: { text: 'Søk hos tildelingskontoret.', date: '2026-12-07', version: current.version },
  });
};

/** A kommune's own article `slug` (Halden's): a national text under another title and words of its own, so no alias is ambiguous. */
const saveOwnArticle = async (slug: string) => {
  const source = (await readFile('content/articles/fastlege.mdx', 'utf8'))
    .replace(/^title: .*$/m, `title: Prøveside ${slug}`)
    .replace(/^aliases: .*$/m, `aliases: [${slug} en, ${slug} to, ${slug} tre]`);
  return inBook(`/api/moderation/own-articles/${slug}`, { method: 'PUT', json: { source, version: 0 } });
};

const scenarios: Record<string, Scenario> = {
  'POST /api/suggestions': {
    send: async () => [
      await api('/api/suggestions', {
        method: 'POST',
        token: null,
        json: { kind: 'question', text: 'Hvem betaler for trygghetsalarmen?', contact: { phone: '12345678' } },
      }),
      await api('/api/suggestions', {
        method: 'POST',
        token: null,
        json: { ...councilSuggestion, councilCode: moderation.server.demoCouncilCode },
        headers: { 'idempotency-key': `k-${Math.random()}` },
      }),
    ],
  },
  'POST /api/feedback': {
    send: async () => {
      const answered = await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true } });
      const { answer } = (await answered.clone().json()) as { answer: string };
      return [
        answered,
        await api('/api/feedback', {
          method: 'POST',
          token: null,
          json: { page: '/sykehjem/', useful: true, comment: 'Savner pris.', answer },
        }),
        await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: false, comment: 'Savner pris.' } }),
      ];
    },
  },
  'POST /api/orders': {
    send: async () => {
      const body = { name: 'Ingrid Hansen', address: 'Storgata 1', postcode: '3520', town: 'Jevnaker', edition: 'short' };
      const keyed = { 'idempotency-key': `k-${Math.random()}` };
      return [
        await api('/api/orders', { method: 'POST', token: null, json: body, headers: keyed }),
        // The same request again: found, not stored twice.
        await api('/api/orders', { method: 'POST', token: null, json: body, headers: keyed }),
        // The plain form: 303 to the thank-you page, not followed (the fixture site has none).
        await api('/api/orders', { ...asForm({ ...body, name: 'Per Olsen', edition: 'largeShort' }), redirect: 'manual' }),
      ];
    },
  },
  'GET /api/sok': { send: async () => [await api('/api/sok?q=sykehjem+pris', { token: null })] },
  'GET /api/health': { send: async () => [await api('/api/health', { token: null })] },
  'GET /api/public/answers': { send: async () => [await api('/api/public/answers', { token: null })] },
  'GET /api/public/suggestions/{reference}': {
    seed: async () => {
      const response = await api('/api/suggestions', {
        method: 'POST',
        token: null,
        json: { kind: 'question', text: 'Når får jeg svar på søknaden?' },
      });
      return ((await response.json()) as { reference: string }).reference;
    },
    send: async (reference) => [await api(`/api/public/suggestions/${reference}`, { token: null })],
  },
  'GET /api/foresla/takk': {
    seed: newSuggestion,
    send: async (id) => [await api(`/api/foresla/takk?id=${id}`, { token: null })],
  },
  'GET /api/folg': {
    seed: async () => {
      const response = await api('/api/suggestions', {
        method: 'POST',
        token: null,
        json: { kind: 'question', text: 'Hvem kan hjelpe meg med søknaden?' },
      });
      return ((await response.json()) as { reference: string }).reference;
    },
    send: async (reference) => [await api(`/api/folg?referanse=${reference}`, { token: null })],
  },
  'POST /api/insight/search': {
    send: async () => [
      await api('/api/insight/search', { method: 'POST', token: null, json: { q: 'rullator', results: 0 } }),
      await api('/api/insight/search', { method: 'POST', token: null, json: { q: 'sykehjem', results: 3 } }),
      await api('/api/insight/search', { method: 'POST', token: null, json: { q: 'sykehjem', results: 3, opened: true } }),
      // A browser's ping from the results page without JavaScript.
      await api('/api/insight/search?q=sykehjem', { method: 'POST', token: null, headers: { 'content-type': 'text/ping' }, body: 'PING' }),
    ],
  },
  'GET /api/council/insight': {
    send: async () => [
      await api('/api/council/insight', { token: null, headers: { authorization: `Council ${moderation.server.demoCouncilCode}` } }),
    ],
  },
  'GET /api/moderation/insight': {
    seed: async () => {
      await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: false } });
      await newSuggestion();
      return '';
    },
    send: async () => [await api('/api/moderation/insight'), await api('/api/moderation/insight?from=2026-01-01&to=2026-12-31')],
  },
  'GET /api/moderation/insight/weeks': { send: async () => [await api('/api/moderation/insight/weeks')] },
  'POST /api/moderation/insight/digest': {
    seed: async () => {
      const id = await newCouncil();
      await api(`/api/moderation/councils/${id}`, { method: 'PATCH', json: { contactEmail: 'innsikt@example.no' } });
      return id;
    },
    send: async () => [await api('/api/moderation/insight/digest', { method: 'POST' })],
  },
  'GET /api/council/suggestions': {
    send: async () => [
      await api('/api/council/suggestions?limit=5', {
        token: null,
        headers: { authorization: `Council ${moderation.server.demoCouncilCode}` },
      }),
    ],
  },
  'POST /api/council/page': {
    seed: () => councilAsked('trygghetsalarm'),
    send: async (seeded) => [await api('/api/council/page', asForm({ code: seeded.split(' ')[1]! }))],
  },
  'POST /api/council/page/review': {
    seed: () => councilAsked('legevakt'),
    send: async (seeded) => [await api('/api/council/page/review', asForm({ code: seeded.split(' ')[1]!, review: 'legevakt.1' }))],
  },
  'POST /api/council/page/statement': {
    seed: () => councilAsked('legemidler'),
    send: async (seeded) => [
      await api(
        '/api/council/page/statement',
        asForm({ code: seeded.split(' ')[1]!, review: 'legemidler.1', verdict: 'recommend', text: '' }),
      ),
    ],
  },
  'POST /api/moderation/suggestions': {
    seed: newCouncil,
    send: async (councilId) => [
      await api('/api/moderation/suggestions', {
        method: 'POST',
        json: { channel: 'letter', kind: 'question', text: 'Brev om hvem som betaler for hjelpemidler.', contact: { name: 'Ola' } },
      }),
      await api('/api/moderation/suggestions', {
        method: 'POST',
        json: { channel: 'meeting', council: councilId, kind: 'new-topic', text: 'Rådet ønsker en side om matombringing.' },
      }),
    ],
  },
  'GET /api/moderation/suggestions': {
    seed: async () => {
      const response = await api('/api/suggestions', {
        method: 'POST',
        token: null,
        json: { kind: 'question', text: 'Hvem betaler for hjelpemidlene?' },
      });
      return ((await response.json()) as { reference: string }).reference;
    },
    send: async (reference) => [
      await api('/api/moderation/suggestions?status=new&limit=1'),
      await api('/api/moderation/suggestions?kind=question'),
      await api(`/api/moderation/suggestions?q=${reference}`),
      await api('/api/moderation/suggestions?status=new&q=hjelpemidlene'),
    ],
  },
  'GET /api/moderation/counts': { send: async () => [await api('/api/moderation/counts')] },
  'GET /api/moderation/suggestions/{id}': { seed: newSuggestion, send: async (id) => [await api(`/api/moderation/suggestions/${id}`)] },
  'PATCH /api/moderation/suggestions/{id}': {
    seed: () =>
      submit(moderation, {
        kind: 'correction',
        topic: 'sykehjem',
        text: 'Prisen på sykehjem er endret.',
        contact: { email: 'kari@example.no' },
        notify: true,
        councilCode: moderation.server.demoCouncilCode,
      }),
    send: async (id) => [
      await api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: { version: 1, status: 'in-review' } }),
      await api(`/api/moderation/suggestions/${id}`, {
        method: 'PATCH',
        json: { version: 2, status: 'rejected', public: true, publicAnswer: 'Prisen står nå i boka.' },
      }),
    ],
  },
  'DELETE /api/moderation/suggestions/{id}/contact': {
    seed: newSuggestion,
    send: async (id) => [await api(`/api/moderation/suggestions/${id}/contact`, { method: 'DELETE' })],
  },
  'GET /api/moderation/suggestions/{id}/draft': {
    seed: newSuggestion,
    send: async (id) => [await api(`/api/moderation/suggestions/${id}/draft`)],
  },
  'GET /api/moderation/suggestions/{id}/archive': {
    seed: newSuggestion,
    send: async (id) => [
      await api(`/api/moderation/suggestions/${id}/archive`),
      await api(`/api/moderation/suggestions/${id}/archive?contact=true`),
    ],
  },
  'GET /api/moderation/export': {
    seed: newSuggestion,
    send: async () => [await api('/api/moderation/export'), await api('/api/moderation/export?contact=true')],
  },
  'GET /api/moderation/councils': { send: async () => [await api('/api/moderation/councils')] },
  'POST /api/moderation/councils': {
    send: async () => [await api('/api/moderation/councils', { method: 'POST', json: { name: `Brukerrådet ${Math.random()}` } })],
  },
  'POST /api/moderation/councils/{id}/code': {
    seed: newCouncil,
    send: async (id) => [await api(`/api/moderation/councils/${id}/code`, { method: 'POST' })],
  },
  'DELETE /api/moderation/councils/{id}/code': {
    seed: newCouncil,
    send: async (id) => [await api(`/api/moderation/councils/${id}/code`, { method: 'DELETE' })],
  },
  'PATCH /api/moderation/councils/{id}': {
    seed: newCouncil,
    send: async (id) => [await api(`/api/moderation/councils/${id}`, { method: 'PATCH', json: { contactEmail: 'rad@example.no' } })],
  },
  'GET /api/moderation/orders': {
    send: async () => [await api('/api/moderation/orders'), await api('/api/moderation/orders?status=sent')],
  },
  'POST /api/moderation/orders': {
    send: async () => [
      await api('/api/moderation/orders', {
        method: 'POST',
        json: { channel: 'phone', name: 'Olav Berg', address: 'Postboks 12', postcode: '3521', town: 'Jevnaker', edition: 'full' },
      }),
    ],
  },
  'POST /api/moderation/orders/{id}/sent': {
    seed: async () => {
      const body = { name: `Kari ${Math.random()}`, address: 'Bakken 3', postcode: '3520', town: 'Jevnaker', edition: 'large' };
      return ((await (await api('/api/orders', { method: 'POST', token: null, json: body })).json()) as { id: string }).id;
    },
    // Twice: the second finds it sent already.
    send: async (id) => [
      await api(`/api/moderation/orders/${id}/sent`, { method: 'POST' }),
      await api(`/api/moderation/orders/${id}/sent`, { method: 'POST' }),
    ],
  },
  'GET /api/moderation/mail': { send: async () => [await api('/api/moderation/mail'), await api('/api/moderation/mail?state=failed')] },
  'GET /api/moderation/feedback': { send: async () => [await api('/api/moderation/feedback')] },
  'PATCH /api/moderation/feedback/entry': {
    seed: async () => {
      await api('/api/feedback', {
        method: 'POST',
        token: null,
        json: { page: '/legevakt/', useful: false, comment: 'Savner telefonnummeret.' },
      });
      const { items } = (await (await api('/api/moderation/feedback/page?page=/legevakt/')).json()) as {
        items: { id: string; createdAt: string }[];
      };
      return JSON.stringify({ page: '/legevakt/', id: items[0]!.id, createdAt: items[0]!.createdAt });
    },
    send: async (entry) => [
      await api('/api/moderation/feedback/entry', { method: 'PATCH', json: { ...JSON.parse(entry), handled: true } }),
    ],
  },
  'GET /api/moderation/feedback/page': { send: async () => [await api('/api/moderation/feedback/page?page=/sykehjem/')] },
  'GET /api/moderation/articles': {
    seed: () => saveGitText('syn').then(() => ''),
    send: async () => [await api('/api/moderation/articles')],
  },
  'GET /api/moderation/articles/{slug}': {
    seed: () => saveGitText('horsel').then(() => ''),
    send: async () => [await api('/api/moderation/articles/horsel'), await api('/api/moderation/articles/horsel?version=1')],
  },
  'POST /api/moderation/articles/preview': {
    send: async () => [
      await api('/api/moderation/articles/preview', {
        method: 'POST',
        json: { source: await readFile('content/articles/fastlege.mdx', 'utf8') },
      }),
    ],
  },
  'PUT /api/moderation/articles/{slug}': {
    seed: newSuggestion,
    send: async (id) => [
      await saveGitText('fastlege'),
      await api('/api/moderation/articles/fastlege', {
        method: 'PUT',
        json: { source: await readFile('content/articles/fastlege.mdx', 'utf8'), version: 1, suggestionId: id, restoredFrom: 1 },
      }),
    ],
  },
  'GET /api/moderation/articles/{slug}/revisions': {
    seed: () => saveGitText('tannhelse').then(() => ''),
    send: async () => [await api('/api/moderation/articles/tannhelse/revisions')],
  },
  'POST /api/moderation/publish': {
    seed: () => saveGitText('vaksiner').then(() => ''),
    send: async () => {
      const response = await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['vaksiner'] } });
      await moderation.server.publishingIdle();
      return [response];
    },
  },
  'GET /api/moderation/publish/{id}': { seed: publishedAndLive, send: async (id) => [await api(`/api/moderation/publish/${id}`)] },
  'GET /api/moderation/facts': {
    seed: () => saveSeedFact('kultur').then(() => ''),
    send: async () => [await api('/api/moderation/facts')],
  },
  'GET /api/moderation/facts/{id}': {
    seed: () => saveSeedFact('bibliotek').then(() => ''),
    send: async () => [
      await api('/api/moderation/facts/bibliotek'),
      await api('/api/moderation/facts/bibliotek?version=1'),
      await api('/api/moderation/facts/kirkevergen'),
    ],
  },
  'PUT /api/moderation/facts/{id}': {
    send: async () => {
      const first = await saveSeedFact('synskontakt');
      const fact = (await (await api('/api/moderation/facts/synskontakt?version=0')).json()) as { value: object };
      return [
        first,
        await api('/api/moderation/facts/synskontakt', { method: 'PUT', json: { value: fact.value, version: 1, restoredFrom: 1 } }),
      ];
    },
  },
  'GET /api/moderation/facts/{id}/revisions': {
    seed: () => saveSeedFact('horselskontakt').then(() => ''),
    send: async () => [await api('/api/moderation/facts/horselskontakt/revisions')],
  },
  'GET /api/moderation/local-parts': {
    seed: async () => {
      await saveLocalPart();
      return '';
    },
    send: async () => [
      await inBook('/api/moderation/local-parts'),
      await inBook('/api/moderation/local-parts?slug=sykehjem&slot=tildeling'),
    ],
  },
  'PUT /api/moderation/local-parts/{slug}/{slot}': {
    seed: async () => {
      await inBook('/api/moderation/local-parts');
      return '';
    },
    send: async () => [await saveLocalPart()],
  },
  'POST /api/moderation/articles/{slug}/reviews': {
    seed: async () => {
      const created = (await (
        await api('/api/moderation/councils', { method: 'POST', json: { name: `Rådet ${Math.random()}` } })
      ).json()) as { council: { id: string } };
      await api(`/api/moderation/councils/${created.council.id}`, { method: 'PATCH', json: { contactEmail: 'rad@example.no' } });
      await saveGitText('demens');
      return created.council.id;
    },
    send: async (councilId) => [
      await api('/api/moderation/articles/demens/reviews', {
        method: 'POST',
        json: { version: 1, councils: [councilId], deadline: '2099-12-31' },
      }),
    ],
  },
  'GET /api/moderation/articles/{slug}/reviews': {
    seed: () => councilAsked('ensomhet'),
    send: async () => [await api('/api/moderation/articles/ensomhet/reviews')],
  },
  'PATCH /api/moderation/articles/{slug}/reviews/{id}': {
    seed: async () => {
      const seeded = await councilAsked('ernaering');
      await api('/api/council/reviews/ernaering.1/statement', { method: 'POST', json: { verdict: 'recommend' }, ...asCouncil(seeded) });
      return seeded;
    },
    send: async (seeded) => [
      await api(`/api/moderation/articles/ernaering/reviews/1.${seeded.split(' ')[0]}`, { method: 'PATCH', json: { public: true } }),
    ],
  },
  'GET /api/moderation/reviews': {
    seed: async () => {
      const seeded = await councilAsked('verge');
      await api('/api/council/reviews/verge.1/statement', { method: 'POST', json: { verdict: 'recommend' }, ...asCouncil(seeded) });
      return seeded;
    },
    send: async () => [await api('/api/moderation/reviews')],
  },
  'GET /api/council/reviews': {
    seed: () => councilAsked('besoksvenn'),
    send: async (seeded) => [await api('/api/council/reviews', asCouncil(seeded))],
  },
  'GET /api/council/reviews/{id}': {
    seed: () => councilAsked('avlastning'),
    send: async (seeded) => [await api('/api/council/reviews/avlastning.1', asCouncil(seeded))],
  },
  'POST /api/council/reviews/{id}/statement': {
    seed: () => councilAsked('begravelse'),
    send: async (seeded) => [
      await api('/api/council/reviews/begravelse.1/statement', {
        method: 'POST',
        json: { verdict: 'remarks', text: 'Skriv mer om kostnader.' },
        ...asCouncil(seeded),
      }),
    ],
  },
  'PUT /api/moderation/own-articles/{slug}': {
    // The book's server starts here, not in the measured requests.
    seed: async () => (await inBook('/api/moderation/articles?own'), ''),
    send: async () => [await saveOwnArticle('proveside-lagre')],
  },
};

const key = (route: Route) => `${route.method} ${route.path}`;
const DAY = 86_400_000;

beforeAll(async () => {
  proxy = await startRecordingStoreProxy();
  sitePages = writeSearchSite();
  moderation = await startModerationServer({
    storeEndpoint: (endpoint) => (proxied = proxy.forwardTo(endpoint)),
    now: clock.now,
    buildSite: quickBuild,
    distDir: sitePages,
    // The publishing clock's own reads would land in whichever route's record is open (it has its own test).
    publishingClock: false,
  });
  await moderation.api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true } });
});

afterAll(async () => {
  await (await bookServer)?.close();
  await moderation?.close();
  await proxy?.close();
  removeSite(sitePages);
});

describe('each route sends only the DynamoDB actions it is granted', () => {
  it('has a scenario for every route in the table', () => {
    expect(routes.map(key).filter((name) => !(name in scenarios))).toEqual([]);
  });

  describe.each(routes.map((route) => [key(route), route] as const))('%s', (name, route) => {
    it('succeeds using only the actions (and indexes) its table entry lists', async () => {
      const scenario = scenarios[name];
      if (!scenario) throw new Error(`no scenario for ${name}`);
      const seeded = scenario.seed ? await scenario.seed() : '';
      proxy.take();
      for (const response of await scenario.send(seeded))
        expect(response.status, `${name} answered ${response.status}: ${await response.clone().text()}`).toBeLessThan(400);
      const sent = proxy.take();
      const granted: readonly string[] = route.dynamodb;
      if (granted.length === 0) expect(sent, `${name} needs no table`).toEqual([]);
      else expect(sent.length, 'the scenario reached the store').toBeGreaterThan(0);
      expect([...new Set(sent.map((entry) => entry.action))].filter((action) => !granted.includes(action))).toEqual([]);
      if (!route.usesIndexes) expect(sent.filter((entry) => entry.usesIndex)).toEqual([]);
    });
  });
});

describe('the scheduled mail run', () => {
  it("sends only the actions its entry (mailRetry) lists: receipts, the editors' notices of book orders, reminders and retries", async () => {
    await newSuggestion();
    await api('/api/orders', {
      method: 'POST',
      token: null,
      json: { name: 'Berit Lie', address: 'Torget 2', postcode: '3520', town: 'Jevnaker', edition: 'short' },
    });
    const council = (await (await api('/api/moderation/councils', { method: 'POST', json: { name: 'Rådet som minnes' } })).json()) as {
      council: { id: string };
    };
    await api(`/api/moderation/councils/${council.council.id}`, { method: 'PATCH', json: { contactEmail: 'minnes@example.no' } });
    await saveGitText('brukerstyrt-personlig-assistanse');
    const deadline = new Date(clock.now().getTime() + 5 * DAY).toISOString().slice(0, 10);
    await api('/api/moderation/articles/brukerstyrt-personlig-assistanse/reviews', {
      method: 'POST',
      json: { version: 1, councils: [council.council.id], deadline },
    });
    clock.advance(4 * DAY);
    proxy.take();
    await moderation.server.runMailSchedule();
    const sent = proxy.take();
    const granted: readonly string[] = mailRetry.dynamodb;
    expect([...new Set(sent.map((entry) => entry.action))].filter((action) => !granted.includes(action))).toEqual([]);
    // The receipt was queued and its note cleared, the reminder claimed.
    expect(new Set(sent.map((entry) => entry.action))).toEqual(new Set(granted));
    expect(sent.filter((entry) => entry.usesIndex)).toEqual([]);
  });
});

describe('the councils’ monthly e-mail', () => {
  it('sends only the actions its entry (insightDigest) lists', async () => {
    const id = await newCouncil();
    await api(`/api/moderation/councils/${id}`, { method: 'PATCH', json: { contactEmail: 'maned@example.no' } });
    proxy.take();
    await sendMonthlyDigests(moderation.server.context);
    const sent = proxy.take();
    const granted: readonly string[] = insightDigest.dynamodb;
    expect([...new Set(sent.map((entry) => entry.action))].filter((action) => !granted.includes(action))).toEqual([]);
    // The councils and counts read, the council's e-mail queued and its sending recorded.
    expect(new Set(sent.map((entry) => entry.action))).toEqual(new Set(granted));
    expect(sent.filter((entry) => entry.usesIndex)).toEqual([]);
  });
});

describe('the search beacon with the rate limit on', () => {
  let limited: ModerationServer;
  let limitedProxy: RecordingStoreProxy;

  beforeAll(async () => {
    limitedProxy = await startRecordingStoreProxy();
    limited = await startModerationServer({
      storeEndpoint: (endpoint) => limitedProxy.forwardTo(endpoint),
      env: { SUGGESTION_RATE_LIMIT: '60' },
    });
  });

  afterAll(async () => {
    await limited?.close();
    await limitedProxy?.close();
  });

  it('reads and raises its own rate counter and raises the counts, and nothing else', async () => {
    limitedProxy.take();
    const response = await limited.api('/api/insight/search', { method: 'POST', token: null, json: { q: 'rullator', results: 0 } });
    expect(response.status).toBe(204);
    const sent = [...new Set(limitedProxy.take().map((entry) => entry.action))].sort();
    expect(sent).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    const granted: readonly string[] = routes.find((route) => route.path === '/api/insight/search')!.dynamodb;
    expect(sent.filter((action) => !granted.includes(action))).toEqual([]);
  });
});

describe('a wrong council code, counted by the guessing limit, also sends only granted actions', () => {
  const codeRoutes = routes.filter((route) => route.auth === 'council' || route.path === '/api/suggestions');
  let limited: ModerationServer;
  let limitedProxy: RecordingStoreProxy;

  beforeAll(async () => {
    limitedProxy = await startRecordingStoreProxy();
    limited = await startModerationServer({
      storeEndpoint: (endpoint) => limitedProxy.forwardTo(endpoint),
      distDir: sitePages,
      env: { SUGGESTION_RATE_LIMIT: '60' },
    });
  });

  afterAll(async () => {
    await limited?.close();
    await limitedProxy?.close();
  });

  it.each(codeRoutes.map((route) => [key(route), route] as const))('%s', async (_name, route) => {
    const code = 'WRNG-0000-0000';
    const path = route.path.replace('{id}', 'sykehjem.1');
    const init =
      route.path === '/api/suggestions'
        ? { method: 'POST', token: null, json: { ...councilSuggestion, councilCode: code } }
        : path.startsWith('/api/council/page')
          ? {
              method: 'POST',
              token: null,
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ code, review: 'sykehjem.1', verdict: 'recommend' }).toString(),
            }
          : {
              method: route.method,
              token: null,
              headers: { authorization: `Council ${code}` },
              ...(route.method === 'POST' ? { json: {} } : {}),
            };
    limitedProxy.take();
    const response = await limited.api(path, init);
    expect([401, 403]).toContain(response.status);
    const sent = [...new Set(limitedProxy.take().map((entry) => entry.action))];
    expect(sent).toContain('dynamodb:UpdateItem');
    expect(sent.filter((action) => !(route.dynamodb as readonly string[]).includes(action))).toEqual([]);
  });
});

describe("a nynorsk kommune's article routes, which also read the bokmål they follow, send only granted actions", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-nynorsk-actions-'));
  let nynorsk: ModerationServer;
  let nynorskProxy: RecordingStoreProxy;
  const granted = (method: string, path: string): readonly string[] =>
    routes.find((route) => route.method === method && route.path === path)!.dynamodb;

  beforeAll(async () => {
    // A newer bokmål text published first, so the nynorsk list has a mark, a diff and an item to show.
    const bokmal = await startModerationServer({ dataDir, buildSite: quickBuild, publishingClock: false });
    try {
      const git = await readFile('content/articles/tannhelse.mdx', 'utf8');
      await publishArticle(bokmal, 'tannhelse', { source: `${git.trimEnd()}\n\nSpør tannklinikken om du lurer på noe.\n` });
    } finally {
      await bokmal.close();
    }
    nynorskProxy = await startRecordingStoreProxy();
    nynorsk = await startModerationServer({
      dataDir,
      storeEndpoint: (endpoint) => nynorskProxy.forwardTo(endpoint),
      buildSite: quickBuild,
      publishingClock: false,
      env: { SUGGESTION_RATE_LIMIT: '0', BOOK_LANGUAGE: 'nn' },
    });
  }, 120_000);

  afterAll(async () => {
    await nynorsk?.close();
    await nynorskProxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const measured = async (method: string, path: string, send: () => Promise<Response>) => {
    nynorskProxy.take();
    const response = await send();
    expect(response.status, await response.clone().text()).toBeLessThan(400);
    const sent = [...new Set(nynorskProxy.take().map((entry) => entry.action))];
    expect(sent.filter((action) => !granted(method, path).includes(action))).toEqual([]);
    return sent;
  };

  it('GET /api/moderation/articles: the marks, their diffs and «Nynorsk må oppdaterast»', async () => {
    const sent = await measured('GET', '/api/moderation/articles', () => nynorsk.api('/api/moderation/articles'));
    expect(sent).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem']));
  });

  it('GET /api/moderation/articles/{slug}: the nynorsk text with the bokmål beside it', async () => {
    const sent = await measured('GET', '/api/moderation/articles/{slug}', () => nynorsk.api('/api/moderation/articles/tannhelse'));
    expect(sent).toContain('dynamodb:GetItem');
  });

  it('PUT /api/moderation/articles/{slug}: saved «Oppdatert etter bokmålsteksten», clearing its item', async () => {
    const source = await readFile('content/articles/nn/tannhelse.mdx', 'utf8');
    const sent = await measured('PUT', '/api/moderation/articles/{slug}', () =>
      nynorsk.api('/api/moderation/articles/tannhelse', { method: 'PUT', json: { source, version: 0, followsBokmal: true } }),
    );
    expect(sent).toContain('dynamodb:DeleteItem');
  });
});
