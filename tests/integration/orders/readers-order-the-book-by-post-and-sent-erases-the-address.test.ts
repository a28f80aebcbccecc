/**
 * «Bestill boka i posten» through the real handlers and dynalite: a request lands in the editors'
 * queue with its address, is taken in once however often it is sent, tells the editors' mailbox
 * without the address, and «Merk som sendt» – or 90 days without it – erases the name and address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { createLocalMaintenance } from '../../../functions/shared/storage/index.ts';
import { UNSENT_ORDER_DAYS } from '../../../src/core/orders/limits.ts';
import type { Order } from '../../../src/core/orders/schema.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';
import { readOutbox } from '../support/outbox.ts';
import { manualClock } from '../support/test-storage.ts';

const clock = manualClock(new Date().toISOString());
let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ now: clock.now });
});

afterAll(() => moderation?.close());

let count = 0;
/** A request with an address of its own, so tests never meet each other's orders. */
const anOrder = (fields: Record<string, string> = {}) => {
  count += 1;
  return {
    name: `Ingrid Hansen ${count}`,
    address: `Storgata ${count}`,
    postcode: '3520',
    town: 'Jevnaker',
    edition: 'largeShort',
    ...fields,
  };
};
const order = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  moderation.api('/api/orders', { method: 'POST', token: null, json: body, headers });
const listed = async (status: 'waiting' | 'sent') =>
  ((await (await moderation.api(`/api/moderation/orders?status=${status}`)).json()) as { items: Order[] }).items;
const find = async (status: 'waiting' | 'sent', id: string) => (await listed(status)).find((item) => item.id === id);

describe('a reader asking to get the book by post', () => {
  it("lands in the editors' queue, newest first, with the address to write on the envelope", async () => {
    const first = (await (await order(anOrder())).json()) as { id: string };
    clock.advance(1000);
    const body = anOrder({ name: '  Per   Olsen ', postcode: '35 20', edition: 'short' });
    const response = await order(body);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as Record<string, unknown>;
    expect(receipt).toEqual({ id: expect.any(String), status: 'waiting', edition: 'short' });
    const waiting = await listed('waiting');
    expect(waiting.findIndex((item) => item.id === receipt.id)).toBeLessThan(waiting.findIndex((item) => item.id === first.id));
    expect(waiting.find((item) => item.id === receipt.id)).toMatchObject({
      name: 'Per Olsen',
      address: body.address,
      postcode: '3520',
      town: 'Jevnaker',
      edition: 'short',
      status: 'waiting',
    });
  });

  it('is refused with a Norwegian message for each field that is missing or wrong, and nothing is stored', async () => {
    const before = (await listed('waiting')).length;
    const response = await order({ name: ' ', address: '', postcode: '352', town: '', edition: 'poster' });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({
      name: 'Skriv navnet som skal stå på konvolutten.',
      address: 'Skriv adressen boka skal sendes til.',
      postcode: 'Postnummeret har fire siffer, for eksempel 3520.',
      town: 'Skriv poststedet.',
      edition: 'Velg hvilken utgave du vil ha.',
    });
    expect((await listed('waiting')).length).toBe(before);
  });

  it('is taken in once: a retry with the same Idempotency-Key, or the same form sent again the same day, is the same order', async () => {
    const body = anOrder();
    const keyed = anOrder();
    const [a, b] = await Promise.all([order(body), order(body)]);
    const [c, d] = await Promise.all([order(keyed, { 'idempotency-key': 'k-1' }), order(keyed, { 'idempotency-key': 'k-1' })]);
    const ids = await Promise.all([a, b, c, d].map(async (response) => ((await response.json()) as { id: string }).id));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    const waiting = await listed('waiting');
    expect(waiting.filter((item) => item.name === body.name)).toHaveLength(1);
    expect(waiting.filter((item) => item.name === keyed.name)).toHaveLength(1);
  });

  it('filled in by a bot (the hidden field) looks accepted and stores nothing', async () => {
    const body = anOrder({ website: 'https://spam.example' });
    expect((await order(body)).status).toBe(201);
    expect((await listed('waiting')).some((item) => item.name === body.name)).toBe(false);
  });

  it("tells the editors' mailbox once, with the edition and never the name or address", async () => {
    const body = anOrder({ edition: 'full' });
    const { id } = (await (await order(body)).json()) as { id: string };
    await moderation.server.runMailSchedule();
    await moderation.server.runMailSchedule();
    // The only order of the full book here, so the only notice with its name.
    const notices = readOutbox(moderation.server.context.env.MAIL_OUTBOX_DIR!).filter(
      (mail) => mail.subject === 'Ny bestilling av boka: Hele boka',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.to).toBe('redaksjonen@localhost');
    expect(notices[0]!.body).toContain('/redaksjon/#bestillinger');
    expect(notices[0]!.body).not.toContain(body.name);
    expect(notices[0]!.body).not.toContain(body.address);
    expect(await find('waiting', id)).toMatchObject({ name: body.name });
  });
});

