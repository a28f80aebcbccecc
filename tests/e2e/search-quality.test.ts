/**
 * Search quality on the built book, through the search page's script and through the results
 * page without JavaScript (`/api/sok`), on the project's own set and on the outside writers'
 * tuning files (tests/e2e/support/search-sets.ts). The bars are what the ranking reaches; the
 * second tuning file (writers 6 and 7, held out until 7 December 2026) does not reach the first's yet,
 * so it has its own floors, raised as the ranking improves. The
 * held-out set is measured by `npm run bench:search`, and here only for its danger questions,
 * counted and printed, never listed and never a gate: it measures how far the vocabulary
 * generalises, and failing on it would invite tuning on it.
 */
import { describe, expect, it } from 'vitest';
import {
  answerAll,
  answerOnPage,
  answerWithoutScript,
  HELD_OUT_SETS,
  loadSet,
  missLines,
  score,
  SET_NAMES,
  type Answer,
  type Scored,
  type SetName,
} from './support/search-sets.ts';
import { useSite } from './support/use-site.ts';

const BARS: Record<'project' | 'tuning', { top1: number; recall3: number }> = {
  project: { top1: 0.95, recall3: 0.98 },
  tuning: { top1: 0.97, recall3: 0.99 },
};
/**
 * Floors for the second tuning file: what the ranking reaches on it (7 December 2026, sixth round: top-1 0.895,
 * recall@3 0.96, 47 of 50 danger questions right both ways, 2 boxes on ordinary questions; 0.875, 0.945, 44, 42, 3
 * when it moved into tuning). Raise them as its misses are fixed; every danger question right and no box on an
 * ordinary question are the aim, as for the first file.
 */
const TUNING2_FLOORS = { top1: 0.89, recall3: 0.955, safetyPageFirst: 47, boxWithNumbers: 47, boxOnOrdinaryQuestionsMax: 2 };
/** The project set's questions of several words (issue 15): their first hit must be the first accepted page. */
const PROJECT_SEVERAL_WORDS_TOP1 = 0.95;

const site = useSite();
/** Hundreds of questions through a browser: minutes on a busy machine, so each set gets its own time. */
const SET_TIMEOUT = 900_000;

type Way = 'with JavaScript' | 'without JavaScript';
const WAYS: Way[] = ['with JavaScript', 'without JavaScript'];

async function asker(way: Way): Promise<(query: string) => Promise<Answer>> {
  if (way === 'without JavaScript') return (query) => answerWithoutScript(site.baseUrl, query);
  const page = await site.open('/sok/');
  return (query) => answerOnPage(page, query);
}

describe('search quality on the built book', () => {
  for (const name of ['project', 'tuning'] as const) {
    for (const way of WAYS) {
      it(
        `${name} set ${way}: top-1 ≥ ${BARS[name].top1}, recall@3 ≥ ${BARS[name].recall3}, never empty, no box on an ordinary question`,
        async () => {
          const scored = await answerAll(loadSet(name), await asker(way));
          const figures = score(scored);
          console.log(`${name} set ${way}: ${JSON.stringify(figures)}\n${missLines(scored).join('\n')}`);
          expect(figures.empty).toBe(0);
          expect(figures.top1).toBeGreaterThanOrEqual(BARS[name].top1);
          expect(figures.recall3).toBeGreaterThanOrEqual(BARS[name].recall3);
          expect(figures.boxOnOrdinaryQuestions).toBe(0);
          if (name === 'project') expect(figures.top1SeveralWords).toBeGreaterThanOrEqual(PROJECT_SEVERAL_WORDS_TOP1);
        },
        SET_TIMEOUT,
      );
    }
  }

  for (const way of WAYS) {
    it(
      `second tuning file ${way}: top-1 ≥ ${TUNING2_FLOORS.top1}, recall@3 ≥ ${TUNING2_FLOORS.recall3}, danger questions and boxes at least as good as when it moved into tuning`,
      async () => {
        const scored = await answerAll(loadSet('tuning2'), await asker(way));
        const figures = score(scored);
        console.log(`tuning2 set ${way}: ${JSON.stringify(figures)}\n${missLines(scored).join('\n')}`);
        expect(figures.empty).toBe(0);
        expect(figures.top1).toBeGreaterThanOrEqual(TUNING2_FLOORS.top1);
        expect(figures.recall3).toBeGreaterThanOrEqual(TUNING2_FLOORS.recall3);
        expect(figures.danger.safetyPageFirst).toBeGreaterThanOrEqual(TUNING2_FLOORS.safetyPageFirst);
        expect(figures.danger.boxWithNumbers).toBeGreaterThanOrEqual(TUNING2_FLOORS.boxWithNumbers);
        expect(figures.boxOnOrdinaryQuestions).toBeLessThanOrEqual(TUNING2_FLOORS.boxOnOrdinaryQuestionsMax);
      },
      SET_TIMEOUT,
    );
  }

  for (const way of WAYS) {
    it(
      `every danger question of the project, first tuning and fresh sets ${way}: a safety page first, and the box with its numbers before the results (the held-out ones counted)`,
      async () => {
        const ask = await asker(way);
        const failing = async (name: SetName): Promise<Scored[]> =>
          (
            await answerAll(
              loadSet(name).filter((question) => question.danger),
              ask,
            )
          ).filter((entry) => !entry.safetyFirst || !entry.boxRight);
        const readable = [...(await failing('project')), ...(await failing('tuning')), ...(await failing('fresh'))];
        // The held-out sets are only counted: which of their questions fail is never shown, so nobody tunes on them.
        // The nynorsk set is asked of a nynorsk book, in `npm run bench:search`, not of this bokmål one.
        for (const name of SET_NAMES.filter((set) => HELD_OUT_SETS.includes(set))) {
          const heldOut = loadSet(name).filter((question) => question.danger).length;
          const heldOutFailing = (await failing(name)).length;
          console.log(
            `${name} danger questions ${way}: ${heldOut - heldOutFailing} of ${heldOut} with their safety page first and the box with its numbers`,
          );
        }
        expect(missLines(readable)).toEqual([]);
      },
      SET_TIMEOUT,
    );
  }
});
