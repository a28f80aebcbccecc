import { describe, expect, it } from 'vitest';
import { contextPositions } from '../../../src/core/search/context-words.ts';
import { parseQuery } from '../../../src/core/search/parse-query.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';

const situation = (text: string) => {
  const tokens = tokenize(text);
  return [...contextPositions(text)].map((position) => tokens[position]!.surface);
};

describe('words that describe the situation, not the need', () => {
  it.each([
    ['korleis få verje for mor med alzheimer', ['alzheimer']],
    ['rullator etter brudd i hofta', ['brudd', 'hofta']],
    ['noen å gå tur med siden kona døde', ['kona', 'døde']],
    ['avlastning fordi mor har demens', ['mor', 'demens']],
    ['dagsenter for en som har parkinson', ['parkinson']],
    ['et sted morfar med alzheimer kan være om dagen', ['alzheimer']],
  ])('«%s»: %j', (text, words) => {
    expect(situation(text)).toEqual(words);
  });

  it('leaves «med» and «etter» alone where they belong to the need: «hjelp med dusjing», «lete etter mor»', () => {
    expect(situation('hjelp med dusjing')).toEqual([]);
    expect(situation('vi leter etter mor')).toEqual([]);
  });

  it('stops at a new clause: «mor med demens, trenger dagsenter» describes only «demens»', () => {
    expect(situation('mor med demens, trenger dagsenter')).toEqual(['demens']);
  });

  it('marks the query words, and a word said as the need too counts as the need', () => {
    const words = parseQuery('verge for mor med alzheimer').words;
    expect(words.find((word) => word.surface === 'alzheimer')?.context).toBe(true);
    expect(words.find((word) => word.surface === 'verge')?.context).toBeUndefined();
    expect(parseQuery('demens hos mor med demens').words.find((word) => word.surface === 'demens')?.context).toBeUndefined();
  });
});
