import { describe, expect, it } from 'vitest';
import { aspectOf } from '../../../src/core/search/aspects.ts';
import { contextPositions } from '../../../src/core/search/context-words.ts';
import { isLight } from '../../../src/core/search/light-words.ts';
import { createBookSearch } from '../../../src/core/search/search.ts';
import type { SearchDocument } from '../../../src/core/search/search-document.ts';
import { groupMatches } from '../../../src/core/search/suggest.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';
import { buildVocabulary } from '../../../src/core/search/vocabulary.ts';

const doc = (slug: string, title: string, rest: Partial<SearchDocument> = {}): SearchDocument => ({
  slug,
  title,
  summary: '',
  area: 'Helse',
  aliases: [],
  terms: [],
  ...rest,
});

const documents: SearchDocument[] = [
  doc('dodsfall', 'Når noen dør', { everyday: ['hvem skal vi ringe', 'se til'] }),
  doc('fastlege', 'Fastlege'),
  doc('tannhelse', 'Tannhelse'),
  doc('legevakt', 'Legevakt', {
    everyday: ['fastlege'],
    sections: { phone: { heading: 'Ring legevakten', anchor: 'ring-legevakten' } },
  }),
];

describe('words that say how a question asks, not what it is about', () => {
  it('leaves question words and modal verbs out of an everyday phrase', () => {
    const vocabulary = buildVocabulary(documents);
    expect(groupMatches(vocabulary, 'hvem skal jeg ringe for å få hjelp hjemme').size).toBe(0);
    expect(groupMatches(vocabulary, 'kan noen se til far').get(0)).toBeGreaterThan(0);
  });

  it('lifts a page by its section for the asked aspect only as far as it is about the topic', async () => {
    const { hits } = await createBookSearch(documents).search('telefon fastlege');
    expect(hits[0]!.url).toBe('/fastlege/');
  });

  it('reads «nummeret» as the telephone, «at» as «at» (not nynorsk «åt»), «med å» as the need', () => {
    expect(aspectOf('nummeret')).toBe('phone');
    expect(tokenize('brev om at hjemmehjelpen blir dyrere').map((token) => token.key)).toContain('at');
    expect(contextPositions('hjelpe far med å dele medisinene').size).toBe(0);
    expect(contextPositions('verge for mor med alzheimer').size).toBe(1);
  });

  it('counts who asks and how they feel as light: pensioners, worry, «bruke», «selv»', () => {
    for (const word of ['pensjonister', 'bekymra', 'bruke', 'selv', 'lenge', 'menn']) expect(isLight(word)).toBe(true);
    for (const word of ['bruker', 'kjører', 'rullator']) expect(isLight(word)).toBe(false);
  });
});
