import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCouncilCode } from '../../../functions/shared/council-code.ts';
import { run as feedback } from '../../../functions/feedback/handler.ts';
import { run as health } from '../../../functions/health/handler.ts';
import { run as publicAnswers } from '../../../functions/public-answers/handler.ts';
import type { AppContext } from '../../../functions/shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../../../functions/shared/handler.ts';
import type { APIGatewayProxyEventV2 } from '../../../functions/shared/http.ts';
import { run as suggestions } from '../../../functions/suggestions/handler.ts';
import { fixture, fromAddress, withBody, withForm } from '../../fixtures/api-events/index.ts';
import { startTestContext, unreachableContext, type TestContext } from '../support/test-storage.ts';
import { councilAdmin } from '../../../functions/councils/council-admin.ts';

let ctx: TestContext;
let limited: TestContext;
const down = unreachableContext();
const COUNCIL_CODE = 'K7M2-QX9D-H4TB';

beforeAll(async () => {
  [ctx, limited] = await Promise.all([startTestContext(), startTestContext({ env: { SUGGESTION_RATE_LIMIT: '2' } })]);
  await councilAdmin(ctx).createCouncil({ name: 'Eldrerådet', codeHash: hashCouncilCode(COUNCIL_CODE) });
});
afterAll(async () => {
  down.storage.close();
  await Promise.all([ctx.close(), limited.close()]);
});

const call = async (logic: RouteLogic, event: APIGatewayProxyEventV2, context: AppContext = ctx) => {
  const result = await createHandler(logic, () => context)(event);
  return { ...result, json: result.body ? (JSON.parse(result.body) as Record<string, any>) : undefined };
};

const valid = { kind: 'question', text: 'Hvordan søker jeg om plass på sykehjem?' };

