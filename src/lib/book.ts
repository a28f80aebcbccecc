import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNb } from '../core/collation.ts';
import { crossReferenceProblems } from '../core/book-rules.ts';
import { municipality } from './municipality.ts';
import { buildThumbIndex, type IndexEntry } from '../core/thumb-index.ts';
import { ALPHABET, type Letter } from '../core/letters.ts';
import type { AreaSlug } from '../core/areas.ts';

export type Article = CollectionEntry<'articles'>;

export interface Book {
  /** Every article, sorted by title in Norwegian order. */
  articles: Article[];
  bySlug: Map<string, Article>;
  index: Map<Letter, IndexEntry[]>;
  lettersWithEntries: Set<Letter>;
  inArea: (area: AreaSlug) => Article[];
}

async function loadBook(): Promise<Book> {
  const articles = (await getCollection('articles')).sort((a, b) => compareNb(a.data.title, b.data.title));
  const problems = crossReferenceProblems(
    articles.map((article) => ({
      slug: article.id,
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      related: article.data.related,
      contacts: article.data.contacts,
    })),
    new Set(Object.keys(municipality().services)),
  );
  if (problems.length > 0) throw new Error(`Innholdet har feil:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const index = buildThumbIndex(articles.map((article) => ({ slug: article.id, ...article.data })));
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.id, article])),
    index,
    lettersWithEntries: new Set(ALPHABET.filter((letter) => (index.get(letter)?.length ?? 0) > 0)),
    inArea: (area) => articles.filter((article) => article.data.area === area),
  };
}

let book: Promise<Book> | undefined;

/** The validated book, loaded once per build; a broken cross-reference fails the build naming the file. */
export function getBook(): Promise<Book> {
  book ??= loadBook();
  return book;
}
