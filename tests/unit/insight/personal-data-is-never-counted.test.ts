import { describe, expect, it } from 'vitest';
import { looksLikePersonalData } from '../../../src/core/insight/personal-data.ts';
import { countedQuery, MAX_COUNTED_QUERY_LENGTH } from '../../../src/core/insight/search-query.ts';

describe('a question that looks like personal data', () => {
  it.each([
    'ring 22334455',
    'ring 22 33 44 55',
    'mamma sitt nummer er 922-33-445',
    '+47 22.33.44.55',
    'fødselsnummer 01019012345',
    'personnummer 010190 12345',
    'kontonummer 1234.56.78901',
    'kari@example.no',
    'kari＠example.no',
    'skriv til ola @ kommunen',
    'nummer ２２３３４４５５',
    '12345',
  ])('%s is never counted under its words', (query) => {
    expect(looksLikePersonalData(query)).toBe(true);
    expect(countedQuery(query)).toBeUndefined();
  });

  it.each(['sykehjem', 'egenandel 2026', 'trygghetsalarm 300 kr', 'ring 113', 'lov 1234', 'hjemmesykepleie etter kl 16'])(
    '%s is an ordinary question',
    (query) => {
      expect(looksLikePersonalData(query)).toBe(false);
      expect(countedQuery(query)).toBeDefined();
    },
  );
});

describe('the form a question is counted in', () => {
  it('is the question in lower case with the spaces evened out and quotes and punctuation around it gone', () => {
    expect(countedQuery('  «Sykehjem pris?» ')).toBe('sykehjem pris');
    expect(countedQuery('Sykehjem')).toBe('sykehjem');
    expect(countedQuery('sykehjem ')).toBe('sykehjem');
    expect(countedQuery('Hva   koster\tsykehjem?')).toBe('hva koster sykehjem');
    expect(countedQuery('"Dagsenter"')).toBe('dagsenter');
  });

  it('keeps æ, ø and å, and leaves out invisible control and reordering characters', () => {
    expect(countedQuery('Pårørende\u202E støtte\u0007')).toBe('pårørende støtte');
  });

  it('is nothing for a question of only spaces or punctuation', () => {
    expect(countedQuery('   ')).toBeUndefined();
    expect(countedQuery('?!')).toBeUndefined();
  });

  it('is cut after the first hundred characters', () => {
    const long = 'sykehjem '.repeat(40);
    expect(Array.from(countedQuery(long)!).length).toBeLessThanOrEqual(MAX_COUNTED_QUERY_LENGTH);
    expect(countedQuery(long)!.startsWith('sykehjem sykehjem')).toBe(true);
  });
});