describe('POST /api/suggestions', () => {
  it('201 with id, status "new" and the reference for a valid JSON body (the real event)', async () => {
    const result = await call(suggestions, fixture('post-suggestion'));
    expect(result.statusCode).toBe(201);
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    expect(result.json).toEqual({ id: expect.any(String), status: 'new', reference: expect.stringMatching(/^F-\d{4}-\d{4}$/) });
    expect((await ctx.storage.getSuggestion(result.json!.id))?.topic).toBe('sykehjem');
  });

  it('201 with the same body again for the same Idempotency-Key and body, storing one item', async () => {
    const event = withBody('post-suggestion', { ...valid, text: 'Idempotent spørsmål om fastlege' }, { 'idempotency-key': 'retry-1' });
    const before = (await ctx.lists.countSuggestionsByStatus()).new;
    const [first, second] = [await call(suggestions, event), await call(suggestions, event)];
    expect(first.statusCode).toBe(201);
    expect(second.body).toBe(first.body);
    expect((await ctx.lists.countSuggestionsByStatus()).new).toBe(before + 1);
  });

  it('201 from a council with a valid code, shown as coming from that council', async () => {
    const result = await call(suggestions, withBody('post-suggestion', { ...valid, councilCode: COUNCIL_CODE.toLowerCase() }));
    expect(result.statusCode).toBe(201);
    expect((await ctx.storage.getSuggestion(result.json!.id))?.source).toMatchObject({ type: 'council', councilName: 'Eldrerådet' });
  });

  it('201 for a filled-in honeypot, storing nothing', async () => {
    const before = (await ctx.lists.countSuggestionsByStatus()).new;
    const result = await call(suggestions, withBody('post-suggestion', { ...valid, website: 'http://spam.example' }));
    expect(result.statusCode).toBe(201);
    expect(await ctx.storage.getSuggestion(result.json!.id)).toBeUndefined();
    expect((await ctx.lists.countSuggestionsByStatus()).new).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"kind": "question",', 'invalid-json'],
    ['an empty body', '', 'empty-body'],
    ['a JSON array', '[]', 'invalid-body'],
    ['wrong types', JSON.stringify({ kind: 1, text: ['x'] }), 'validation-failed'],
  ])('400 for %s', async (_label, body, code) => {
    const result = await call(suggestions, withBody('post-suggestion', body));
    expect(result.statusCode).toBe(400);
    expect(result.json?.error.code).toBe(code);
    expect(result.json?.error.message).toEqual(expect.any(String));
  });

  it('400 naming the fields, including an unknown topic', async () => {
    const result = await call(suggestions, withBody('post-suggestion', { kind: 'question', text: 'kort', topic: 'finnes-ikke' }));
    expect(result.statusCode).toBe(400);
    expect(Object.keys(result.json?.error.fields)).toEqual(['text']);
    const topic = await call(suggestions, withBody('post-suggestion', { ...valid, topic: 'finnes-ikke' }));
    expect(topic.json?.error.fields).toEqual({ topic: expect.any(String) });
  });

  it('400 for a malformed Idempotency-Key', async () => {
    const result = await call(suggestions, withBody('post-suggestion', valid, { 'idempotency-key': 'x'.repeat(65) }));
    expect(result.statusCode).toBe(400);
    expect(result.json?.error.code).toBe('invalid-idempotency-key');
  });

  it('403 invalid-council-code for an unknown or revoked code', async () => {
    const result = await call(suggestions, withBody('post-suggestion', { ...valid, councilCode: 'FEIL-KODE-0000' }));
    expect(result.statusCode).toBe(403);
    expect(result.json?.error.code).toBe('invalid-council-code');
  });

  it('413 for a body over 16 KiB', async () => {
    const result = await call(suggestions, withBody('post-suggestion', { ...valid, text: 'a'.repeat(17 * 1024) }));
    expect(result.statusCode).toBe(413);
    expect(result.json?.error.code).toBe('payload-too-large');
  });

  it('415 for any other content type', async () => {
    const result = await call(suggestions, withBody('post-suggestion', valid, { 'content-type': 'text/plain' }));
    expect(result.statusCode).toBe(415);
    expect(result.json?.error.code).toBe('unsupported-media-type');
  });

  it('429 with Retry-After once a client sent the hourly limit, while other clients go through', async () => {
    const event = fromAddress(withBody('post-suggestion', valid), '203.0.113.200');
    expect((await call(suggestions, event, limited)).statusCode).toBe(201);
    expect((await call(suggestions, event, limited)).statusCode).toBe(201);
    const third = await call(suggestions, event, limited);
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers?.['retry-after'])).toBeGreaterThan(0);
    expect((await call(suggestions, fromAddress(event, '203.0.113.201'), limited)).statusCode).toBe(201);
  });

  it('behind CloudFront, limits each reader by the trusted viewer-address header, not the shared edge address', async () => {
    const proxied = await startTestContext({ env: { SUGGESTION_RATE_LIMIT: '1', CLIENT_ADDRESS_HEADER: 'x-viewer-address' } });
    try {
      const edge = fromAddress(withBody('post-suggestion', valid), '130.176.0.1');
      const reader = (address: string) => ({ ...edge, headers: { ...edge.headers, 'x-viewer-address': address } });
      expect((await call(suggestions, reader('203.0.113.10'), proxied)).statusCode).toBe(201);
      expect((await call(suggestions, reader('203.0.113.10'), proxied)).statusCode).toBe(429);
      expect((await call(suggestions, reader('203.0.113.11'), proxied)).statusCode).toBe(201);
    } finally {
      await proxied.close();
    }
  });

  it('never stores the client address, only a hash of it', async () => {
    const event = fromAddress(withBody('post-suggestion', valid), '198.51.100.123');
    await call(suggestions, event, limited);
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const { createDocumentClient } = await import('../../../functions/shared/storage/client.ts');
    const client = createDocumentClient({ region: 'local', endpoint: limited.env.DYNAMODB_ENDPOINT });
    const scan = await client.send(new ScanCommand({ TableName: limited.env.TABLE_NAME }));
    client.destroy();
    expect(JSON.stringify(scan.Items)).not.toContain('198.51.100.123');
  });

  it('503 with a Norwegian message when storage is down', async () => {
    const result = await call(suggestions, fixture('post-suggestion'), down);
    expect(result.statusCode).toBe(503);
    expect(result.json?.error).toEqual({ code: 'storage-unavailable', message: expect.stringMatching(/Prøv igjen/) });
  });

  it('303 to the thank-you page for the plain form (the real base64 event)', async () => {
    const result = await call(suggestions, fixture('post-suggestion-form'));
    expect(result.statusCode).toBe(303);
    expect(result.headers?.location).toMatch(/^\/api\/foresla\/takk\?id=[0-9a-f-]{36}$/);
  });

  it('303 back to the form at the first problem for an invalid plain form, and at the general note when storage is down', async () => {
    const invalid = await call(suggestions, withForm('post-suggestion-form', { kind: 'question', text: '   ', email: 'nei' }));
    expect(invalid.statusCode).toBe(303);
    expect(invalid.headers?.location).toBe('/foresla/?feil=text#feil-text');
    const council = await call(
      suggestions,
      withForm('post-suggestion-form', { kind: 'question', text: 'Et langt nok spørsmål', councilCode: 'FEIL' }),
    );
    expect(council.headers?.location).toBe('/foresla/?feil=councilCode#feil-councilCode');
    const unavailable = await call(
      suggestions,
      withForm('post-suggestion-form', { kind: 'question', text: 'Et langt nok spørsmål' }),
      down,
    );
    expect(unavailable.headers?.location).toBe('/foresla/?feil=teknisk#feil-teknisk');
  });
});

