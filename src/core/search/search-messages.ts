import texts from '../text/nb/search.json' with { type: 'json' };
import textsNn from '../text/nn/search.json' with { type: 'json' };
import { lookupIn } from '../text/lookup.ts';
import { activeLanguage } from '../text/language.ts';
import { WEEKDAYS, type Weekday } from '../weekdays.ts';
import { DANGER_KINDS, dangerNumbers, type DangerKind } from './danger.ts';

const byLanguage = { nb: texts, nn: textsNn };
const searchText = lookupIn(byLanguage);

/** The browser tab's title of a results page: «Søk etter «…»». */
export const resultsDocumentTitle = (query: string): string => searchText('documentTitle', { query });

/** The texts a search results page shows, by what they are for → key in the search namespace. */
const SEARCH_MESSAGE_KEYS = {
  countOne: 'countOne',
  countMany: 'countMany',
  empty: 'empty',
  didYouMean: 'didYouMean',
  or: 'or',
  area: 'area',
  failed: 'failed',
  weakHeading: 'weakHeading',
  section: 'section',
  closest: 'closest',
  resultsLabel: 'title',
  ask: 'ask',
  askText: 'askText',
  noScript: 'noScript',
} as const satisfies Record<string, keyof typeof texts>;

export type SearchMessages = Record<keyof typeof SEARCH_MESSAGE_KEYS, string> & {
  /** The danger box: its label, a heading per kind, and what each number is for, by the number. */
  danger: { label: string; headings: Record<DangerKind, string>; numbers: Record<string, string> };
  /** A result's opening status when the question names a time: «Åpent hele døgnet», «Stengt nå – ring …». */
  open: Record<(typeof OPEN_LINES)[number], string> & { days: Record<Weekday, string> };
};

const OPEN_LINES = ['allDay', 'allDayNoPhone', 'until', 'untilCall', 'closedCall', 'closedOpens', 'closed'] as const;

const numberKey = (phone: string) => `danger.number.${phone.replace(/\D/g, '')}` as keyof typeof texts;

/**
 * The messages with their `{placeholders}` left in. The search page hands them to its script as
 * data (so the browser bundle does not carry the catalogue); the server-rendered results page
 * uses them directly.
 */
export function searchMessages(): SearchMessages {
  const texts = byLanguage[activeLanguage()];
  const plain = Object.fromEntries(Object.entries(SEARCH_MESSAGE_KEYS).map(([name, key]) => [name, texts[key]])) as Record<
    keyof typeof SEARCH_MESSAGE_KEYS,
    string
  >;
  return {
    ...plain,
    danger: {
      label: texts['danger.label'],
      headings: Object.fromEntries(DANGER_KINDS.map((kind) => [kind, texts[`danger.heading.${kind}`]])) as Record<DangerKind, string>,
      numbers: Object.fromEntries(dangerNumbers(DANGER_KINDS).map((phone) => [phone, texts[numberKey(phone)]])),
    },
    open: {
      ...(Object.fromEntries(OPEN_LINES.map((line) => [line, texts[`open.${line}`]])) as Record<(typeof OPEN_LINES)[number], string>),
      days: Object.fromEntries(WEEKDAYS.map((day) => [day, texts[`open.day.${day}`]])) as Record<Weekday, string>,
    },
  };
}
