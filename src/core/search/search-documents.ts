import { areaBySlug, type AreaSlug } from '../areas.ts';
import type { Service } from '../schemas/municipality.ts';
import { answerFacts } from './answer-times.ts';
import { aspectSections, type AspectSection } from './aspects.ts';
import { EVERYDAY_WORDS } from './everyday-words.ts';
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
  /** Ids of the article's contact services in the municipality config, for when they answer. */
  contacts?: readonly string[];
}

/**
 * The alias index entries for the whole book, in the order given (the book's A–Å order), with
 * the municipality's services (`services`) for when each article's service answers.
 */
export function toSearchDocuments(articles: readonly IndexedArticle[], services: Readonly<Record<string, Service>> = {}): SearchDocument[] {
  const everyday = articles.map((article) => everydayWords(article.slug));
  const terms = keyTerms(
    articles.map((article, index) => ({ body: article.body, known: [article.title, ...article.aliases, ...everyday[index]!] })),
  );
  return articles.map((article, index) => {
    const { answers, contact } = answerFacts(article.slug, article.contacts ?? [], services);
    return {
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      area: areaBySlug(article.area).title,
      aliases: [...article.aliases],
      terms: terms[index] ?? [],
      ...(everyday[index]!.length > 0 ? { everyday: everyday[index]! } : {}),
      sections: aspectSections(article.headings ?? []),
      ...(answers.length > 0 ? { answers } : {}),
      ...(contact ? { contact } : {}),
    };
  });
}

/** An article's everyday words (everyday-words.ts), one phrase each. */
const everydayWords = (slug: string): string[] =>
  (EVERYDAY_WORDS[slug] ?? '')
    .split('|')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);