describe('POST /api/feedback', () => {
  it('202 for a valid answer (the real event)', async () => {
    const result = await call(feedback, fixture('post-feedback'));
    expect(result.statusCode).toBe(202);
    expect((await ctx.feedback.listPageFeedback('/sykehjem/', { limit: 5 })).no).toBe(1);
  });

  it('400 for an invalid answer', async () => {
    const result = await call(feedback, withBody('post-feedback', { page: '/sykehjem/', useful: 'kanskje' }));
    expect(result.statusCode).toBe(400);
    expect(result.json?.error.fields).toHaveProperty('useful');
  });

  it('303 back to the page at the thank-you note for the plain form', async () => {
    const result = await call(feedback, withForm('post-feedback', { page: '/fastlege/', useful: 'true', comment: '' }));
    expect(result.statusCode).toBe(303);
    expect(result.headers?.location).toBe('/fastlege/#takk-for-tilbakemeldingen');
  });

  it('503 when storage is down', async () => {
    expect((await call(feedback, fixture('post-feedback'), down)).statusCode).toBe(503);
  });
});

describe('GET /api/health', () => {
  it('200 { ok: true } when storage answers, 503 when it does not', async () => {
    const up = await call(health, fixture('get-health'));
    expect(up.statusCode).toBe(200);
    expect(up.json).toEqual({ ok: true });
    expect((await call(health, fixture('get-health'), down)).statusCode).toBe(503);
  });
});

describe('GET /api/public/answers', () => {
  it('200 with public suggestions and their answer, never contact data', async () => {
    const created = await call(
      suggestions,
      withBody('post-suggestion', { ...valid, contact: { name: 'Kari Nordmann', email: 'kari@example.no', phone: '90000000' } }),
    );
    await ctx.storage.updateSuggestion(created.json!.id, {
      expectedVersion: 1,
      actor: 'redaktor',
      public: true,
      publicAnswer: 'Vi har laget en ny side om dette.',
    });
    const result = await call(publicAnswers, fixture('get-public-answers'));
    expect(result.statusCode).toBe(200);
    expect(result.json?.items[0]).toMatchObject({ id: created.json!.id, answer: 'Vi har laget en ny side om dette.', status: 'new' });
    expect(result.body).not.toMatch(/Kari Nordmann|kari@example\.no|90000000|contact|hasContact/);
  });

  it('400 for a limit outside 1–100, 503 when storage is down', async () => {
    const event = fixture('get-public-answers');
    const bad = await call(publicAnswers, { ...event, queryStringParameters: { limit: '500' } });
    expect(bad.statusCode).toBe(400);
    expect((await call(publicAnswers, event, down)).statusCode).toBe(503);
  });
});

describe('unexpected failures', () => {
  it('500 with a plain message that leaks nothing', async () => {
    const broken: RouteLogic = async () => {
      throw new Error('secret table name and stack');
    };
    const result = await call(broken, fixture('get-health'));
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secret');
    expect(result.json?.error.code).toBe('internal-error');
  });
});
