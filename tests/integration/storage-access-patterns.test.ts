import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCouncilCode } from '../../functions/shared/council-code.ts';
import { manualClock, startTestContext, type TestContext } from './support/test-storage.ts';
import { councilAdmin } from '../../functions/councils/council-admin.ts';
import { contactErasureOf } from '../../functions/shared/storage/parts.ts';

const clock = manualClock();
let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestContext({ now: clock.now });
});
afterAll(() => ctx.close());

const base = { kind: 'question', text: 'Hvordan søker jeg om sykehjem?', source: { type: 'citizen' } } as const;

describe('suggestions', () => {
  it('are created once per id: a second create returns the first and changes nothing', async () => {
    const first = await ctx.storage.createSuggestion({ ...base, id: 's-once', contact: { email: 'kari@example.no' } });
    clock.advance(1000);
    const second = await ctx.storage.createSuggestion({
      ...base,
      id: 's-once',
      text: 'annen tekst her',
      contact: { email: 'kari@example.no' },
    });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.suggestion).toEqual(first.suggestion);
  });

  it('store text exactly as sent, with contact data in its own item', async () => {
    const text = '  <script>alert(1)</script> æøå 👵🏽 مرحبا \n';
    await ctx.storage.createSuggestion({ ...base, id: 's-exact', text, contact: { name: 'Kari', phone: '+47 900 00 000' } });
    const detail = await ctx.storage.getSuggestionDetail('s-exact');
    expect(detail?.text).toBe(text);
    expect(detail?.contact).toEqual({ name: 'Kari', phone: '+47 900 00 000' });
    expect(detail?.hasContact).toBe(true);
    expect(Object.keys((await ctx.storage.getSuggestion('s-exact'))!)).not.toContain('contact');
  });

  it('list by status newest first, page by cursor, and filter by kind, council and article', async () => {
    for (let i = 0; i < 5; i += 1) {
      clock.advance(1000);
      await ctx.storage.createSuggestion({
        ...base,
        id: `s-list-${i}`,
        kind: i % 2 === 0 ? 'new-topic' : 'correction',
        ...(i === 3 ? { topic: 'fastlege', source: { type: 'council', councilId: 'c-1', councilName: 'Eldrerådet' } } : {}),
      });
    }
    const first = await ctx.lists.listSuggestions({ status: 'new', limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual(['s-list-4', 's-list-3']);
    const second = await ctx.lists.listSuggestions({ status: 'new', limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual(['s-list-2', 's-list-1']);
    const kinds = await ctx.lists.listSuggestions({ status: 'new', kind: 'correction', limit: 10 });
    expect(kinds.items.map((item) => item.id)).toEqual(['s-list-3', 's-list-1']);
    expect((await ctx.lists.listSuggestions({ status: 'new', councilId: 'c-1', limit: 10 })).items.map((item) => item.id)).toEqual([
      's-list-3',
    ]);
    expect((await ctx.lists.listSuggestions({ status: 'new', topic: 'fastlege', limit: 10 })).items.map((item) => item.id)).toEqual([
      's-list-3',
    ]);
  });

  it('refuse a cursor from another listing', async () => {
    const page = await ctx.lists.listSuggestions({ status: 'new', limit: 1 });
    await expect(ctx.lists.listSuggestions({ status: 'rejected', limit: 1, cursor: page.nextCursor! })).rejects.toMatchObject({
      status: 400,
      code: 'invalid-cursor',
    });
    await expect(ctx.lists.listSuggestions({ status: 'new', limit: 1, cursor: 'bm9wZQ' })).rejects.toMatchObject({
      code: 'invalid-cursor',
    });
  });

  it('update only from the version the editor saw, and append history without rewriting it', async () => {
    await ctx.storage.createSuggestion({ ...base, id: 's-update' });
    const inReview = await ctx.storage.updateSuggestion('s-update', {
      expectedVersion: 1,
      actor: 'redaktor-1',
      status: 'in-review',
      note: 'Ser på det',
    });
    expect(inReview).toMatchObject({ status: 'in-review', version: 2 });
    await expect(
      ctx.storage.updateSuggestion('s-update', { expectedVersion: 1, actor: 'redaktor-2', status: 'rejected' }),
    ).rejects.toMatchObject({ status: 409 });
    await ctx.storage.updateSuggestion('s-update', {
      expectedVersion: 2,
      actor: 'redaktor-1',
      public: true,
      publicAnswer: 'Vi har laget en ny side.',
    });
    const detail = await ctx.storage.getSuggestionDetail('s-update');
    expect(detail?.history.map((entry) => [entry.version, entry.action, entry.actor, entry.fromStatus, entry.toStatus])).toEqual([
      [1, 'created', 'submitter', undefined, 'new'],
      [2, 'updated', 'redaktor-1', 'new', 'in-review'],
      [3, 'updated', 'redaktor-1', undefined, undefined],
    ]);
    expect(detail?.history[1]?.note).toBe('Ser på det');
    expect(detail?.history[2]?.changed).toEqual(['public', 'publicAnswer']);
    expect((await ctx.lists.listSuggestions({ status: 'in-review', limit: 10 })).items.map((item) => item.id)).toContain('s-update');
  });

  it('let exactly one of two concurrent updates of the same version win', async () => {
    await ctx.storage.createSuggestion({ ...base, id: 's-race' });
    const results = await Promise.allSettled([
      ctx.storage.updateSuggestion('s-race', { expectedVersion: 1, actor: 'a', status: 'in-review' }),
      ctx.storage.updateSuggestion('s-race', { expectedVersion: 1, actor: 'b', status: 'in-review' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('throw NotFound for unknown ids', async () => {
    await expect(ctx.storage.updateSuggestion('nope', { expectedVersion: 1, actor: 'a', status: 'in-review' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(contactErasureOf(ctx).eraseContact('nope', 'a')).rejects.toMatchObject({ status: 404 });
    expect(await ctx.storage.getSuggestionDetail('nope')).toBeUndefined();
  });

  it('count per status exactly', async () => {
    const counts = await ctx.lists.countSuggestionsByStatus();
    const listed = await ctx.lists.listSuggestions({ status: 'new', limit: 100 });
    expect(counts.new).toBe(listed.items.length);
    expect(Object.keys(counts).sort()).toEqual(['accepted', 'duplicate', 'in-review', 'new', 'published', 'rejected']);
  });

  it('erase contact data at once and record who and when, not what', async () => {
    await ctx.storage.createSuggestion({ ...base, id: 's-erase', contact: { email: 'ola@example.no' } });
    const erased = await contactErasureOf(ctx).eraseContact('s-erase', 'redaktor-1');
    expect(erased.hasContact).toBe(false);
    const detail = await ctx.storage.getSuggestionDetail('s-erase');
    expect(detail?.contact).toBeNull();
    const last = detail!.history.at(-1)!;
    expect(last).toMatchObject({ action: 'contact-erased', actor: 'redaktor-1' });
    expect(JSON.stringify(detail!.history)).not.toContain('ola@example.no');
  });

  it('hide contact data once the retention after closing has passed, and sweep it away', async () => {
    await ctx.storage.createSuggestion({ ...base, id: 's-expire', contact: { email: 'per@example.no' } });
    await ctx.storage.updateSuggestion('s-expire', { expectedVersion: 1, actor: 'r', status: 'in-review' });
    await ctx.storage.updateSuggestion('s-expire', { expectedVersion: 2, actor: 'r', status: 'rejected', closes: true });
    expect((await ctx.storage.getSuggestionDetail('s-expire'))?.contact).toEqual({ email: 'per@example.no' });
    clock.advance((ctx.env.CONTACT_RETENTION_DAYS + 1) * 86_400_000);
    expect((await ctx.storage.getSuggestionDetail('s-expire'))?.contact).toBeNull();
    expect(await ctx.maintenance.sweepExpired()).toBeGreaterThanOrEqual(1);
    expect((await ctx.storage.getSuggestionDetail('s-expire'))?.closedAt).toBeDefined();
  });

  it('list public suggestions newest first, and drop them when made private again', async () => {
    for (const id of ['s-pub-1', 's-pub-2']) {
      clock.advance(1000);
      await ctx.storage.createSuggestion({ ...base, id, contact: { email: 'x@example.no' } });
      await ctx.storage.updateSuggestion(id, { expectedVersion: 1, actor: 'r', public: true, publicAnswer: 'Svar' });
    }
    const ids = (await ctx.lists.listPublicSuggestions({ limit: 10 })).items.map((item) => item.id);
    expect(ids.indexOf('s-pub-2')).toBeLessThan(ids.indexOf('s-pub-1'));
    await ctx.storage.updateSuggestion('s-pub-1', { expectedVersion: 2, actor: 'r', public: false });
    expect((await ctx.lists.listPublicSuggestions({ limit: 10 })).items.map((item) => item.id)).not.toContain('s-pub-1');
  });
});

describe('councils', () => {
  it('are found by the hash of their code until revoked, and a new code replaces the old', async () => {
    const council = await councilAdmin(ctx).createCouncil({
      name: 'Rådet for personer med funksjonsnedsettelse',
      codeHash: hashCouncilCode('AAAA-BBBB-CCCC'),
    });
    expect((await ctx.storage.findCouncilByCodeHash(hashCouncilCode('aaaa bbbb cccc')))?.id).toBe(council.id);
    await councilAdmin(ctx).replaceCouncilCode(council.id, hashCouncilCode('DDDD-EEEE-FFFF'));
    expect(await ctx.storage.findCouncilByCodeHash(hashCouncilCode('AAAA-BBBB-CCCC'))).toBeUndefined();
    expect((await ctx.storage.findCouncilByCodeHash(hashCouncilCode('DDDD-EEEE-FFFF')))?.id).toBe(council.id);
    const revoked = await councilAdmin(ctx).revokeCouncil(council.id);
    expect(revoked.revokedAt).toBeDefined();
    expect(await ctx.storage.findCouncilByCodeHash(hashCouncilCode('DDDD-EEEE-FFFF'))).toBeUndefined();
    expect((await councilAdmin(ctx).listCouncils()).map((item) => item.id)).toContain(council.id);
  });
});

describe('page feedback', () => {
  it('is listed per page newest first with Ja/Nei counts, and summarised per page', async () => {
    for (const useful of [true, false, false]) {
      clock.advance(1000);
      await ctx.feedback.recordFeedback({ page: '/fastlege/', useful, ...(useful ? {} : { comment: 'Mangler pris' }) });
    }
    const page = await ctx.feedback.listPageFeedback('/fastlege/', { limit: 2 });
    expect(page).toMatchObject({ yes: 1, no: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.createdAt > page.items[1]!.createdAt).toBe(true);
    const rest = await ctx.feedback.listPageFeedback('/fastlege/', { limit: 2, cursor: page.nextCursor! });
    expect(rest.items).toHaveLength(1);
    expect((await ctx.feedback.listFeedbackPages()).find((summary) => summary.page === '/fastlege/')).toMatchObject({
      yes: 1,
      no: 2,
      comments: 2,
    });
  });

  it('takes a comment written after Ja into that answer, once, without counting the answer again', async () => {
    clock.advance(1000);
    const entry = await ctx.feedback.recordFeedback({ page: '/tannhelse/', useful: true });
    const answer = { page: '/tannhelse/', createdAt: entry.createdAt, id: entry.id };
    expect(await ctx.feedback.addFeedbackComment({ ...answer, comment: 'Hva med tannlegevakt?' })).toBe(true);
    expect(await ctx.feedback.addFeedbackComment({ ...answer, comment: 'En gang til' })).toBe(false);
    expect(await ctx.feedback.addFeedbackComment({ ...answer, page: '/fastlege/', comment: 'Feil side' })).toBe(false);
    const page = await ctx.feedback.listPageFeedback('/tannhelse/', { limit: 10 });
    expect(page).toMatchObject({ yes: 1, no: 0 });
    expect(page.items).toEqual([expect.objectContaining({ useful: true, comment: 'Hva med tannlegevakt?' })]);
    expect((await ctx.feedback.listFeedbackPages()).find((summary) => summary.page === '/tannhelse/')).toMatchObject({
      yes: 1,
      comments: 1,
    });
  });
});

describe('rate limit counters', () => {
  const HOUR = 3_600_000;
  const client = (name: string) => () => name;
  /** Moves the clock to `minutes` past the next whole hour. */
  const toMinutePastNextHour = (minutes: number) => clock.advance(HOUR - (clock.now().getTime() % HOUR) + minutes * 60_000);

  it('allow the limit per hour, refuse the next with the seconds to wait, and start over once the hour has slid by', async () => {
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await ctx.storage.consumeRateLimit(client('client-a'), 3));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    const retryAfterSeconds = (results[3] as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect((await ctx.storage.consumeRateLimit(client('client-b'), 3)).allowed).toBe(true);
    clock.advance(retryAfterSeconds * 1000);
    expect((await ctx.storage.consumeRateLimit(client('client-a'), 3)).allowed).toBe(true);
    clock.advance(2 * HOUR);
    expect((await ctx.storage.consumeRateLimit(client('client-a'), 3)).allowed).toBe(true);
  });

  it('do not let twice the limit through around a clock hour', async () => {
    toMinutePastNextHour(58);
    const before = [];
    for (let i = 0; i < 10; i += 1) before.push(await ctx.storage.consumeRateLimit(client('client-boundary'), 10));
    expect(before.every((result) => result.allowed)).toBe(true);
    toMinutePastNextHour(2);
    const after = [];
    for (let i = 0; i < 10; i += 1) after.push(await ctx.storage.consumeRateLimit(client('client-boundary'), 10));
    expect(after.filter((result) => result.allowed)).toEqual([]);
    toMinutePastNextHour(1);
    expect((await ctx.storage.consumeRateLimit(client('client-boundary'), 10)).allowed).toBe(true);
  });

  it('refuse one more in the first seconds of a new hour when the last minutes of the hour before were full', async () => {
    toMinutePastNextHour(59);
    for (let i = 0; i < 5; i += 1) expect((await ctx.storage.consumeRateLimit(client('client-turn'), 5)).allowed).toBe(true);
    clock.advance(HOUR - (clock.now().getTime() % HOUR) + 1000);
    expect((await ctx.storage.consumeRateLimit(client('client-turn'), 5)).allowed).toBe(false);
  });

  it('weigh the last hour by what is left of it, asking the client hash for each hour (it changes at midnight)', async () => {
    toMinutePastNextHour(0);
    const asked: string[] = [];
    const daily = (at: Date) => {
      asked.push(at.toISOString());
      return `client-daily-${at.toISOString().slice(0, 10)}`;
    };
    await ctx.storage.consumeRateLimit(daily, 5);
    expect(asked).toHaveLength(2);
    expect(Date.parse(asked[0]!) - Date.parse(asked[1]!)).toBe(HOUR);
  });

  it('never let concurrent requests past the limit', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ctx.storage.consumeRateLimit(client('client-burst'), 5)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });
});

describe('health', () => {
  it('answers when the table does', async () => {
    await expect(ctx.storage.ping()).resolves.toBeUndefined();
  });
});