describe('«Merk som sendt»', () => {
  it('erases the name and address and keeps the edition, the dates and who sent it; again gives the same answer', async () => {
    const { id } = (await (await order(anOrder())).json()) as { id: string };
    const marked = await moderation.api(`/api/moderation/orders/${id}/sent`, { method: 'POST' });
    expect(marked.status).toBe(200);
    const sent = (await marked.json()) as Order;
    expect(sent).toMatchObject({ id, status: 'sent', edition: 'largeShort', sentBy: 'Kari Redaktør' });
    for (const field of ['name', 'address', 'postcode', 'town', 'expiresAt']) expect(sent).not.toHaveProperty(field);
    expect(await find('waiting', id)).toBeUndefined();
    expect(await find('sent', id)).toEqual(sent);
    const again = await moderation.api(`/api/moderation/orders/${id}/sent`, { method: 'POST' });
    expect(await again.json()).toEqual(sent);
  });

  it('answers 404 for an order that does not exist, and only editors may use it', async () => {
    expect((await moderation.api('/api/moderation/orders/finnes-ikke/sent', { method: 'POST' })).status).toBe(404);
    const { id } = (await (await order(anOrder())).json()) as { id: string };
    expect((await moderation.api(`/api/moderation/orders/${id}/sent`, { method: 'POST', token: null })).status).toBe(401);
    expect((await moderation.api('/api/moderation/orders', { token: null })).status).toBe(401);
  });
});

describe('an order nobody marked sent', () => {
  it(`is gone with its address after ${UNSENT_ORDER_DAYS} days, and the local sweep deletes it`, async () => {
    const { id } = (await (await order(anOrder())).json()) as { id: string };
    expect(await find('waiting', id)).toMatchObject({ expiresAt: expect.any(String) });
    clock.advance(UNSENT_ORDER_DAYS * 86_400_000 + 1000);
    try {
      expect(await find('waiting', id)).toBeUndefined();
      expect((await moderation.api(`/api/moderation/orders/${id}/sent`, { method: 'POST' })).status).toBe(404);
      const { env } = moderation.server.context;
      const maintenance = createLocalMaintenance({
        client: createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT }),
        tableName: env.TABLE_NAME,
        contactRetentionDays: env.CONTACT_RETENTION_DAYS,
        now: clock.now,
      });
      expect(await maintenance.sweepExpired()).toBeGreaterThanOrEqual(1);
    } finally {
      clock.advance(-(UNSENT_ORDER_DAYS * 86_400_000 + 1000));
    }
  });
});

describe('an editor writing down a request heard on the phone', () => {
  it('puts it in the same queue with the channel and the editor', async () => {
    const body = { ...anOrder({ edition: 'large' }), channel: 'phone' };
    const response = await moderation.api('/api/moderation/orders', { method: 'POST', json: body });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(await find('waiting', id)).toMatchObject({
      name: body.name,
      edition: 'large',
      channel: { via: 'phone', registeredBy: 'Kari Redaktør' },
    });
  });

  it('gets the same validation as the form, plus the channel', async () => {
    const response = await moderation.api('/api/moderation/orders', {
      method: 'POST',
      json: { ...anOrder({ postcode: 'abcd' }), channel: 'fax' },
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['channel', 'postcode']);
  });
});

describe('the limit per client', () => {
  it(`refuses more than the limit in an hour with 429`, async () => {
    const limited = await startModerationServer({ env: { SUGGESTION_RATE_LIMIT: '60' } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 6; index += 1) {
        statuses.push((await limited.api('/api/orders', { method: 'POST', token: null, json: anOrder() })).status);
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
