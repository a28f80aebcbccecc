/**
 * The search question sets and how a set is scored, shared by the quality tests
 * (tests/e2e/search-quality.test.ts) and `npm run bench:search`.
 *
 * - `project`: tests/content/search-queries.json, the project's own set (tuned on before);
 * - `tuning`: tests/content/search-tuning.json, outside writers' everyday questions the ranking may be tuned on;
 * - `fresh`: tests/content/search-fresh.json, 60 everyday questions (15 danger) written by a developer before a
 *   round of ranking changes, to watch whether the round's changes generalise beyond the tuning set;
 * - `tuning2`: tests/content/search-tuning-2.json, writers 6 and 7's 200 questions (50 danger): the third round's
 *   held-out set, moved into tuning on 7 December 2026 once it had been measured too often to stay held out;
 * - `heldout2`: tests/content/search-heldout-2.json, THE held-out set: 200 questions (50 danger) by two further
 *   writers who had read neither the code nor any set, written after the last ranking change. Code reads it to
 *   count; nothing prints its questions or which of them fail.
 * - `nynorsk`: tests/content/search-nynorsk.json, 80 questions (20 danger) in nynorsk by an outside writer, asked of
 *   a nynorsk kommune's book (Voss, built on its own by the bench): measured only, like `heldout2`.
 *
 * A question is answered either by the search page's script in Chromium or by the server-rendered
 * results page (`GET /api/sok`, no JavaScript); both give the result slugs in rank order and the
 * danger box (`data-danger-box`) when it stands before the first result.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { DANGER_ANSWERS, DANGER_KINDS } from '../../../src/core/search/danger.ts';
import { searchOnPage, slugOf } from './search-page.ts';

export interface SetQuestion {
  query: string;
  /** Slugs that answer the question, best first. For a danger question only safety pages. */
  accept: string[];
  /** Someone may be in danger: a safety page must come first and the box must show `numbers`. */
  danger?: boolean;
  /** The numbers the danger box must show (e.g. "113", "800 30 196"). */
  numbers?: string[];
  /** Project set only: a question of several words whose first hit must be accept[0]. */
  top1?: boolean;
}

/** The sets asked of the bokmål book. */
export const SET_NAMES = ['project', 'tuning', 'tuning2', 'fresh', 'heldout2'] as const;
/** The sets asked of a nynorsk kommune's book. */
export const NYNORSK_SET_NAMES = ['nynorsk'] as const;

/** Sets that are only ever counted: nothing prints their questions or which of them fail. */
export const HELD_OUT_SETS: readonly SetName[] = ['heldout2', 'nynorsk'];
export type SetName = (typeof SET_NAMES)[number] | (typeof NYNORSK_SET_NAMES)[number];

const FILES: Record<SetName, string> = {
  project: 'search-queries.json',
  tuning: 'search-tuning.json',
  fresh: 'search-fresh.json',
  tuning2: 'search-tuning-2.json',
  heldout2: 'search-heldout-2.json',
  nynorsk: 'search-nynorsk.json',
};

export function loadSet(name: SetName): SetQuestion[] {
  const path = fileURLToPath(new URL(`../../content/${FILES[name]}`, import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: SetQuestion[] }).queries;
}

/** What a reader sees for a question: the results in order and the danger box above them, if any. */
export interface Answer {
  slugs: string[];
  /** The danger box's kinds (`data-danger-box`) and text, when a box stands before the first result. */
  box?: { kinds: string; text: string };
}

/** Through the search page's script: type, press Enter, read the rendered results and box. */
export async function answerOnPage(page: Page, query: string): Promise<Answer> {
  const slugs = (await searchOnPage(page, query)).map(slugOf);
  const box = await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-search-output] [data-danger-box]');
    const first = document.querySelector('[data-search-result]');
    if (!element || element.hidden) return undefined;
    const before = !first || Boolean(element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before ? { kinds: element.dataset.dangerBox ?? '', text: element.textContent ?? '' } : undefined;
  });
  return box ? { slugs, box } : { slugs };
}

