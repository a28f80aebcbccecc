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
  ])('%s → %s', (nynorsk, bokmal) => {
    expect(wordKey(nynorsk)).toBe(foldKey(bokmal));
  });

  it('leaves bokmål words that look like nynorsk alone: «dette» (this), «lege» (doctor), «kor» (choir)', () => {
    for (const word of ['dette', 'lege', 'tannlege', 'kor', 'sykehjem']) expect(bokmalKey(foldKey(word))).toBe(foldKey(word));
  });

  it('drops nynorsk question words as it drops bokmål ones', () => {
    expect(parseQuery('kva kostar det å bu på sjukeheim').words.map((token) => token.key)).toEqual(['kostar', 'bo', 'sykehjem']);
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
