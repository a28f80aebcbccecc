import { compareNb } from './collation.ts';
import { ALPHABET, letterOf, type Letter } from './letters.ts';

export interface IndexableArticle {
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** One line in the thumb index: an article, or a cross-reference ("Gamlehjem — se Sykehjem"). */
export interface IndexEntry {
  label: string;
  slug: string;
  /** Title of the article the entry leads to; differs from `label` on cross-references. */
  title: string;
  seeAlso: boolean;
}

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('nb') + word.slice(1);

/**
 * Files every article under the first letter of its title, and every alias as a cross-reference
 * under its own first letter, each letter sorted in Norwegian order. Aliases that repeat a title
 * are left out: the reader already finds the article there.
 */
export function buildThumbIndex(articles: readonly IndexableArticle[]): Map<Letter, IndexEntry[]> {
  const titles = new Set(articles.map((article) => article.title.toLocaleLowerCase('nb')));
  const entries: IndexEntry[] = [];
  for (const article of articles) {
    entries.push({ label: article.title, slug: article.slug, title: article.title, seeAlso: false });
    const seen = new Set<string>();
    for (const alias of article.aliases) {
      const key = alias.toLocaleLowerCase('nb');
      if (titles.has(key) || seen.has(key)) continue;
      seen.add(key);
      entries.push({ label: capitalise(alias), slug: article.slug, title: article.title, seeAlso: true });
    }
  }
  entries.sort((a, b) => compareNb(a.label, b.label) || compareNb(a.title, b.title));

  const index = new Map<Letter, IndexEntry[]>(ALPHABET.map((letter) => [letter, []]));
  for (const entry of entries) index.get(letterOf(entry.label))?.push(entry);
  return index;
}
