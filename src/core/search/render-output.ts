import { paths } from '../paths.ts';
import { fill } from '../text/fill.ts';
import type { SearchMessages } from './search-messages.ts';
import type { SearchHit, SearchLink, SearchOutcome } from './search.ts';

/**
 * The results part of a search page as HTML, written by the same code whether the server
 * renders it (no JavaScript) or the search script does while the reader types, so both show the
 * same list, «Mente du», weak tail and no-result help. `undefined` is the page before a search.
 * The markers `data-search-results`, `data-search-result` and `data-search-empty` are always there.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const link = ({ label, url }: SearchLink, attributes = '') => `<a href="${escapeHtml(url)}"${attributes}>${escapeHtml(label)}</a>`;

/** What the live region says: the number of good results, or that nothing was found. */
export function statusOf(outcome: SearchOutcome | undefined, messages: SearchMessages): { text: string; onlyForScreenReaders: boolean } {
  if (!outcome) return { text: '', onlyForScreenReaders: false };
  const { query, hits } = outcome;
  if (hits.length === 0) {
    // The no-result heading says it for the eye; the live region still says it aloud.
    return { text: fill(messages.empty, { query }), onlyForScreenReaders: true };
  }
  const good = hits.filter((hit) => hit.good).length;
  return { text: fill(good === 1 ? messages.countOne : messages.countMany, { count: good, query }), onlyForScreenReaders: false };
}

/** The live region itself (role="status"), kept outside the output so it survives re-rendering. */
export function statusHtml(outcome: SearchOutcome | undefined, messages: SearchMessages): string {
  const { text, onlyForScreenReaders } = statusOf(outcome, messages);
  const classes = onlyForScreenReaders ? 'search-status visually-hidden' : 'search-status';
  return `<p class="${classes}" role="status" aria-live="polite" data-search-status>${escapeHtml(text)}</p>`;
}

function hitHtml(hit: SearchHit, messages: SearchMessages): string {
  const parts = [`<a class="search-result__link" href="${escapeHtml(hit.url)}" data-search-result>${escapeHtml(hit.title)}</a>`];
  if (hit.summary) parts.push(`<p class="search-result__summary">${escapeHtml(hit.summary)}</p>`);
  if (hit.section) {
    parts.push(
      `<p class="search-result__section">${link({ label: fill(messages.section, { heading: hit.section.label }), url: hit.section.url })}</p>`,
    );
  }
  if (hit.area) parts.push(`<p class="search-result__area">${escapeHtml(`${messages.area}: ${hit.area}`)}</p>`);
  return `<li class="search-result">${parts.join('')}</li>`;
}

function didYouMeanHtml(suggestions: readonly SearchLink[], messages: SearchMessages): string {
  if (suggestions.length === 0) return '';
  const links = suggestions.map((suggestion) => link(suggestion)).join(` ${escapeHtml(messages.or)} `);
  return `<p class="search-did-you-mean" data-search-did-you-mean>${escapeHtml(messages.didYouMean)}: ${links}?</p>`;
}

function emptyHtml(outcome: SearchOutcome | undefined, messages: SearchMessages): string {
  const nothing = outcome !== undefined && outcome.hits.length === 0;
  const heading = nothing ? escapeHtml(fill(messages.empty, { query: outcome.query })) : '';
  const closest = outcome?.closest ?? [];
  const suggestions =
    closest.length > 0
      ? `<div data-search-closest><p>${escapeHtml(messages.closest)}</p><ul class="link-list">${closest.map((suggestion) => `<li>${link(suggestion)}</li>`).join('')}</ul></div>`
      : '';
  return `<section class="search-empty" data-search-empty aria-labelledby="search-empty-heading"${nothing ? '' : ' hidden'}><h2 id="search-empty-heading" data-search-empty-text>${heading}</h2>${suggestions}</section>`;
}

function askHtml(outcome: SearchOutcome | undefined, messages: SearchMessages): string {
  const url = paths.suggest(outcome ? { kind: 'question', text: outcome.query } : { kind: 'question' });
  return (
    `<section class="box" aria-labelledby="search-ask-heading"><h2 id="search-ask-heading">${escapeHtml(messages.ask)}</h2>` +
    `<p>${escapeHtml(messages.askText)}</p><p><a class="button" href="${escapeHtml(url)}" data-search-ask>${escapeHtml(messages.ask)}</a></p></section>`
  );
}

/** Everything below the live region: «Mente du», the good results, the weaker tail, the no-result help, «Spør oss». */
export function outputHtml(outcome: SearchOutcome | undefined, messages: SearchMessages): string {
  const hits = outcome?.hits ?? [];
  const good = hits.filter((hit) => hit.good);
  const weak = hits.filter((hit) => !hit.good);
  const weakPart =
    weak.length > 0
      ? `<section class="search-weak" aria-labelledby="search-weak-heading"><h2 id="search-weak-heading" class="search-weak__heading">${escapeHtml(messages.weakHeading)}</h2>` +
        `<ol class="search-results search-results--weak">${weak.map((hit) => hitHtml(hit, messages)).join('')}</ol></section>`
      : '';
  return [
    didYouMeanHtml(outcome?.didYouMean ?? [], messages),
    `<ol class="search-results" aria-label="${escapeHtml(messages.resultsLabel)}" data-search-results>${good.map((hit) => hitHtml(hit, messages)).join('')}</ol>`,
    weakPart,
    emptyHtml(outcome, messages),
    askHtml(outcome, messages),
  ].join('');
}
