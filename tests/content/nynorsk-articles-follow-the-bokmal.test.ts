/**
 * Every national article has its nynorsk text in content/articles/nn/<slug>.mdx, written from a
 * bokmål version git knows (`basedOn`, its blob hash), with the same anatomy: the same fields that
 * are not words (area, related, sources, contacts …), the same number of sections and the same
 * local facts and figures in the same order.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/articles/check-article.ts';
import { ARTICLE_DIRS } from './book-lint.ts';

const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
const read = (language: 'nb' | 'nn', slug: string) => readArticle(readFileSync(`${ARTICLE_DIRS[language]}/${slug}.mdx`, 'utf8'));
const components = (body: string) => [...body.matchAll(/<(?:Local|Price|Apply|Kommune|Figure)\b[^>]*\/>/g)].map((match) => match[0]);
const sections = (body: string) => body.match(/^##\s/gm)?.length ?? 0;

describe('the nynorsk articles', () => {
  it('are there for every bokmål article, and only for those', () => {
    expect(slugs(ARTICLE_DIRS.nn)).toEqual(slugs(ARTICLE_DIRS.nb));
  });

  it.each(slugs(ARTICLE_DIRS.nb))('%s keeps the anatomy of its bokmål text and names the version it follows', (slug) => {
    const nb = read('nb', slug);
    const nn = read('nn', slug);
    expect(nn.problems).toEqual([]);
    if (!nb.data || !nn.data) throw new Error(`${slug} could not be read`);
    const same = ({ area, related, sources, contacts, localRules, reviewed }: NonNullable<typeof nb.data>) => ({
      area,
      related,
      sources: sources.map((source) => source.url),
      contacts,
      localRules,
      reviewed,
    });
    expect(same(nn.data)).toEqual(same(nb.data));
    expect(sections(nn.body)).toBe(sections(nb.body));
    expect(components(nn.body)).toEqual(components(nb.body));
    expect(nn.data.basedOn).toMatch(/^[0-9a-f]{40}$/);
    expect(execFileSync('git', ['cat-file', '-t', nn.data.basedOn!], { encoding: 'utf8' }).trim()).toBe('blob');
  });
});
