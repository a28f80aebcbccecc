import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { run as feedback } from '../../../functions/feedback/handler.ts';
import { createHandler } from '../../../functions/shared/handler.ts';
import { run as suggestions } from '../../../functions/suggestions/handler.ts';
import { withBody } from '../../fixtures/api-events/index.ts';
import { startTestContext, type TestContext } from '../support/test-storage.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(() => ctx.close());

/** Objects shaped like the contract, with any values, plus keys such as __proto__ and constructor. */
const suggestionish = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('new-topic', 'correction', 'question'), fc.jsonValue()),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.string({ minLength: 3990, maxLength: 4010 }), fc.jsonValue()),
    title: fc.oneof(fc.string({ maxLength: 130 }), fc.jsonValue()),
    topic: fc.oneof(fc.constantFrom('sykehjem', 'finnes-ikke', ''), fc.jsonValue()),
    contact: fc.oneof(
      fc.record({ name: fc.jsonValue(), email: fc.oneof(fc.emailAddress(), fc.string()), phone: fc.jsonValue() }, { requiredKeys: [] }),
      fc.jsonValue(),
    ),
    councilCode: fc.oneof(fc.string({ maxLength: 70 }), fc.jsonValue()),
    website: fc.oneof(fc.constant(''), fc.jsonValue()),
    __proto__: fc.jsonValue(),
    constructor: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

/** zod's English defaults; a reader must never see them. */
const ENGLISH = /\b(Invalid|Expected|Required|Unrecognized|Too (big|small)|must)\b/;

describe('random JSON bodies', () => {
  it('never make POST /api/suggestions answer 5xx, and every error is worded in Norwegian', async () => {
    const handler = createHandler(suggestions, () => ctx);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), suggestionish), async (body) => {
        const result = await handler(withBody('post-suggestion', JSON.stringify(body) ?? 'null'));
        return result.statusCode < 500 && !ENGLISH.test(result.body ?? '');
      }),
      { numRuns: 300 },
    );
  });

  it('never make POST /api/feedback answer 5xx, and every error is worded in Norwegian', async () => {
    const handler = createHandler(feedback, () => ctx);
    const feedbackish = fc.record(
      {
        page: fc.oneof(fc.string(), fc.constant('/sykehjem/'), fc.jsonValue()),
        useful: fc.oneof(fc.boolean(), fc.jsonValue()),
        comment: fc.oneof(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), feedbackish), async (body) => {
        const result = await handler(withBody('post-feedback', JSON.stringify(body) ?? 'null'));
        return result.statusCode < 500 && !ENGLISH.test(result.body ?? '');
      }),
      { numRuns: 300 },
    );
  });

  it('never make either answer 5xx for arbitrary bytes', async () => {
    const handler = createHandler(suggestions, () => ctx);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        async (raw) => (await handler(withBody('post-suggestion', raw))).statusCode < 500,
      ),
      { numRuns: 200 },
    );
  });
});
