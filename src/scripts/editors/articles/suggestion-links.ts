/**
 * «Endre artikkelen» / «Skriv ny artikkel» on a suggestion: links that open the article editor
 * with the suggestion beside it, so the saved revision is linked to the suggestion.
 */
import type { Suggestion } from '../../../core/suggestions/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import { el } from '../dom.ts';

export function articleLinks(suggestion: Pick<Suggestion, 'id' | 'kind' | 'topic'>): HTMLElement[] {
  const answer = `?forslag=${encodeURIComponent(suggestion.id)}`;
  const links: HTMLElement[] = [];
  if (suggestion.topic)
    links.push(el('a', { class: 'button', href: `#artikkel/${suggestion.topic}${answer}` }, articleText('suggestion.edit')));
  if (suggestion.kind !== 'question' || !suggestion.topic)
    links.push(el('a', { class: 'button button--secondary', href: `#ny-artikkel${answer}` }, articleText('suggestion.new')));
  return links;
}
