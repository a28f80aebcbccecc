import type { Aspect, AspectSection } from './aspects.ts';

/**
 * One article as the alias index (`/search-index.json`) carries it to the browser: what a result
 * shows (title, "Kort fortalt", life area) and the words that lead to it.
 */
export interface SearchDocument {
  slug: string;
  title: string;
  summary: string;
  /** Title of the life area, shown under the result. */
  area: string;
  /** Everyday words from the frontmatter: "gamlehjem" leads to Sykehjem. */
  aliases: string[];
  /** Words the article text leans on most (build-time TF-IDF), so body words get folding and typo help too. */
  terms: string[];
  /** The sections that answer an aspect of a question («Hva koster det?» for price), by aspect. */
  sections?: Partial<Record<Aspect, AspectSection>>;
}

/** The whole `/search-index.json` file. */
export interface SearchIndexFile {
  documents: SearchDocument[];
}
