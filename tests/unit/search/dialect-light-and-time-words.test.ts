import { describe, expect, it } from 'vitest';
import { bokmalKey } from '../../../src/core/search/dialect.ts';
import { foldKey } from '../../../src/core/search/fold.ts';
import { isLight } from '../../../src/core/search/light-words.ts';
import { parseQuery } from '../../../src/core/search/parse-query.ts';
import { timesOf } from '../../../src/core/search/time-words.ts';
import { wordKey } from '../../../src/core/search/tokenize.ts';

describe('nynorsk and dialect forms read as the bokmål the book uses', () => {
  it.each([
    ['ikkje', 'ikke'],
    ['eg', 'jeg'],
    ['korleis', 'hvordan'],
    ['sjukeheim', 'sykehjem'],
    ['heimesjukepleie', 'hjemmesykepleie'],
    ['golvet', 'gulvet'],
    ['kjøkkengolvet', 'kjøkkengulvet'],
    ['dårleg', 'dårlig'],
    ['datt', 'falt'],
    ['son', 'sønn'],
    ['æ', 'jeg'],
    ['kæm', 'hvem'],
    ['itj', 'ikke'],
    ['åleine', 'alene'],
    ['hovudet', 'hodet'],
    ['viss', 'hvis'],
    ['tenkje', 'tenke'],
    ['følgje', 'følge'],
    ['rekningane', 'regningene'],
    ['tryggleiksalarm', 'trygghetsalarm'],
    ['husvære', 'bolig'],
    ['ungane', 'barna'],
  ])('%s → %s', (nynorsk, bokmal) => {
    expect(wordKey(nynorsk)).toBe(foldKey(bokmal));
  });

  it('leaves bokmål words that look like nynorsk alone: «dette» (this), «lege» (doctor), «kor» (choir)', () => {
    for (const word of ['dette', 'lege', 'tannlege', 'kor', 'sykehjem']) expect(bokmalKey(foldKey(word))).toBe(foldKey(word));
  });

  it('drops nynorsk question words as it drops bokmål ones', () => {
    expect(parseQuery('kva kostar det å bu på sjukeheim').words.map((token) => token.key)).toEqual(['kostar', 'bo', 'sykehjem']);
  });

  it('reads «kor» as «hvor» where it asks, and as a choir where one sings', () => {
    expect(parseQuery('kor mykje kostar sjukeheim').words.map((token) => token.key)).toEqual(['kostar', 'sykehjem']);
    expect(parseQuery('kor kan eg få heimehjelp').words.map((token) => token.key)).toEqual(['hjemmehjelp']);
    expect(parseQuery('kor for eldre').words.map((token) => token.key)).toEqual(['kor', 'eldre']);
  });

  it('keeps «dø» apart from «do» (the toilet), which folding would make it', () => {
    expect(wordKey('dø')).not.toBe(wordKey('do'));
    expect(wordKey('dø')).toBe(wordKey('døy'));
  });
});

describe('light words', () => {
  it('are the people a question is about and its filler verbs, matched as written', () => {
    for (const word of ['mor', 'pappa', 'naboen', 'hjelp', 'trenger', 'lenger', 'klarer']) expect(isLight(wordKey(word))).toBe(true);
  });

  it('never a topic, even one that shares a stem with them: «fare» is not «far», «hjelpemidler» not «hjelp»', () => {
    for (const word of ['fare', 'hjelpemidler', 'sykehjem', 'demens', 'moral']) expect(isLight(wordKey(word))).toBe(false);
  });
});

describe('times of day in a question', () => {
  it.each([
    ['natta', ['night']],
    ['natten', ['night']],
    ['kvelden', ['evening']],
    ['helga', ['weekend']],
    ['søndag', ['weekend']],
    ['laurdag', ['weekend']],
    ['døgnet', ['evening', 'night', 'weekend']],
    ['sykehjem', []],
  ])('%s names %j', (word, times) => {
    expect(timesOf(wordKey(word))).toEqual(times);
  });
});
