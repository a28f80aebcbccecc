/**
 * The schemas' own messages for a bad value are the catalogue's, read in the deployment's language
 * when the value is checked: in a deployment for a nynorsk kommune (BOOK_LANGUAGE=nn) the facts API
 * answers a bad fact with one nynorsk message per field, and the facts desk puts exactly those
 * messages beside its fields (src/scripts/facts/form-dom.ts, showProblems).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherStandardForms } from '../../../src/core/written-standard.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({
    env: { SUGGESTION_RATE_LIMIT: '0', BOOK_LANGUAGE: 'nn' },
  });
});
afterAll(async () => {
  await moderation?.close();
});

type Fact = { value: Record<string, unknown> };

describe('a bad fact in a nynorsk deployment', () => {
  it('gets its schema messages in nynorsk from the API', async () => {
    const fact = (await (await moderation.api('/api/moderation/facts/tildelingskontor')).json()) as Fact;
    const response = await moderation.api('/api/moderation/facts/tildelingskontor', {
      method: 'PUT',
      json: {
        value: {
          ...fact.value,
          name: '',
          phone: 'ring oss',
          email: 'ikkje ei adresse',
          openingHours: { periods: [{ days: [], from: '25:00', to: '10:00' }] },
          prices: [{ topic: 'Tryggleiksalarm', title: 'T', values: [{ validFrom: '1. januar', items: [{ amount: -5, unit: 'veke' }] }] }],
        },
        version: 0,
      },
    });
    expect(response.status).toBe(400);
    const { fields } = (await response.json()) as { fields: { path: string; message: string }[] };
    const message = (path: string) => fields.find((field) => field.path === path)?.message;
    expect(message('name')).toBe('Skriv namnet på tenesta');
    expect(message('phone')).toBe('Telefonnummeret kan berre innehalde siffer og mellomrom, til dømes 12 34 56 78');
    expect(message('email')).toBe('Skriv ei gyldig e-postadresse');
    expect(message('openingHours.periods.0.days')).toBe('Vel minst éin dag');
    expect(message('openingHours.periods.0.from')).toBe('Skriv klokkeslettet som TT:MM, til dømes 08:00');
    expect(message('prices.0.topic')).toBe('Berre små bokstavar a–z, tal og bindestrek, til dømes trygghetsalarm');
    expect(message('prices.0.values.0.items.0.amount')).toBe('Beløpet kan ikkje vere negativt');
    expect(message('prices.0.values.0.items.0.unit')).toBe('Vel kva beløpet gjeld per');
    // The messages zod words without the schema's help come from the same catalogue.
    expect(message('prices.0.values.0.source')).toBe('Fyll ut dette feltet.');
    expect(fields.flatMap((field) => otherStandardForms(field.message, 'nn'))).toEqual([]);
  });

  it('words a rule across fields in nynorsk too', async () => {
    const fact = (await (await moderation.api('/api/moderation/facts/grunnbelop')).json()) as Fact;
    const value = {
      validFrom: '2027-05-01',
      validTo: '2027-04-30',
      amount: 140000,
      source: { title: 'Forskrift', url: 'https://lovdata.no/g' },
    };
    const response = await moderation.api('/api/moderation/facts/grunnbelop', {
      method: 'PUT',
      json: { value: { ...fact.value, values: [...(fact.value.values as unknown[]), value] }, version: 0 },
    });
    expect(response.status).toBe(400);
    const { fields } = (await response.json()) as { fields: { path: string; message: string }[] };
    expect(fields.map((field) => field.message)).toContain('Sluttdatoen kan ikkje vere før startdatoen');
  });
});
