import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { searchOnPage, slugOf } from './support/search-page.ts';
import { useSite } from './support/use-site.ts';

interface QueryCase {
  query: string;
  accept: string[];
  /** A question of several words whose first hit must be accept[0]. */
  top1?: boolean;
}

const { queries } = JSON.parse(readFileSync('tests/content/search-queries.json', 'utf8')) as { queries: QueryCase[] };
const REQUIRED_RECALL = 0.9;
const REQUIRED_TOP1 = 0.9;

const site = useSite();

/** The result slugs of the server-rendered results page, as a browser without JavaScript gets them. */
async function searchWithoutScript(query: string): Promise<string[]> {
  const response = await fetch(`${site.baseUrl}/api/sok?q=${encodeURIComponent(query)}`);
  expect(response.status).toBe(200);
  return parse(await response.text())
    .querySelectorAll('[data-search-result]')
    .map((link) => slugOf(link.getAttribute('href')!));
}

async function evaluate(label: string, run: (query: string) => Promise<string[]>) {
  const outcomes = [];
  for (const { query, accept, top1 } of queries) {
    const slugs = await run(query);
    outcomes.push({
      query,
      accept,
      top1,
      top: slugs.slice(0, 3),
      hit: slugs.slice(0, 3).some((slug) => accept.includes(slug)),
      first: slugs[0] === accept[0],
      count: slugs.length,
    });
  }
  const recall = outcomes.filter((outcome) => outcome.hit).length / outcomes.length;
  const firsts = outcomes.filter((outcome) => outcome.top1);
  const top1 = firsts.filter((outcome) => outcome.first).length / firsts.length;
  console.log(
    [
      `${label}: recall@3 = ${recall.toFixed(3)} over ${outcomes.length} queries; top-1 = ${top1.toFixed(3)} over ${firsts.length} questions of several words`,
      ...outcomes
        .filter((outcome) => !outcome.hit)
        .map((miss) => `  miss: «${miss.query}» → [${miss.top.join(', ')}], wanted ${miss.accept.join(' | ')}`),
      ...firsts
        .filter((outcome) => !outcome.first)
        .map((miss) => `  not first: «${miss.query}» → [${miss.top.join(', ')}], wanted ${miss.accept[0]}`),
    ].join('\n'),
  );
  expect(outcomes.filter((outcome) => outcome.count === 0).map((outcome) => outcome.query)).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(REQUIRED_RECALL);
  expect(top1).toBeGreaterThanOrEqual(REQUIRED_TOP1);
}

describe('search quality on the built book', () => {
  it(`through the search page (alias index, Pagefind when needed): recall@3 ≥ ${REQUIRED_RECALL}, top-1 ≥ ${REQUIRED_TOP1} for questions of several words, never empty`, async () => {
    const page = await site.open('/sok/');
    await evaluate('search page', (query) => searchOnPage(page, query).then((paths) => paths.map(slugOf)));
  });

  it(`through the results page without JavaScript: the same bar`, async () => {
    await evaluate('without JavaScript', searchWithoutScript);
  });
});
