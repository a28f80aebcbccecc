import type { SearchContact } from './answer-times.ts';
import type { Aspect, AspectSection } from './aspects.ts';
import type { TimeOfDay } from './time-words.ts';

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
  /** What people say when they need what the article answers (everyday-words.ts): verbs, situations, plain words. */
  everyday?: string[];
  /** The sections that answer an aspect of a question («Hva koster det?» for price), by aspect. */
  sections?: Partial<Record<Aspect, AspectSection>>;
  /** When the article's service answers outside office hours (see answer-times.ts): lifts it for «om natta», «i helga». */
  answers?: TimeOfDay[];
  /** The service whose «Åpent hele døgnet» or «Stengt nå – ring …» the result shows when a question names a time. */
  contact?: SearchContact;
}

/** The whole `/search-index.json` file. */
export interface SearchIndexFile {
  documents: SearchDocument[];
}
