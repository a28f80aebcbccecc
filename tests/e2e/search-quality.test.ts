import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchOnPage, slugOf } from './support/search-page.ts';
import { useSite } from './support/use-site.ts';

interface QueryCase {
  query: string;
  accept: string[];
}

const { queries } = JSON.parse(readFileSync('tests/content/search-queries.json', 'utf8')) as { queries: QueryCase[] };
const REQUIRED_RECALL = 0.9;

const site = useSite();

describe('search quality on the built book (alias index + Pagefind, through the search page)', () => {
  it(`finds an accepted article in the top three for at least ${REQUIRED_RECALL * 100} % of everyday queries, and something for every query`, async () => {
    const page = await site.open('/sok/');
    const outcomes = [];
    for (const { query, accept } of queries) {
      const slugs = (await searchOnPage(page, query)).map(slugOf);
      outcomes.push({ query, accept, top: slugs.slice(0, 3), hit: slugs.slice(0, 3).some((slug) => accept.includes(slug)), count: slugs.length });
    }
    const recall = outcomes.filter((outcome) => outcome.hit).length / outcomes.length;
    const misses = outcomes.filter((outcome) => !outcome.hit);
    console.log(
      [
        `recall@3 = ${recall.toFixed(3)} over ${outcomes.length} queries`,
        ...misses.map((miss) => `  miss: «${miss.query}» → [${miss.top.join(', ')}], wanted ${miss.accept.join(' | ')}`),
      ].join('\n'),
    );
    expect(outcomes.filter((outcome) => outcome.count === 0).map((outcome) => outcome.query)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(REQUIRED_RECALL);
  });
});
