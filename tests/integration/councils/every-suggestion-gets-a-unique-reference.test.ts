import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../../src/core/suggestions/reference.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';
import { sendUntilAnswered } from '../support/send-again.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  moderation.api('/api/suggestions', { method: 'POST', token: null, json: body, headers });

describe('the reference a suggestion gets', () => {
  it('reads F-<year>-<four digits> and is in the 201 answer with the id and status', async () => {
    const response = await send({ kind: 'question', text: 'Hvem betaler for trygghetsalarmen?' });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { id: string; status: string; reference: string };
    expect(receipt.status).toBe('new');
    expect(receipt.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt.reference).toMatch(REFERENCE_PATTERN);
    expect(receipt.reference.startsWith(`F-${new Date().getFullYear()}-`)).toBe(true);
  });

  it('is different for each of 200 suggestions sent at the same time, with no gaps but the numbers of attempts that failed', async () => {
    // Sent as people with the form do on a busy machine (support/send-again.ts). A number taken by an attempt
    // that then failed is never handed out again, so only those may leave a gap.
    const answered = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        sendUntilAnswered(moderation.server.url, `samtidig-${index}`, {
          kind: 'correction',
          text: `Samtidig forslag nummer ${index} om sykehjem.`,
        }),
      ),
    );
    const responses = answered.map(({ response }) => response);
    const failed = answered.reduce((sum, { failed: count }) => sum + count, 0);
    const references = await Promise.all(
      responses.map(async (response) => {
        expect(response.status).toBe(201);
        return ((await response.json()) as { reference: string }).reference;
      }),
    );
    expect(new Set(references).size).toBe(200);
    const numbers = references.map((reference) => Number(REFERENCE_PATTERN.exec(reference)![2])).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]! - 199).toBeLessThanOrEqual(failed);
  }, 300_000);

  it('is the same when a request is repeated with its Idempotency-Key, also concurrently', async () => {
    const body = { kind: 'question', text: 'Kan jeg få hjelp til å fylle ut søknaden?' };
    const headers = { 'idempotency-key': `gjentak-${Date.now()}` };
    const answers = await Promise.all([send(body, headers), send(body, headers), send(body, headers)]);
    const receipts = await Promise.all(answers.map((response) => response.json() as Promise<{ id: string; reference: string }>));
    expect(new Set(receipts.map((receipt) => receipt.id)).size).toBe(1);
    expect(new Set(receipts.map((receipt) => receipt.reference)).size).toBe(1);
    const later = (await (await send(body, headers)).json()) as { reference: string };
    expect(later.reference).toBe(receipts[0]!.reference);
  });

  it('sends a plain form post to the thank-you page of the stored suggestion, named by its id only', async () => {
    const form = new URLSearchParams({
      kind: 'question',
      text: 'Fra rådet: når kommer svaret?',
      councilCode: moderation.server.demoCouncilCode,
    });
    const response = await fetch(`${moderation.server.url}/api/suggestions`, { method: 'POST', body: form, redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, moderation.server.url);
    expect(location.pathname).toBe('/api/foresla/takk');
    expect([...location.searchParams.keys()]).toEqual(['id']);
    const stored = await moderation.server.context.storage.getSuggestion(location.searchParams.get('id')!);
    expect(stored?.reference).toMatch(REFERENCE_PATTERN);
    expect(stored?.source).toMatchObject({ type: 'council', councilName: 'Eldrerådet' });
  });
});
