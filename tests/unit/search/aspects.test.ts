import { describe, expect, it } from 'vitest';
import { aspectOf, aspectSections, aspectsOfHeading } from '../../../src/core/search/aspects.ts';
import { foldKey } from '../../../src/core/search/fold.ts';

describe('question aspects', () => {
  it.each([
    ['pris', 'price'],
    ['koster', 'price'],
    ['rettigheter', 'rights'],
    ['søke', 'apply'],
    ['soknad', 'apply'],
    ['klage', 'complain'],
    ['telefon', 'phone'],
    ['ringe', 'phone'],
  ])('reads «%s» as asking about %s', (word, aspect) => {
    expect(aspectOf(foldKey(word))).toBe(aspect);
  });

  it.each(['sykehjem', 'demens', 'trygghetsalarm', 'pårørende'])('reads the topic word «%s» as no aspect', (word) => {
    expect(aspectOf(foldKey(word))).toBeUndefined();
  });

  it.each([
    ['Hva koster det?', ['price']],
    ['Slik gjør du', ['apply']],
    ['Hvem kan få plass?', ['rights']],
    ['Hvem kan klage?', ['complain']],
    ['Hvem kan hjelpe deg?', ['phone']],
    ['Hva er et sykehjem?', []],
    ['Tips til pårørende', []],
  ])('knows which aspects the heading «%s» answers', (heading, aspects) => {
    expect(aspectsOfHeading(heading)).toEqual(aspects);
  });

  it('keeps only the first section answering each aspect', () => {
    expect(
      aspectSections([
        { heading: 'Hva er et sykehjem?', anchor: 'hva-er-et-sykehjem' },
        { heading: 'Hva koster det?', anchor: 'hva-koster-det' },
        { heading: 'Hva må du betale for mat?', anchor: 'mat' },
      ]),
    ).toEqual({ price: { heading: 'Hva koster det?', anchor: 'hva-koster-det' } });
  });
});
