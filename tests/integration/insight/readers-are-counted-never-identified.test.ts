/**
 * Issue 27, «Done when», through the local server and the real handlers: a word the book lacks,
 * searched five times on two days with and without JavaScript, shows as missed in the editors'
 * insight and on the council's page and in its monthly e-mail; a question holding a phone number or
 * an e-mail address is found nowhere in the table; nothing that identifies a reader is stored or
 * logged by the insight's routes.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'node-html-parser';
import { removeSite, writeSearchSite } from '../../fixtures/search-site.ts';
import { readOutbox } from '../support/outbox.ts';

// Every line the handlers log, at the level Lambda runs at (the tests run the logger at WARN): loaded after it is set.
vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
const { startModerationServer } = await import('../support/moderation-server.ts');
const { createDocumentClient } = await import('../../../functions/shared/storage/client.ts');
const { manualClock } = await import('../support/test-storage.ts');

const DAY = 86_400_000;
const READER = { 'user-agent': 'Lesebrett/1.0 (Eldresenteret)', 'x-forwarded-for': '203.0.113.77' };
const clock = manualClock('2026-11-02T09:00:00.000Z');
let siteDir: string;
let moderation: Awaited<ReturnType<typeof startModerationServer>>;
let logged: string[] = [];

const beacon = (body: unknown) => moderation.api('/api/insight/search', { method: 'POST', token: null, json: body, headers: READER });
const searchWithoutScript = (q: string) => moderation.api(`/api/sok?q=${encodeURIComponent(q)}`, { token: null, headers: READER });
const insight = async (query = 'from=2026-11-01&to=2026-11-30') => {
  const response = await moderation.api(`/api/moderation/insight?${query}`);
  expect(response.status).toBe(200);
  return response.json() as Promise<{
    searches: { total: number; top: { q: string; count: number }[]; missed: { q: string; count: number; days: number }[] };
    pages: { slug: string; title: string; yes: number; no: number }[];
    suggestions: { received: number; answered: number; medianDaysToAnswer: number | null; open: number };
    reviews: { overdue: number };
  }>;
};
const everyItem = async () => {
  const { env } = moderation.server.context;
  const client = createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
  const output = await client.send(new ScanCommand({ TableName: env.TABLE_NAME }));
  client.destroy();
  return output.Items ?? [];
};

beforeAll(async () => {
  siteDir = writeSearchSite();
  moderation = await startModerationServer({ now: clock.now, distDir: siteDir });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    logged.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    logged.push(String(chunk));
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await moderation.close();
  removeSite(siteDir);
});

describe('a word the book lacks, searched five times on two days with and without JavaScript', () => {
  it('is listed as missed and as asked, counted on both days, and the phone number and e-mail address are stored nowhere', async () => {
    // Day one: two searches with the script, one without.
    expect((await beacon({ q: 'Rullator', results: 0 })).status).toBe(204);
    expect((await beacon({ q: 'rullator ', results: 0 })).status).toBe(204);
    expect((await searchWithoutScript('rullator')).status).toBe(200);
    expect((await beacon({ q: 'ring meg på 22 33 44 55', results: 0 })).status).toBe(204);
    expect((await searchWithoutScript('kari.nordmann@example.no')).status).toBe(200);
    expect((await beacon({ q: 'fødselsnummer 01019012345', results: 0 })).status).toBe(204);
    clock.advance(DAY);
    // Day two: one more of each way.
    expect((await beacon({ q: 'rullator', results: 0 })).status).toBe(204);
    expect((await searchWithoutScript('Rullator')).status).toBe(200);
    // A word found and opened is asked, never missed.
    for (let day = 0; day < 2; day += 1) {
      for (let reader = 0; reader < 3; reader += 1) {
        await beacon({ q: 'sykehjem', results: 4 });
        await beacon({ q: 'sykehjem', results: 4, opened: true });
      }
      clock.advance(DAY);
    }

    const report = await insight();
    expect(report.searches.missed).toEqual([{ q: 'rullator', count: 5, days: 2 }]);
    expect(report.searches.top).toEqual([
      { q: 'sykehjem', count: 6 },
      { q: 'rullator', count: 5 },
    ]);
    // Every search counts in the total, those whose question was not kept too.
    expect(report.searches.total).toBe(14);

    const items = await everyItem();
    const text = JSON.stringify(items);
    for (const secret of ['22 33 44 55', '22334455', 'kari.nordmann', 'example.no', '01019012345', '@']) expect(text).not.toContain(secret);
  });

  it('never shows a question fewer than five searched, or searched on one day only', async () => {
    for (let index = 0; index < 9; index += 1) await beacon({ q: 'ensom i helgene', results: 0 });
    clock.advance(DAY);
    for (let index = 0; index < 3; index += 1) await beacon({ q: 'kari olsen i dagsenteret', results: 0 });
    clock.advance(DAY);
    await beacon({ q: 'kari olsen i dagsenteret', results: 0 });
    const report = await insight();
    expect(report.searches.missed.map((search) => search.q)).toEqual(['rullator']);
    expect(report.searches.top.map((search) => search.q)).not.toContain('ensom i helgene');
  });

  it('refuses a beacon that is not one, and echoes nothing of it', async () => {
    const response = await beacon({ q: 'rullator', results: -1 });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('rullator');
    expect((await beacon({ results: 2 })).status).toBe(400);
  });
});

describe('what the insight stores and logs', () => {
  it('is counts per day and question or page, kept thirteen months, and nothing about a reader', async () => {
    await moderation.api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: false }, headers: READER });
    const items = (await everyItem()).filter((item) => String(item.pk).startsWith('INSIGHT#'));
    expect(items.length).toBeGreaterThan(0);
    const allowed = new Set(['pk', 'sk', 'day', 'q', 'page', 'searches', 'noResults', 'opened', 'yes', 'no', 'expiresAt']);
    for (const item of items) {
      expect(
        Object.keys(item).filter((name) => !allowed.has(name)),
        JSON.stringify(item),
      ).toEqual([]);
      const day = String(item.day);
      expect(item.expiresAt).toBe(
        Date.parse(`${Number(day.slice(0, 4)) + 1}-${String(Number(day.slice(5, 7)) + 1).padStart(2, '0')}-${day.slice(8)}T00:00:00Z`) /
          1000,
      );
    }
    const text = JSON.stringify(items);
    for (const reader of ['Lesebrett', '203.0.113.77', '127.0.0.1']) expect(text).not.toContain(reader);
  });

  it('writes no log line with a reader’s question, address or browser', () => {
    const lines = logged.join('');
    expect(lines).toContain('"route":"POST /api/insight/search"');
    expect(lines).toContain('"route":"GET /api/sok"');
    for (const secret of ['rullator', 'Rullator', 'sykehjem', '22 33 44 55', 'kari.nordmann', 'Lesebrett', '203.0.113.77']) {
      expect(lines).not.toContain(secret);
    }
  });
});

describe('the page question', () => {
  it('counts each Ja and Nei per page and day, and the report names the page by its title', async () => {
    for (const useful of [true, true, false]) {
      await moderation.api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful } });
    }
    const report = await insight();
    expect(report.pages).toContainEqual({ slug: 'sykehjem', title: 'Sykehjem (langtidsopphold)', yes: 2, no: 2 });
  });
});

describe('from insight to work', () => {
  it('files a new-topic suggestion from a missed search, registered as coming from the search', async () => {
    const response = await moderation.api('/api/moderation/suggestions', {
      method: 'POST',
      json: { kind: 'new-topic', title: 'rullator', text: 'Lesere søkte etter «rullator» 5 ganger uten å finne svar.', channel: 'search' },
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const detail = (await (await moderation.api(`/api/moderation/suggestions/${id}`)).json()) as { channel: { via: string } };
    expect(detail.channel.via).toBe('search');
    const report = await insight();
    expect(report.suggestions).toMatchObject({ received: 1, answered: 0, open: 1, medianDaysToAnswer: null });
  });
});

describe('the councils', () => {
  let council: { id: string; code: string };

  beforeAll(async () => {
    const created = (await (
      await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet i testkommunen' } })
    ).json()) as {
      council: { id: string };
      code: string;
    };
    council = { id: created.council.id, code: created.code };
    await moderation.api(`/api/moderation/councils/${council.id}`, { method: 'PATCH', json: { contactEmail: 'eldreradet@example.no' } });
  });

  it('see the month’s missed searches on their page, under the same floor', async () => {
    const response = await moderation.api('/api/council/insight', { token: null, headers: { authorization: `Council ${council.code}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { missed: { q: string }[]; pages: unknown[] };
    expect(body.missed.map((search) => search.q)).toEqual(['rullator']);
    expect((await moderation.api('/api/council/insight', { token: null })).status).toBe(401);
  });

  it('see them on /rad/ without JavaScript too', async () => {
    const response = await moderation.api('/api/council/page', {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code: council.code }).toString(),
    });
    expect(response.status).toBe(200);
    const page = parse(await response.text());
    expect(page.querySelector('[data-council-insight]')!.hasAttribute('hidden')).toBe(false);
    expect(page.querySelectorAll('[data-insight-missed] tr').map((row) => row.querySelector('th')!.textContent)).toEqual(['rullator']);
    // No page got five «nei» on two days: the line says so, and there is no empty table.
    expect(page.querySelector('[data-insight-pages-none]')!.hasAttribute('hidden')).toBe(false);
    expect(page.querySelector('[data-insight-pages-table]')).toBeNull();
  });

  it('get the month’s missed searches by e-mail once, however often editors press «Send nå»', async () => {
    const first = (await (await moderation.api('/api/moderation/insight/digest', { method: 'POST' })).json()) as {
      items: { councilId: string; outcome: string }[];
    };
    expect(first.items).toContainEqual(expect.objectContaining({ councilId: council.id, outcome: 'sent' }));
    const again = (await (await moderation.api('/api/moderation/insight/digest', { method: 'POST' })).json()) as {
      items: { councilId: string; outcome: string }[];
    };
    expect(again.items).toContainEqual(expect.objectContaining({ councilId: council.id, outcome: 'already-sent' }));
    const mails = readOutbox(moderation.server.context.env.MAIL_OUTBOX_DIR!).filter((mail) => mail.to === 'eldreradet@example.no');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('«rullator»: 5 søk på 2 dager');
    expect(mails[0]!.body).not.toContain('ensom');
  });
});
