import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parse-query.ts';

const surfaces = (query: string) => parseQuery(query).words.map((token) => token.surface);

describe('parseQuery', () => {
  it('drops question words and small words so the topic decides', () => {
    expect(surfaces('Hvordan søker jeg om hjemmesykepleie?')).toEqual(['søker', 'hjemmesykepleie']);
    expect(surfaces('ikke råd til tannlege')).toEqual(['råd', 'tannlege']);
  });

  it('keeps a query of small words only as it is', () => {
    expect(surfaces('hva er det')).toEqual(['hva', 'er', 'det']);
  });

  it('counts a repeated word once', () => {
    expect(surfaces('sykehjem Sykehjem')).toEqual(['sykehjem']);
  });

  it('offers neighbouring words written together', () => {
    expect(parseQuery('taxi kort').pairs).toEqual([{ surface: 'taxikort', key: 'taxikort' }]);
  });
});
