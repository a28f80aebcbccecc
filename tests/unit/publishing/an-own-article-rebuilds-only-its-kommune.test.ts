/** Which kommuner a publication of a kommune's own article rebuilds, and how its items are told apart from the national ones. */
import { describe, expect, it } from 'vitest';
import { kommunerToRebuild } from '../../../src/core/publishing/kommuner.ts';
import { itemKey, newestRevisions } from '../../../src/core/publishing/stages.ts';

const BOOK = ['levanger', 'verdal'];

describe('a publication of a kommune’s own article', () => {
  it('rebuilds only that kommune, with its local parts, and every kommune once a national article is in it', () => {
    const own = { kommune: 'verdal', ownArticle: 'frivilligsentralen', version: 1 };
    expect(kommunerToRebuild([own], BOOK)).toEqual(['verdal']);
    expect(kommunerToRebuild([own, { kommune: 'levanger', slug: 'sykehjem', slot: 'tildeling', version: 1 }], BOOK)).toEqual(BOOK);
    expect(kommunerToRebuild([own, { slug: 'sykehjem', version: 3 }], BOOK)).toEqual(BOOK);
  });

  it('is kept apart from a national article and from another kommune’s own article with the same slug', () => {
    const items = [
      { kommune: 'verdal', ownArticle: 'frivilligsentralen', version: 1 },
      { kommune: 'verdal', ownArticle: 'frivilligsentralen', version: 2 },
      { kommune: 'levanger', ownArticle: 'frivilligsentralen', version: 1 },
      { slug: 'frivilligsentralen', version: 4 },
    ];
    expect(newestRevisions([items]).map((item) => `${itemKey(item)}@${item.version}`)).toEqual([
      'frivilligsentralen@4',
      'own:levanger:frivilligsentralen@1',
      'own:verdal:frivilligsentralen@2',
    ]);
  });
});
