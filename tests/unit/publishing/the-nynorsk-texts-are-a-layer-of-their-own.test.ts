/**
 * The published book's nynorsk texts: git's content/articles/nn/ with the live nynorsk revisions
 * (or those a build brings out, `language: 'nn'`) laid over them. A nynorsk item never changes a
 * bokmål text, and a bokmål item never a nynorsk one, though their versions share numbers.
 */
import { describe, expect, it } from 'vitest';
import { publishedBook, type PublishedSource } from '../../../functions/shared/publishing/published-book.ts';

type Revisions = Record<string, Record<number, string>>;

/** A store with these revisions per slug, `live` the version readers see. */
function store(revisions: Revisions, live: Record<string, number>) {
  return {
    heads: async () => Object.keys(revisions).map((slug) => ({ slug, liveVersion: live[slug] ?? 0 })),
    revision: async (slug: string, version: number) => {
      const source = revisions[slug]?.[version];
      return source === undefined ? undefined : { source };
    },
  };
}

const git = { sources: { sykehjem: 'bokmål i git' }, nynorsk: { sykehjem: 'nynorsk i git' } };

function source(
  bokmal: Revisions,
  bokmalLive: Record<string, number>,
  nynorsk: Revisions,
  nynorskLive: Record<string, number>,
): PublishedSource {
  return { articles: { ...store(bokmal, bokmalLive), reviews: async () => [] }, nynorsk: store(nynorsk, nynorskLive) };
}

describe('the nynorsk texts of the published book', () => {
  it('are git’s when nothing in nynorsk is published', async () => {
    const book = await publishedBook(git, source({ sykehjem: { 1: 'bokmål 1' } }, { sykehjem: 1 }, {}, {}));
    expect(book.sources.sykehjem).toBe('bokmål 1');
    expect(book.nynorsk).toEqual({ sykehjem: 'nynorsk i git' });
  });

  it('take the live nynorsk revision, and one a build brings out only when it is a nynorsk item', async () => {
    const stored = source(
      { sykehjem: { 1: 'bokmål 1', 2: 'bokmål 2' } },
      { sykehjem: 1 },
      { sykehjem: { 1: 'nynorsk 1', 2: 'nynorsk 2' } },
      { sykehjem: 1 },
    );
    const nynorskItem = await publishedBook(git, stored, { items: [{ slug: 'sykehjem', version: 2, language: 'nn' }] });
    expect(nynorskItem.nynorsk?.sykehjem).toBe('nynorsk 2');
    expect(nynorskItem.sources.sykehjem).toBe('bokmål 1');
    const bokmalItem = await publishedBook(git, stored, { items: [{ slug: 'sykehjem', version: 2 }] });
    expect(bokmalItem.nynorsk?.sykehjem).toBe('nynorsk 1');
    expect(bokmalItem.sources.sykehjem).toBe('bokmål 2');
  });

  it('are left out of a book that has none', async () => {
    const book = await publishedBook({ sources: git.sources }, source({}, {}, { sykehjem: { 1: 'nynorsk 1' } }, { sykehjem: 1 }));
    expect(book.nynorsk).toBeUndefined();
  });
});
