import { describe, expect, it } from 'vitest';
import { eachField, factForm, type FormField, type ListField } from '../../../src/core/facts/form-model.ts';
import { valueFromEntries, type FormEntry } from '../../../src/core/facts/form-value.ts';
import { figureSchema } from '../../../src/core/schemas/national.ts';
import { serviceSchema } from '../../../src/core/schemas/municipality.ts';
import { t } from '../../../src/core/text/t.ts';

const service = serviceSchema.parse({
  name: 'Hjemmetjenesten',
  description: 'Gir hjemmesykepleie og praktisk bistand.',
  phone: '61 31 00 00',
  openingHours: {
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '15:30' }],
    exceptions: [{ date: '2026-12-24', note: 'Julaften', periods: [] }],
  },
  prices: [
    {
      topic: 'praktisk-bistand',
      title: 'Praktisk bistand',
      values: [
        {
          validFrom: '2026-01-01',
          items: [{ amount: 220, unit: 'hour', incomeBracket: { fromG: 2, toG: 3 } }],
          source: { title: 'Betalingssatser', url: 'https://www.kommune.no/satser' },
        },
      ],
    },
  ],
});

const find = (fields: readonly FormField[], name: string) => [...eachField(fields)].find((field) => field.name === name);

describe('the form for a fact', () => {
  const form = factForm(serviceSchema, service);

  it('labels every field from the catalogue, with its help', () => {
    expect(find(form, 'phone')).toMatchObject({
      kind: 'input',
      input: 'tel',
      label: t('facts.field.phone'),
      help: t('facts.field.phone.help'),
    });
    expect(find(form, 'name')).toMatchObject({ required: true, value: 'Hjemmetjenesten' });
    expect(find(form, 'email')).toMatchObject({ required: false, input: 'email', value: '' });
    for (const field of eachField(form)) expect(field.label, field.name).not.toBe('');
  });

  it('shows opening hours as day/from/to rows, «hele døgnet» and dated exceptions', () => {
    expect(find(form, 'openingHours.allDay')).toMatchObject({ kind: 'checkbox', checked: false, label: 'Åpent hele døgnet' });
    const periods = find(form, 'openingHours.periods') as ListField;
    expect(periods.kind).toBe('list');
    expect(periods.rows).toHaveLength(1);
    expect(find(form, 'openingHours.periods.0.days')).toMatchObject({ kind: 'choices', values: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    expect(find(form, 'openingHours.periods.0.from')).toMatchObject({ input: 'time', value: '08:00' });
    expect(find(form, 'openingHours.exceptions.0.date')).toMatchObject({ input: 'date', value: '2026-12-24' });
    expect(find(form, 'openingHours.exceptions.0.note')).toMatchObject({ value: 'Julaften' });
    expect((find(form, 'openingHours.exceptions.0.periods') as ListField).rows).toEqual([]);
  });

  it('shows prices as dated rows of amount, unit and income bracket', () => {
    expect(find(form, 'prices.0.values.0.validFrom')).toMatchObject({ input: 'date', value: '2026-01-01' });
    expect(find(form, 'prices.0.values.0.items.0.amount')).toMatchObject({ input: 'number', integer: true, value: '220' });
    const unit = find(form, 'prices.0.values.0.items.0.unit');
    expect(unit).toMatchObject({ kind: 'select', value: 'hour' });
    expect(unit?.kind === 'select' && unit.options.find((option) => option.value === 'month')?.label).toBe('per måned');
    expect(find(form, 'prices.0.values.0.items.0.incomeBracket.fromG')).toMatchObject({ value: '2', required: false });
  });

  it('gives every list an empty row to add', () => {
    const prices = find(form, 'prices') as ListField;
    expect(prices.template.kind).toBe('group');
    expect(find([prices.template], 'prices.0.title')).toMatchObject({ value: '' });
  });

  it('gives a national figure its dated values and whom to ask', () => {
    const figure = factForm(figureSchema, undefined);
    expect(find(figure, 'unit')).toMatchObject({ kind: 'select' });
    expect(find(figure, 'ask')).toMatchObject({ kind: 'select', label: t('facts.field.figureAsk') });
    expect(find(figure, 'values')).toMatchObject({ kind: 'list', rows: [] });
  });
});

describe('what an editor typed, back to a value', () => {
  it('is the value the form was filled with, so a form saved unchanged changes nothing', () => {
    const entries: FormEntry[] = [];
    for (const field of eachField(factForm(serviceSchema, service))) {
      if (field.kind === 'input')
        entries.push({ name: field.name, kind: field.input === 'number' ? 'number' : 'text', value: field.value });
      if (field.kind === 'select') entries.push({ name: field.name, kind: 'text', value: field.value });
      if (field.kind === 'checkbox') entries.push({ name: field.name, kind: 'checkbox', value: field.checked });
      if (field.kind === 'choices') entries.push({ name: field.name, kind: 'choices', value: field.values });
    }
    expect(serviceSchema.parse(valueFromEntries(entries))).toEqual(service);
  });

  it('leaves out what nobody filled in, keeps an unticked box at the top and a number that is not one as typed', () => {
    const value = valueFromEntries([
      { name: 'name', kind: 'text', value: ' Tildeling ' },
      { name: 'email', kind: 'text', value: '' },
      { name: 'viaSwitchboard', kind: 'checkbox', value: false },
      { name: 'afterHours.name', kind: 'text', value: '' },
      { name: 'afterHours.phone', kind: 'text', value: '' },
      { name: 'openingHours.allDay', kind: 'checkbox', value: false },
      { name: 'openingHours.periods.0.days', kind: 'choices', value: [] },
      { name: 'openingHours.periods.0.from', kind: 'text', value: '' },
      { name: 'prices.0.values.0.items.0.amount', kind: 'number', value: '1 200' },
      { name: 'prices.0.values.0.items.1.amount', kind: 'number', value: 'mange' },
      { name: 'conditions.2', kind: 'text', value: 'Du må bo i kommunen.' },
    ]);
    expect(value).toEqual({
      name: 'Tildeling',
      viaSwitchboard: false,
      prices: [{ values: [{ items: [{ amount: 1200 }, { amount: 'mange' }] }] }],
      conditions: ['Du må bo i kommunen.'],
    });
  });

  it('ignores names that would reach an object’s prototype', () => {
    expect(valueFromEntries([{ name: '__proto__.polluted', kind: 'text', value: 'ja' }])).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
