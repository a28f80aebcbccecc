/**
 * The facts API as its contract says (issue 23): the list, one fact, saving a revision with 400
 * invalid-fact naming each field in Norwegian and 409 on a stale version, history and restore.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});
afterAll(async () => {
  await moderation?.close();
});

type Fact = { id: string; kind: string; version: number; value: Record<string, unknown> };
const get = async (path: string) => (await moderation.api(path)).json();
const put = (id: string, body: unknown) => moderation.api(`/api/moderation/facts/${id}`, { method: 'PUT', json: body });

describe('GET /api/moderation/facts', () => {
  it('lists every fact with exactly id, kind, title, lastChecked, reviewDue and version', async () => {
    const { items } = (await get('/api/moderation/facts')) as { items: Record<string, unknown>[] };
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['id', 'kind', 'lastChecked', 'reviewDue', 'title', 'version']);
    expect(items.find((item) => item.id === 'grunnbelop')).toEqual({
      id: 'grunnbelop',
      kind: 'national',
      title: 'Grunnbeløpet i folketrygden (G)',
      lastChecked: '2026-12-07',
      reviewDue: '2027-12-07',
      version: 0,
    });
    expect(items.find((item) => item.id === 'tt-kort')).toMatchObject({ kind: 'county', lastChecked: null, reviewDue: null });
    expect(items.find((item) => item.id === 'kommunen')).toMatchObject({
      kind: 'service',
      title: 'Jevnaker kommune: sentralbord, e-post og adresser',
    });
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(['service', 'county', 'national']));
  });

  it('needs an editor token', async () => {
    expect((await moderation.api('/api/moderation/facts', { token: null })).status).toBe(401);
  });
});

describe('GET and PUT /api/moderation/facts/{id}', () => {
  it('gives the seed as version 0 and saves a change as version 1', async () => {
    const fact = (await get('/api/moderation/facts/hjemmetjenesten')) as Fact;
    expect(Object.keys(fact).sort()).toEqual(['id', 'kind', 'value', 'version']);
    expect(fact).toMatchObject({ id: 'hjemmetjenesten', kind: 'service', version: 0 });
    const value = {
      ...fact.value,
      phone: '61 31 60 00',
      openingHours: {
        periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '15:30' }],
        exceptions: [{ date: '2026-12-24', note: 'Julaften' }],
      },
    };
    const saved = await put('hjemmetjenesten', { value, version: 0, note: 'Nytt nummer og julaften' });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ id: 'hjemmetjenesten', version: 1 });
    const after = (await get('/api/moderation/facts/hjemmetjenesten')) as Fact;
    expect(after.version).toBe(1);
    expect(after.value).toMatchObject({
      phone: '61 31 60 00',
      openingHours: { allDay: false, exceptions: [{ date: '2026-12-24', periods: [] }] },
    });
    expect(((await get('/api/moderation/facts/hjemmetjenesten?version=0')) as Fact).value.phone).toBeUndefined();
  });

  it('refuses a value outside the schema with 400 invalid-fact and a Norwegian message per field, storing nothing', async () => {
    const fact = (await get('/api/moderation/facts/tildelingskontor')) as Fact;
    const response = await put('tildelingskontor', {
      value: {
        ...fact.value,
        name: '',
        phone: 'ring oss',
        openingHours: { periods: [{ days: [], from: '25:00', to: '10:00' }] },
        prices: [
          {
            topic: 'trygghetsalarm',
            title: 'Trygghetsalarm',
            values: [{ validFrom: '1. januar', items: [{ amount: 'mye', unit: 'month' }] }],
          },
        ],
      },
      version: 0,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; fields: { path: string; message: string }[] };
    expect(Object.keys(body).sort()).toEqual(['error', 'fields']);
    expect(body.error).toBe('invalid-fact');
    const message = (path: string) => body.fields.find((field) => field.path === path)?.message;
    expect(message('name')).toBe('Skriv navnet på tjenesten');
    expect(message('phone')).toMatch(/^Telefonnummer kan bare inneholde sifre/);
    expect(message('openingHours.periods.0.days')).toBe('Velg minst én dag');
    expect(message('openingHours.periods.0.from')).toMatch(/^Skriv klokkeslett som TT:MM/);
    expect(message('prices.0.values.0.validFrom')).toBe('Skriv datoen som ÅÅÅÅ-MM-DD');
    expect(message('prices.0.values.0.items.0.amount')).toBe('Skriv beløpet i hele kroner');
    expect(message('prices.0.values.0.source')).toBe('Fyll ut dette feltet.');
    expect(((await get('/api/moderation/facts/tildelingskontor')) as Fact).version).toBe(0);
  });

  it('refuses a service asked for through one that has no number of its own', async () => {
    const fact = (await get('/api/moderation/facts/demensteam')) as Fact;
    const response = await put('demensteam', { value: { ...fact.value, askVia: 'frivilligsentral' }, version: 0 });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: { path: string }[] }).fields.map((field) => field.path)).toEqual(['askVia']);
  });

  it('answers 409 to a save from a stale version and keeps the newer one', async () => {
    const fact = (await get('/api/moderation/facts/frivilligsentral')) as Fact;
    expect((await put('frivilligsentral', { value: { ...fact.value, email: 'frivillig@example.no' }, version: 0 })).status).toBe(200);
    const stale = await put('frivilligsentral', { value: { ...fact.value, email: 'gammel@example.no' }, version: 0 });
    expect(stale.status).toBe(409);
    expect(((await get('/api/moderation/facts/frivilligsentral')) as Fact).value.email).toBe('frivillig@example.no');
  });

  it('keeps every revision, and restores an old one as a new revision', async () => {
    const fact = (await get('/api/moderation/facts/grunnbelop')) as Fact;
    const values = fact.value.values as unknown[];
    const later = { validFrom: '2027-05-01', amount: 140000, source: { title: 'Forskrift om grunnbeløp', url: 'https://lovdata.no/g' } };
    expect((await put('grunnbelop', { value: { ...fact.value, values: [...values, later] }, version: 0 })).status).toBe(200);
    const first = (await get('/api/moderation/facts/grunnbelop?version=0')) as Fact;
    expect((await put('grunnbelop', { value: first.value, version: 1, note: 'Gjenopprettet', restoredFrom: 1 })).status).toBe(200);
    const { items, liveVersion } = (await get('/api/moderation/facts/grunnbelop/revisions')) as {
      items: { version: number; actor: string; note?: string; restoredFrom?: number }[];
      liveVersion: number;
    };
    expect(items.map((item) => item.version)).toEqual([2, 1]);
    expect(items[0]).toMatchObject({ actor: 'Kari Redaktør', note: 'Gjenopprettet', restoredFrom: 1 });
    expect(liveVersion).toBe(0);
    expect(((await get('/api/moderation/facts/grunnbelop')) as Fact).value.values).toEqual(values);
  });

  it('answers 404 for a fact that does not exist', async () => {
    expect((await moderation.api('/api/moderation/facts/finnes-ikke')).status).toBe(404);
    expect((await put('finnes-ikke', { value: { name: 'x' }, version: 0 })).status).toBe(404);
    expect((await moderation.api('/api/moderation/facts/grunnbelop?version=99')).status).toBe(404);
  });
});
