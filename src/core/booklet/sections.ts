import { ALPHABET, type Letter } from '../letters.ts';
import type { IndexEntry } from '../thumb-index.ts';

/** What one article page group of the printed book holds, in reading order. */
export interface PageGroup {
  /** The article that starts on a new page; absent in a letter that has only cross-references. */
  article?: { slug: string; title: string };
  /** Cross-references filed alphabetically before the article («Gamlehjem – se Sykehjem»). */
  before: IndexEntry[];
  /** Cross-references filed after the letter's last article. */
  after: IndexEntry[];
}

export interface LetterSection {
  letter: Letter;
  groups: PageGroup[];
}

/**
 * Lays the thumb index out as the printed book's A–Å part: every article starts a new page, and
 * each cross-reference stands in its alphabetical place — above the next article on its page, or
 * after the letter's last article. Letters without entries are left out.
 */
export function letterSections(index: ReadonlyMap<Letter, readonly IndexEntry[]>): LetterSection[] {
  const sections: LetterSection[] = [];
  for (const letter of ALPHABET) {
    const groups: PageGroup[] = [];
    let pending: IndexEntry[] = [];
    for (const entry of index.get(letter) ?? []) {
      if (entry.seeAlso) {
        pending.push(entry);
        continue;
      }
      groups.push({ article: { slug: entry.slug, title: entry.title }, before: pending, after: [] });
      pending = [];
    }
    const last = groups.at(-1);
    if (pending.length > 0 && last) last.after = pending;
    else if (pending.length > 0) groups.push({ before: pending, after: [] });
    if (groups.length > 0) sections.push({ letter, groups });
  }
  return sections;
}
