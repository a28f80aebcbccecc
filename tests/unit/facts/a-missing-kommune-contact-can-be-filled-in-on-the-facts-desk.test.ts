import { readFileSync } from 'node:fs';
import { readFactFiles } from '../../../src/core/municipality.ts';
import { describe, expect, it } from 'vitest';
import { factForm, type GroupField } from '../../../src/core/facts/form-model.ts';
import { valueFromEntries } from '../../../src/core/facts/form-value.ts';
import { checkFact } from '../../../src/core/facts/problems.ts';
import { factSchemaOf, factsOf, KOMMUNE_FACT, missingKommuneContacts, overlayFacts } from '../../../src/core/facts/facts.ts';
import { kommuneContactSchema, municipalitySchema } from '../../../src/core/schemas/municipality.ts';

const { files } = readFactFiles((path) => readFileSync(path, 'utf8'), { MUNICIPALITY_CONFIG: 'content/municipalities/levanger.json' });

describe('a kommune contact no official page confirmed, on the facts desk', () => {
  const kommunen = factsOf(files).find((fact) => fact.id === KOMMUNE_FACT)!;

  it('shows as missing, with empty fields to fill in', () => {
    expect(missingKommuneContacts(kommunen.value)).toEqual(['switchboard', 'email', 'address', 'serviceDesk']);
    const fields = factForm(factSchemaOf(kommunen), kommunen.value);
    const switchboard = fields.find((field) => field.name === 'switchboard') as GroupField;
    expect(switchboard.required).toBe(false);
    expect(switchboard.fields.find((field) => field.name === 'switchboard.phone')).toMatchObject({
      kind: 'input',
      value: '',
      required: true,
    });
    expect(fields.find((field) => field.name === 'email')).toMatchObject({ kind: 'input', value: '', required: false });
  });

  // A made-up number: the test shows the round trip, not a fact about Levanger.
  it('is saved once an editor types it in, and the book then reads it', () => {
    const typed = valueFromEntries([
      { name: 'switchboard.phone', kind: 'text', value: '12 34 56 78' },
      { name: 'switchboard.hours', kind: 'text', value: '' },
      { name: 'switchboard.openingHours.allDay', kind: 'checkbox', value: false },
      { name: 'email', kind: 'text', value: '' },
      { name: 'address.street', kind: 'text', value: '' },
      { name: 'address.postalCode', kind: 'text', value: '' },
      { name: 'address.city', kind: 'text', value: '' },
    ]);
    const checked = checkFact(kommuneContactSchema, { ...kommunen.value, ...typed });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(missingKommuneContacts(checked.value)).toEqual(['email', 'address', 'serviceDesk']);
    const book = overlayFacts(files, [{ id: KOMMUNE_FACT, value: checked.value }]);
    expect(municipalitySchema.parse(book.municipality).switchboard?.phone).toBe('12 34 56 78');
  });

  it('is refused half filled in, with the problem beside the field', () => {
    const checked = checkFact(kommuneContactSchema, { ...kommunen.value, address: { street: 'Rådhusgata 7' } });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['address.postalCode', 'address.city']));
  });
});
