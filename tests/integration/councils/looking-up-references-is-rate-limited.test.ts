import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followSuggestion } from '../../../functions/follow/follow.ts';
import { RateLimitedError } from '../../../functions/shared/errors.ts';
import { submitSuggestion } from '../../../functions/suggestions/submit.ts';
import { startTestContext, type TestContext } from '../support/test-storage.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestContext({ env: { SUGGESTION_RATE_LIMIT: '3' } });
});

afterAll(() => ctx?.close());

describe('looking up a reference', () => {
  it('is limited per client and hour like sending, on its own counter', async () => {
    const { reference } = await submitSuggestion(
      ctx,
      { kind: 'question', text: 'Hvem hjelper med søknaden?' },
      { clientAddress: '198.51.100.7' },
    );
    for (let lookup = 0; lookup < 3; lookup += 1)
      expect((await followSuggestion(ctx, reference, '198.51.100.7')).reference).toBe(reference);
    await expect(followSuggestion(ctx, reference, '198.51.100.7')).rejects.toBeInstanceOf(RateLimitedError);
    // Trying references one after another is what the limit stops; unknown ones count too.
    await expect(followSuggestion(ctx, 'F-2026-9999', '198.51.100.8')).rejects.toThrow();
    // Sending still works: lookups do not use up the sending quota.
    await expect(
      submitSuggestion(ctx, { kind: 'question', text: 'Et nytt spørsmål om hjemmehjelp.' }, { clientAddress: '198.51.100.7' }),
    ).resolves.toMatchObject({ status: 'new' });
  });
});
