/** What the build put on the page for the article editor: the book's words, the municipality's facts. */
import type { BookEntry } from '../../../core/content-lint.ts';
import type { ReaderFacts } from '../../articles/render-article.ts';

export type EditorContext = ReaderFacts & {
  book: BookEntry[];
  localFacts: string[];
  sitePaths: string[];
};

export function readContext(section: HTMLElement): EditorContext {
  return JSON.parse(section.dataset.context ?? '{}') as EditorContext;
}
