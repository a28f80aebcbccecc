/**
 * An article as readers will see it, in the editors' preview and the councils' review view: the
 * HTML comes from core/articles/article-html.ts, which escapes every text of the source.
 */
import { articleBodyHtml, type ReaderFacts } from '../../core/articles/article-html.ts';
import { el } from '../editors/dom.ts';

export type { ReaderFacts } from '../../core/articles/article-html.ts';

/** The body (Markdown with `<Local/>` and `<Kommune/>`) as nodes; a body the parser can't read shows as plain text. */
export function renderBody(markdown: string, facts: ReaderFacts, headingOffset = 0): Node {
  const template = document.createElement('template');
  template.innerHTML = articleBodyHtml(markdown, facts, headingOffset);
  return template.content;
}

/** Draws `title`, `summary` and `body` into `target`. */
export function renderPreview(target: HTMLElement, fields: { title: string; summary: string; body: string }, facts: ReaderFacts): void {
  target.replaceChildren(
    el('h1', {}, fields.title),
    el('section', { class: 'summary', 'aria-label': 'Kort fortalt' }, el('h2', {}, 'Kort fortalt'), el('p', {}, fields.summary)),
    renderBody(fields.body, facts),
  );
}
