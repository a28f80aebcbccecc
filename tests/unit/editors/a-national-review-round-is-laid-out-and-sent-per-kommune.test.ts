import { describe, expect, it } from 'vitest';
import {
  BOOK_KOMMUNER_ATTRIBUTE,
  groupByKommune,
  kommuneCouncilsOf,
  kommuneName,
  readBookKommuner,
} from '../../../src/scripts/editors/book-kommuner.ts';

const KOMMUNER = [
  { id: 'levanger', name: 'Levanger' },
  { id: 'verdal', name: 'Verdal' },
];

/** An element as the build writes it: only the attribute is read. */
const withAttribute = (value: string | null) =>
  ({ getAttribute: (name: string) => (name === BOOK_KOMMUNER_ATTRIBUTE ? value : null) }) as Element;

describe('the book’s kommuner on the editors’ page', () => {
  it('reads the kommuner the build wrote, in the book’s order', () => {
    expect(readBookKommuner(withAttribute(JSON.stringify(KOMMUNER)))).toEqual(KOMMUNER);
  });

  it('has none for a kommune on its own, and none from an attribute it cannot read', () => {
    expect(readBookKommuner(withAttribute('[]'))).toEqual([]);
    expect(readBookKommuner(withAttribute(null))).toEqual([]);
    expect(readBookKommuner(null)).toEqual([]);
    expect(readBookKommuner(withAttribute('{ikke json'))).toEqual([]);
    expect(readBookKommuner(withAttribute('[{"id":"verdal"}]'))).toEqual([]);
  });

  it('names a kommune by its name', () => {
    expect(kommuneName(KOMMUNER, 'verdal')).toBe('Verdal');
  });
});

describe('review requests and statements under their kommune', () => {
  it('groups them under each kommune in the book’s order, keeping their order within it', () => {
    const items = [
      { kommune: 'verdal', councilId: 'eldreradet', version: 2 },
      { kommune: 'levanger', councilId: 'eldreradet', version: 2 },
      { kommune: 'verdal', councilId: 'radet-for-personer-med-funksjonsnedsettelse', version: 2 },
    ];
    expect(groupByKommune(items, KOMMUNER)).toEqual([
      { kommune: { id: 'levanger', name: 'Levanger' }, items: [items[1]] },
      { kommune: { id: 'verdal', name: 'Verdal' }, items: [items[0], items[2]] },
    ]);
  });

  it('keeps a kommune on its own’s requests in one group without a kommune, as the page always drew them', () => {
    const items: { councilId: string; kommune?: string }[] = [{ councilId: 'eldreradet' }, { councilId: 'ungdomsradet' }];
    expect(groupByKommune(items, [])).toEqual([{ kommune: undefined, items }]);
  });
});

describe('the councils chosen for a national round', () => {
  it('go out by kommune, leaving out the kommuner with none chosen', () => {
    expect(
      kommuneCouncilsOf([
        { kommune: 'levanger', council: 'eldreradet' },
        { kommune: 'verdal', council: 'eldreradet' },
        { kommune: 'levanger', council: 'ungdomsradet' },
      ]),
    ).toEqual({ levanger: ['eldreradet', 'ungdomsradet'], verdal: ['eldreradet'] });
    expect(kommuneCouncilsOf([])).toEqual({});
  });
});
