/** What the build put on the page for the article editor: the book's words, the municipality's facts. */
import type { BookEntry } from '../../../core/content-lint.ts';

export type EditorContext = {
  book: BookEntry[];
  /** The ids of the municipality's services, which `<Local service="…">` may name. */
  serviceIds: string[];
  localFacts: string[];
  sitePaths: string[];
};

export function readContext(section: HTMLElement): EditorContext {
  return JSON.parse(section.dataset.context ?? '{}') as EditorContext;
}
