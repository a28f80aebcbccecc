/** The book in git and what the editors' article routes add to the application context. */
import type { AppContext } from '../dependencies.ts';
import type { Publisher } from '../publisher.ts';
import type { ArticleStorage } from '../storage/index.ts';
import type { FactFiles } from '../../../src/core/facts/facts.ts';
import type { TranslationLanguage } from '../../../src/core/publishing/stages.ts';

/** The book in git and the municipality facts the content rules need (functions/generated/book.json). */
export type GitBook = {
  sources: Readonly<Record<string, string>>;
  /** The nynorsk texts by slug (content/articles/nn/<slug>.mdx). */
  nynorsk?: Readonly<Record<string, string>>;
  /** Articles retired in git (content/redirects.json). */
  redirects?: Readonly<Record<string, string>>;
  serviceIds: readonly string[];
  figureIds: readonly string[];
  /** The seed files of the kommune's facts. */
  facts?: FactFiles;
  localFacts: readonly string[];
};

/**
 * In a deployment whose kommune writes nynorsk, the editors work on the nynorsk texts: the
 * context's `book.sources` and `articles` are then the nynorsk texts and their own revisions, and
 * `bokmal` is what they are translated from – the bokmål texts in git and their revisions.
 */
export type ArticleContext = AppContext & {
  book: GitBook;
  articles: ArticleStorage;
  bokmal?: { language: TranslationLanguage; sources: Readonly<Record<string, string>>; articles: ArticleStorage };
};
/** The article context with the build service: what «Publiser» needs. */
export type ArticlePublishingContext = ArticleContext & { publisher: Publisher };
