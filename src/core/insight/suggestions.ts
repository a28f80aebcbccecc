/** How the suggestions of a period fared: how many came, how many got an answer, how long that took. */
import { dayOf, daysBetween } from './days.ts';
import { median } from './median.ts';
import type { InsightReport } from './model.ts';

/** What the report reads of a suggestion: when it came, and when editors answered or closed it. */
export type SuggestionTimes = { createdAt: string; answeredAt?: string; closedAt?: string };

/** When the sender got an answer: the editors' written answer, or the suggestion being closed, whichever came first. */
export function answeredOn(suggestion: SuggestionTimes): string | undefined {
  const times = [suggestion.answeredAt, suggestion.closedAt].filter((at): at is string => at !== undefined).sort();
  return times[0];
}

/** Whole days in Norway from arrival to answer: 0 on the same day. */
const daysToAnswer = (createdAt: string, answeredAt: string) => daysBetween(dayOf(new Date(createdAt)), dayOf(new Date(answeredAt))) - 1;

/** The suggestions that arrived in a period (all of them, whatever their status now). */
export function suggestionReport(received: readonly SuggestionTimes[]): InsightReport['suggestions'] {
  const waits = received.flatMap((suggestion) => {
    const at = answeredOn(suggestion);
    return at === undefined ? [] : [daysToAnswer(suggestion.createdAt, at)];
  });
  return { received: received.length, answered: waits.length, medianDaysToAnswer: median(waits), open: received.length - waits.length };
}

/** Articles past their «Neste gjennomgang» on `today` (retired ones are not reviewed any more). */
export const overdueReviews = (articles: readonly { nextReview: string; retiredBy?: string }[], today: string): number =>
  articles.filter((article) => !article.retiredBy && article.nextReview < today).length;
