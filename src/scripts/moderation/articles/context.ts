/** What the build put on the page for the article editor: the book's words, the municipality's facts. */
import type { BookEntry } from '../../../core/articles/lint-context.ts';

export type ServiceFacts = { name: string; phone: string; email: string };

export type EditorContext = {
  book: BookEntry[];
  services: Record<string, ServiceFacts>;
  kommune: Record<string, string>;
  localFacts: string[];
  sitePaths: string[];
};

export function readContext(section: HTMLElement): EditorContext {
  return JSON.parse(section.dataset.context ?? '{}') as EditorContext;
}
