/**
 * The published book of one kommune of a book: its own articles in git with its live own revisions
 * (or those a build brings out for that kommune) laid over them. Another kommune's own item, or a
 * national one with the same slug and version, never changes them.
 */
import { describe, expect, it } from 'vitest';
import { publishedBook, type PublishedSource } from '../../../functions/shared/publishing/published-book.ts';

const none = { heads: async () => [], revision: async () => undefined };

function source(revisions: Record<number, string>, live: number): PublishedSource {
  return {
    articles: { ...none, reviews: async () => [] },
    own: {
      kommune: 'levanger',
      heads: async () => [{ slug: 'frivilligsentralen', liveVersion: live }],
      revision: async (_slug, version) => (revisions[version] === undefined ? undefined : { source: revisions[version]! }),
    },
  };
}

const git = { sources: { sykehjem: 'nasjonal' }, own: { eldresenter: 'eldresenteret i git' } };

describe('a kommune’s own articles in its published book', () => {
  it('are its git folder’s with the live own revisions laid over it', async () => {
    const book = await publishedBook(git, source({ 1: 'frivillig 1' }, 1));
    expect(book.own).toEqual({ eldresenter: 'eldresenteret i git', frivilligsentralen: 'frivillig 1' });
    expect(book.sources).toEqual({ sykehjem: 'nasjonal' });
  });

  it('take a revision a build brings out only when it is this kommune’s own item', async () => {
    const revisions = { 1: 'frivillig 1', 2: 'frivillig 2' };
    const other = await publishedBook(git, source(revisions, 1), {
      items: [
        { kommune: 'verdal', ownArticle: 'frivilligsentralen', version: 2 },
        { slug: 'frivilligsentralen', version: 2 },
      ],
    });
    expect(other.own?.frivilligsentralen).toBe('frivillig 1');
    const own = await publishedBook(git, source(revisions, 1), {
      items: [{ kommune: 'levanger', ownArticle: 'frivilligsentralen', version: 2 }],
    });
    expect(own.own?.frivilligsentralen).toBe('frivillig 2');
  });

  it('are none for a kommune on its own, whose git book names none', async () => {
    expect((await publishedBook({ sources: {} }, source({ 1: 'frivillig 1' }, 1))).own).toBeUndefined();
  });
});
