import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../src/core/search/fold.ts';
import { stem } from '../../../src/core/search/stem.ts';

const same = (a: string, b: string) => expect(stem(foldKey(a))).toBe(stem(foldKey(b)));

describe('stem brings inflections of a Norwegian word together', () => {
  it.each([
    ['sykehjemmet', 'sykehjem'],
    ['sykehjemmene', 'sykehjem'],
    ['sykehjems', 'sykehjem'],
    ['fullmakter', 'fullmakt'],
    ['testamente', 'testament'],
    ['badet', 'bad'],
    ['armen', 'arm'],
    ['hjemmesykepleien', 'hjemmesykepleie'],
    ['søker', 'søke'],
    ['plassen', 'plass'],
    ['pårørendes', 'pårørende'],
    ['legen', 'lege'],
    ['snømåking', 'snømåke'],
    ['dusjing', 'dusje'],
    ['treningen', 'trene'],
    ['handling', 'handle'],
  ])('%s ~ %s', same);

  it('keeps «legge» apart from «lege»', () => {
    expect(stem('legge')).not.toBe(stem('lege'));
  });

  it('leaves at least three letters', () => {
    expect(stem('syn')).toBe('syn');
    expect(stem('synet')).toBe('syn');
    expect(stem('hus')).toBe('hus');
  });
});
