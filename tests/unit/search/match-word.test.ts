import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../src/core/search/fold.ts';
import { guessWord, matchWord } from '../../../src/core/search/match-word.ts';
import { buildVocabulary } from '../../../src/core/search/vocabulary.ts';
import { searchDocuments } from '../../fixtures/search-documents.ts';

const vocabulary = buildVocabulary(searchDocuments);
const meets = (typed: string) => matchWord(vocabulary, foldKey(typed)).map((match) => `${match.key}:${match.kind}`);
const guesses = (typed: string) => guessWord(vocabulary, foldKey(typed)).matches.map((match) => `${match.key}:${match.kind}`);

describe('matchWord finds the book word a reader means', () => {
  it('meets the word itself and its inflections', () => {
    expect(meets('sykehjem')).toContain('sykehjem:exact');
    expect(meets('sykehjemmet')).toContain('sykehjem:stem');
  });

  it('meets words typed without æ, ø and å', () => {
    expect(meets('parorende')).toContain('parorende:exact');
    expect(vocabulary.surfaces.get('parorende')).toBe('pårørende');
  });

  it('meets the compound a query word ends or begins', () => {
    expect(meets('fullmakter')).toContain('fremtidsfullmakt:part');
    expect(meets('honnør')).toContain('honnorrabatt:part');
    expect(meets('alarm')).toContain('trygghetsalarm:part');
  });

  it('finds nothing sure for a word the book does not know', () => {
    expect(meets('xylofon')).toEqual([]);
    expect(meets('trygghetsalram')).toEqual([]);
  });
});

describe('guessWord, for words neither index knows', () => {
  it('splits a compound the book does not have into words it has', () => {
    expect(guesses('sykehjemsplass')).toContain('sykehjem:compound');
    expect(guesses('tannlegetime')).toContain('tannlege:compound');
  });

  it('does not split a word into a short part and noise', () => {
    expect(guesses('sliten')).toEqual([]);
  });

  it('corrects one typo in a known word, two in a long one', () => {
    expect(guesses('trygghetsalram')).toContain('trygghetsalarm:typo');
    expect(guesses('alderspensjn')).toContain('alderspensjon:typo');
    expect(guesses('tanhelse')).toContain('tannhelse:typo');
  });

  it('spells the guess as the book does, for Pagefind', () => {
    expect(guessWord(vocabulary, foldKey('honnorrabat')).spellings).toEqual(['honnørrabatt']);
    expect(guessWord(vocabulary, foldKey('tannlegetime')).spellings).toEqual(['tannlege']);
  });

  it("as a last resort, meets compounds that share the reader's first part", () => {
    expect(guesses('armbåndsklokke')).toContain('armbandsalarm:compound');
    expect(guesses('taxitur')).toEqual([]);
  });

  it('reads a short word one letter from a word of the book as a word of its own, not a typo', () => {
    expect(guesses('passe')).not.toContain('masse:typo');
    expect(guesses('tiden')).toEqual([]);
  });

  it('never guesses for words about whom a question is asked, nor lets them or aspect words reach into compounds', () => {
    expect(guesses('bestemor')).toEqual([]);
    expect(meets('hjelp').filter((match) => match.endsWith(':part'))).toEqual([]);
    expect(meets('koster').filter((match) => match.endsWith(':part'))).toEqual([]);
  });

  it('guesses nothing for a word far from every word of the book', () => {
    expect(guessWord(vocabulary, foldKey('xylofon'))).toEqual({ matches: [], spellings: [] });
  });
});
