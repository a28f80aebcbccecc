import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUND_THE_CLOCK } from '../../src/core/search/answer-times.ts';
import { DANGER_ANSWERS, DANGER_KINDS } from '../../src/core/search/danger.ts';
import { EVERYDAY_WORDS } from '../../src/core/search/everyday-words.ts';
import { planningSearchEntries } from '../../src/core/planning/search-entries.ts';
import { siteSearchEntries } from '../../src/core/search/site-entries.ts';

const article = (slug: string) => `content/articles/${slug}.mdx`;
const entries = new Set([...planningSearchEntries(), ...siteSearchEntries()].map((entry) => entry.slug));
/** An article's body with markdown emphasis and links reduced to their words, as a reader reads it. */
const prose = (slug: string) =>
  readFileSync(article(slug), 'utf8')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '');

describe('the search data and the book', () => {
  it('gives everyday words only to articles and search entries that exist', () => {
    expect(Object.keys(EVERYDAY_WORDS).filter((slug) => !existsSync(article(slug)) && !entries.has(slug))).toEqual([]);
  });

  it('sends each kind of danger to a safety page that exists', () => {
    expect(DANGER_KINDS.map((kind) => DANGER_ANSWERS[kind].slug).filter((slug) => !existsSync(article(slug)))).toEqual([]);
  });

  it('says a service answers round the clock only where its article still says so', () => {
    const unsaid = Object.entries(ROUND_THE_CLOCK)
      .filter(([slug, { says }]) => !existsSync(article(slug)) || !prose(slug).includes(says))
      .map(([slug]) => slug);
    expect(unsaid).toEqual([]);
  });

  it('gives a round-the-clock number only to an article that names it', () => {
    const unnamed = Object.entries(ROUND_THE_CLOCK)
      .filter(([slug, { phone }]) => phone !== undefined && !prose(slug).includes(phone))
      .map(([slug]) => slug);
    expect(unnamed).toEqual([]);
  });
});
