import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion, SuggestionKind } from '../../../src/core/suggestions/types.ts';
import { manualClock, startTestContext, type TestContext } from '../support/test-storage.ts';

let ctx: TestContext;
const clock = manualClock();
/** Newest first, as the queue must list them. */
const expected: { id: string; kind: SuggestionKind; status: string }[] = [];

// Statuses reached by allowed moves, in a pattern that interleaves them in time.
const PATHS: string[][] = [
  [],
  ['in-review'],
  ['in-review', 'accepted'],
  ['in-review', 'rejected'],
  ['in-review', 'accepted', 'published'],
  ['in-review', 'duplicate'],
];

beforeAll(async () => {
  ctx = await startTestContext({ now: clock.now });
  for (let n = 0; n < 30; n += 1) {
    clock.advance(1000);
    const kind: SuggestionKind = n % 3 === 0 ? 'correction' : 'question';
    const id = randomUUID();
    await ctx.storage.createSuggestion({ id, kind, text: `Forslag ${n}`, source: { type: 'citizen' } });
    let version = 1;
    for (const status of PATHS[(n * 7) % PATHS.length]!) {
      await ctx.storage.updateSuggestion(id, { expectedVersion: version, actor: 'Kari', status: status as Suggestion['status'] });
      version += 1;
    }
    expected.unshift({ id, kind, status: PATHS[(n * 7) % PATHS.length]!.at(-1) ?? 'new' });
  }
});

afterAll(() => ctx?.close());

async function everything(input: { limit: number; kind?: SuggestionKind }): Promise<Suggestion[]> {
  const seen: Suggestion[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.lists.listAllSuggestions({ ...input, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(input.limit);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('the queue without a status', () => {
  it('lists every status newest first, page after page, each item once', async () => {
    for (const limit of [1, 4, 7, 100]) {
      expect((await everything({ limit })).map((item) => item.id)).toEqual(expected.map((item) => item.id));
    }
  });

  it('keeps the order with a filter that skips most items', async () => {
    const corrections = expected.filter((item) => item.kind === 'correction').map((item) => item.id);
    for (const limit of [1, 3, 50]) {
      expect((await everything({ limit, kind: 'correction' })).map((item) => item.id)).toEqual(corrections);
    }
  });

  it('shows each item with its current status', async () => {
    const items = await everything({ limit: 100 });
    expect(items.map((item) => item.status)).toEqual(expected.map((item) => item.status));
    expect(new Set(items.map((item) => item.status)).size).toBe(6);
  });

  it('refuses a cursor that it did not make', async () => {
    await expect(ctx.lists.listAllSuggestions({ limit: 5, cursor: 'bm9wZQ' })).rejects.toMatchObject({
      status: 400,
      code: 'invalid-cursor',
    });
    const statusCursor = (await ctx.lists.listSuggestions({ status: 'new', limit: 1 })).nextCursor;
    await expect(ctx.lists.listAllSuggestions({ limit: 5, cursor: statusCursor! })).rejects.toMatchObject({ code: 'invalid-cursor' });
  });
});