/** Through the server-rendered results page, as a browser without JavaScript gets it. */
export async function answerWithoutScript(baseUrl: string, query: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/sok?q=${encodeURIComponent(query)}`);
  if (response.status !== 200) throw new Error(`/api/sok svarte ${response.status} for et søk`);
  const root = parse(await response.text());
  const links = root.querySelectorAll('[data-search-result]');
  const slugs = links.map((link) => slugOf(new URL(link.getAttribute('href')!, baseUrl).pathname));
  const element = root.querySelector('[data-search-output] [data-danger-box]');
  if (!element || element.hasAttribute('hidden')) return { slugs };
  const html = root.toString();
  const first = links[0];
  const before = !first || html.indexOf(element.toString()) < html.indexOf(first.toString());
  return before ? { slugs, box: { kinds: element.getAttribute('data-danger-box') ?? '', text: element.textContent } } : { slugs };
}

const digits = (text: string) => text.replace(/[^0-9]/g, '');

/** Whether the box shows every number the question needs (spaces and formatting ignored). */
export function boxShows(answer: Answer, numbers: readonly string[]): boolean {
  if (!answer.box) return false;
  const shown = ` ${answer.box.text.replace(/(\d)[\s\u00a0]+(?=\d)/g, '$1').replace(/[^0-9]+/g, ' ')} `;
  return numbers.every((number) => shown.includes(` ${digits(number)} `));
}

export interface SetScore {
  questions: number;
  /** Share of questions whose first result is an accepted page. */
  top1: number;
  /** Share of questions with an accepted page among the first three. */
  recall3: number;
  /** Project set only: share of its questions of several words whose first result is accept[0] (issue 15's measure). */
  top1SeveralWords?: number;
  /** Questions that got no result at all. */
  empty: number;
  danger: {
    questions: number;
    /** Danger questions whose first result is one of their safety pages. */
    safetyPageFirst: number;
    /** Danger questions with a box before the results, whatever its numbers. */
    box: number;
    /** Danger questions with the box before the results, showing every number they need. */
    boxWithNumbers: number;
  };
  /** Questions without danger, and about no safety page, that got a danger box anyway. */
  boxOnOrdinaryQuestions: number;
}

export interface Scored {
  question: SetQuestion;
  answer: Answer;
  first: boolean;
  inTop3: boolean;
  safetyFirst: boolean;
  boxRight: boolean;
}

export function judge(question: SetQuestion, answer: Answer): Scored {
  const first = answer.slugs[0] !== undefined && question.accept.includes(answer.slugs[0]);
  return {
    question,
    answer,
    first,
    inTop3: answer.slugs.slice(0, 3).some((slug) => question.accept.includes(slug)),
    safetyFirst: question.danger === true && first,
    boxRight: question.danger === true && boxShows(answer, question.numbers ?? []),
  };
}

const SAFETY_PAGES = new Set(DANGER_KINDS.map((kind) => DANGER_ANSWERS[kind].slug));

/** A question that says no one is in danger and asks about no safety page («vold mot eldre» asks about one). */
const isOrdinary = (question: SetQuestion) => !question.danger && !question.accept.some((slug) => SAFETY_PAGES.has(slug));

const share = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

export function score(scored: readonly Scored[]): SetScore {
  const danger = scored.filter((entry) => entry.question.danger);
  const severalWords = scored.filter((entry) => entry.question.top1);
  return {
    questions: scored.length,
    top1: share(scored.filter((entry) => entry.first).length, scored.length),
    recall3: share(scored.filter((entry) => entry.inTop3).length, scored.length),
    ...(severalWords.length > 0
      ? {
          top1SeveralWords: share(
            severalWords.filter((entry) => entry.answer.slugs[0] === entry.question.accept[0]).length,
            severalWords.length,
          ),
        }
      : {}),
    empty: scored.filter((entry) => entry.answer.slugs.length === 0).length,
    danger: {
      questions: danger.length,
      safetyPageFirst: danger.filter((entry) => entry.safetyFirst).length,
      box: danger.filter((entry) => entry.answer.box).length,
      boxWithNumbers: danger.filter((entry) => entry.boxRight).length,
    },
    boxOnOrdinaryQuestions: scored.filter((entry) => isOrdinary(entry.question) && entry.answer.box).length,
  };
}

/** One line per question that missed, for sets that may be read (never the held-out set). */
export function missLines(scored: readonly Scored[]): string[] {
  return scored.flatMap(({ question, answer, first, inTop3, boxRight }) => {
    const wanted = question.accept.join(' | ');
    const got = answer.slugs.slice(0, 3).join(', ');
    const lines: string[] = [];
    if (!inTop3) lines.push(`  miss: «${question.query}» → [${got}], wanted ${wanted}`);
    else if (!first) lines.push(`  not first: «${question.query}» → [${got}], wanted ${wanted}`);
    if (question.danger && !boxRight)
      lines.push(`  no box with ${question.numbers?.join(', ')}: «${question.query}» → ${answer.box?.kinds ?? 'no box'}`);
    if (isOrdinary(question) && answer.box) lines.push(`  box on an ordinary question: «${question.query}» → ${answer.box.kinds}`);
    return lines;
  });
}

/** Runs every question of a set through one way of answering, one at a time. */
export async function answerAll(questions: readonly SetQuestion[], ask: (query: string) => Promise<Answer>): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const question of questions) scored.push(judge(question, await ask(question.query)));
  return scored;
}
