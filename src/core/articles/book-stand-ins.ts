/**
 * The rest of the book as the content rules need it when one draft is linted in the browser:
 * slugs (for related articles and links), titles and everyday words (for ambiguous «se»
 * entries). Each article becomes a small stand-in file that carries only those; the rules that
 * judge an article's own text only ever run on the draft.
 */
import { stringify } from 'yaml';
import type { ArticleFile } from '../content-lint.ts';

export type BookEntry = { slug: string; title: string; aliases: readonly string[] };

export function standInFiles(entries: readonly BookEntry[]): ArticleFile[] {
  return entries.map((entry) => ({
    path: `content/articles/${entry.slug}.mdx`,
    source: `---\n${stringify({ title: entry.title, summary: 'Stedfortreder for regelsjekken.', area: 'helse', aliases: entry.aliases, sources: [{ title: 'Stedfortreder', url: 'https://example.org/' }], reviewed: '2026-01-01' })}---\n`,
  }));
}
