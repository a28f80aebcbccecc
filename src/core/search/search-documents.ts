import { areaBySlug, type AreaSlug } from '../areas.ts';
import { aspectSections, type AspectSection } from './aspects.ts';
import { keyTerms } from './key-terms.ts';
import type { SearchDocument } from './search-document.ts';

export interface IndexedArticle {
  slug: string;
  title: string;
  summary: string;
  area: AreaSlug;
  aliases: readonly string[];
  /** Raw MDX body, read for key terms only; never shipped. */
  body: string;
  /** The article's section headings (##) with their anchors; only those answering an aspect are shipped. */
  headings?: readonly AspectSection[];
}

/** The alias index entries for the whole book, in the order given (the book's A–Å order). */
export function toSearchDocuments(articles: readonly IndexedArticle[]): SearchDocument[] {
  const terms = keyTerms(articles.map((article) => ({ body: article.body, known: [article.title, ...article.aliases] })));
  return articles.map((article, index) => ({
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    area: areaBySlug(article.area).title,
    aliases: [...article.aliases],
    terms: terms[index] ?? [],
    sections: aspectSections(article.headings ?? []),
  }));
}
