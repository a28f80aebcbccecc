/** Pages' answers to «Fant du svar …?» per period: for editors every page answered, for councils those most often answered «nei». */
import type { CouncilInsight, PageAnswers, PageDay } from './model.ts';
import { meetsPrivacyFloor } from './privacy-floor.ts';
import { LIST_LIMIT } from './searches.ts';

/** «/sykehjem/» → «sykehjem»: the article's slug, as the rest of the book names it. */
export const slugOfPage = (page: string): string => page.replace(/^\/+|\/+$/g, '');

type PageTally = { yes: number; no: number; noDays: Set<string> };

function tally(rows: readonly PageDay[]): Map<string, PageTally> {
  const bySlug = new Map<string, PageTally>();
  for (const row of rows) {
    const slug = slugOfPage(row.page);
    const entry = bySlug.get(slug) ?? { yes: 0, no: 0, noDays: new Set<string>() };
    entry.yes += row.yes;
    entry.no += row.no;
    if (row.no > 0) entry.noDays.add(row.day);
    bySlug.set(slug, entry);
  }
  return bySlug;
}

/** Every page answered in the period, most «nei» first, then most answers, then A–Å by title. */
export function pageReport(rows: readonly PageDay[], titleOf: (slug: string) => string): PageAnswers[] {
  return [...tally(rows)]
    .map(([slug, { yes, no }]) => ({ slug, title: titleOf(slug), yes, no }))
    .sort((a, b) => b.no - a.no || b.yes + b.no - (a.yes + a.no) || a.title.localeCompare(b.title, 'nb'));
}

/** The pages most often answered «nei», each by at least five «nei» on two days, as councils see them. */
export function pagesAnsweredNo(rows: readonly PageDay[], titleOf: (slug: string) => string, limit = LIST_LIMIT): CouncilInsight['pages'] {
  return [...tally(rows)]
    .map(([slug, { no, noDays }]) => ({ slug, title: titleOf(slug), no, days: noDays.size }))
    .filter((page) => meetsPrivacyFloor({ count: page.no, days: page.days }))
    .sort((a, b) => b.no - a.no || a.title.localeCompare(b.title, 'nb'))
    .slice(0, limit);
}
