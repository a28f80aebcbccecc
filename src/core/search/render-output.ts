import { telUri } from '../tel-uri.ts';
import { openingStatus } from '../opening-hours.ts';
import { paths } from '../paths.ts';
import { fill } from '../text/fill.ts';
import { templateParts } from '../text/lookup.ts';
import type { SearchContact } from './answer-times.ts';
import { dangerNumbers } from './danger.ts';
import type { SearchMessages } from './search-messages.ts';
import type { SearchHit, SearchLink, SearchOutcome } from './search.ts';

/**
 * The results part of a search page as HTML, written by the same code whether the server
 * renders it (no JavaScript) or the search script does while the reader types, so both show the
 * same list, «Mente du», weak tail and no-result help. `undefined` is the page before a search.
 * `now` is the instant a result's opening status is told for (the request's on the server, the
 * reader's clock in the browser).
 * The markers `data-search-results`, `data-search-result` and `data-search-empty` are always there;
 * `data-danger-box="<kinds>"` marks the numbers to ring that open the results of a question about danger.
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

const phoneLink = (phone: string) => `<a href="${escapeHtml(telUri(phone))}">${escapeHtml(phone)}</a>`;

/** A catalogue text with its placeholders filled, escaped, and `{phone}` as a link to ring. */
function withPhone(template: string, values: Record<string, string>): string {
  return templateParts(template)
    .map((part) =>
      typeof part === 'string'
        ? escapeHtml(part)
        : part.name === 'phone'
          ? phoneLink(values.phone ?? '')
          : escapeHtml(values[part.name] ?? ''),
    )
    .join('');
}

/** «Åpent hele døgnet – ring …», «Stengt nå – ring …»: whether the result's service answers at `now`, in Norwegian time. */
function openHtml(contact: SearchContact, messages: SearchMessages, now: Date): string {
  const status = openingStatus(contact.hours, now);
  const { name, phone } = contact;
  const line = status.open
    ? status.closesAt === undefined
      ? phone
        ? withPhone(messages.open.allDay, { name, phone })
        : withPhone(messages.open.allDayNoPhone, { name })
      : phone
        ? withPhone(messages.open.untilCall, { name, phone, time: status.closesAt })
        : withPhone(messages.open.until, { name, time: status.closesAt })
    : contact.afterHours
      ? withPhone(messages.open.closedCall, contact.afterHours)
      : status.opensAt
        ? withPhone(messages.open.closedOpens, { name, day: messages.open.days[status.opensAt.weekday], time: status.opensAt.time })
        : withPhone(messages.open.closed, { name });
  return `<p class="search-result__open" data-open-status="${status.open ? 'open' : 'closed'}">${line}</p>`;
}

/** How a results page tells the insight that a result was opened without JavaScript: the browser's ping to this address. */
export type OutputOptions = { ping?: string };

function hitHtml(hit: SearchHit, messages: SearchMessages, now: Date, options: OutputOptions): string {
  const ping = options.ping ? ` ping="${escapeHtml(options.ping)}"` : '';
  const parts = [`<a class="search-result__link" href="${escapeHtml(hit.url)}"${ping} data-search-result>${escapeHtml(hit.title)}</a>`];
  if (hit.summary) parts.push(`<p class="search-result__summary">${escapeHtml(hit.summary)}</p>`);
  if (hit.section) {
    parts.push(
      `<p class="search-result__section">${link({ label: fill(messages.section, { heading: hit.section.label }), url: hit.section.url }, ping)}</p>`,
    );
  }
  if (hit.contact) parts.push(openHtml(hit.contact, messages, now));
  if (hit.area) parts.push(`<p class="search-result__area">${escapeHtml(`${messages.area}: ${hit.area}`)}</p>`);
  return `<li class="search-result">${parts.join('')}</li>`;
}

/** The calm box with the numbers to ring, before anything else, when the question carries a danger signal. */
function dangerHtml(outcome: SearchOutcome | undefined, messages: SearchMessages): string {
  const kinds = outcome?.danger ?? [];
  const [first] = kinds;
  if (!first) return '';
  const numbers = dangerNumbers(kinds)
    .map(
      (phone) =>
        `<li><a class="danger-box__number" href="${escapeHtml(telUri(phone))}">${escapeHtml(phone)}</a> ${escapeHtml(messages.danger.numbers[phone] ?? '')}</li>`,
    )
    .join('');
  return (
    `<section class="danger-box" data-danger-box="${escapeHtml(kinds.join(' '))}" aria-labelledby="danger-box-heading">` +
    `<h2 id="danger-box-heading">${escapeHtml(messages.danger.headings[first])}</h2>` +
    `<ul class="danger-box__numbers" aria-label="${escapeHtml(messages.danger.label)}">${numbers}</ul></section>`
  );
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

/**
 * Without JavaScript, the hint to type a word: only on the page before a search, in the quiet
 * style of a hint, so a results page opens with its results.
 */
const hintHtml = (outcome: SearchOutcome | undefined, messages: SearchMessages) =>
  outcome ? '' : `<noscript><p class="search-hint" data-search-hint>${escapeHtml(messages.noScript)}</p></noscript>`;

/**
 * Everything below the live region: the danger box, «Mente du», the good results, the weaker tail, the no-result help, «Spør oss».
 * With `options.ping` every link of a result carries it (the server's page; the script counts openings itself).
 */
export function outputHtml(
  outcome: SearchOutcome | undefined,
  messages: SearchMessages,
  now: Date = new Date(),
  options: OutputOptions = {},
): string {
  const hits = outcome?.hits ?? [];
  const good = hits.filter((hit) => hit.good);
  const weak = hits.filter((hit) => !hit.good);
  const weakPart =
    weak.length > 0
      ? `<section class="search-weak" aria-labelledby="search-weak-heading"><h2 id="search-weak-heading" class="search-weak__heading">${escapeHtml(messages.weakHeading)}</h2>` +
        `<ol class="search-results search-results--weak">${weak.map((hit) => hitHtml(hit, messages, now, options)).join('')}</ol></section>`
      : '';
  return [
    hintHtml(outcome, messages),
    dangerHtml(outcome, messages),
    didYouMeanHtml(outcome?.didYouMean ?? [], messages),
    `<ol class="search-results" aria-label="${escapeHtml(messages.resultsLabel)}" data-search-results>${good.map((hit) => hitHtml(hit, messages, now, options)).join('')}</ol>`,
    weakPart,
    emptyHtml(outcome, messages),
    askHtml(outcome, messages),
  ].join('');
}
