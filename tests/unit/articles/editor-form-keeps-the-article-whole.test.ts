import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsOf, sourceOf } from '../../../src/core/articles/article-form.ts';
import { checkArticle } from '../../../src/core/articles/check-article.ts';
import { articleRoute } from '../../../src/scripts/editors/articles/index.ts';
import { orderArticles } from '../../../src/scripts/editors/articles/list.ts';
import type { ArticleSummary } from '../../../src/core/articles/types.ts';

const sykehjem = readFileSync('content/articles/sykehjem.mdx', 'utf8');

describe('the article form', () => {
  it('turns a source into fields and back without losing anything the schema reads', () => {
    const fields = fieldsOf(sykehjem);
    expect(fields).toMatchObject({
      title: 'Sykehjem (langtidsopphold)',
      area: 'mer-hjelp',
      reviewed: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
    expect(fields.sources.length).toBeGreaterThan(0);
    const again = checkArticle(sourceOf(fields));
    const original = checkArticle(sykehjem);
    expect(again.problems).toEqual([]);
    expect(again.data).toEqual(original.data);
    expect(again.body.trim()).toBe(original.body.trim());
  });

  it('writes «Neste gjennomgang» only when the editor set one, and drops empty sources', () => {
    const fields = {
      ...fieldsOf(sykehjem),
      nextReview: '2027-05-01',
      sources: [
        { title: 'Helsenorge', url: 'https://www.helsenorge.no/' },
        { title: '', url: '' },
      ],
    };
    const source = sourceOf(fields);
    expect(source).toMatch(/^nextReview: 2027-05-01$/m);
    expect(checkArticle(source).data!.sources).toHaveLength(1);
    expect(sourceOf({ ...fields, nextReview: '' })).not.toMatch(/nextReview/);
  });
});

describe('the articles view', () => {
  const item = (slug: string, nextReview: string, title = slug): ArticleSummary => ({
    slug,
    title,
    area: 'helse',
    reviewed: '2025-01-01',
    nextReview,
    version: 0,
    draft: false,
    liveVersion: 0,
  });

  it('lists overdue reviews first, oldest first, then the rest by title', () => {
    const ordered = orderArticles(
      [item('b', '2027-01-01', 'Bolig'), item('a', '2026-01-01', 'Alarm'), item('c', '2025-06-01', 'Ås'), item('d', '2028-01-01', 'Ankel')],
      '2026-11-30',
    );
    expect(ordered.map((entry) => entry.slug)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('has an address per article and per suggestion answer', () => {
    expect(articleRoute('#artikler')).toEqual({ view: 'list' });
    expect(articleRoute('#artikkel/sykehjem')).toEqual({ view: 'edit', slug: 'sykehjem' });
    expect(articleRoute('#artikkel/sykehjem?forslag=abc-1')).toEqual({ view: 'edit', slug: 'sykehjem', suggestionId: 'abc-1' });
    expect(articleRoute('#ny-artikkel?forslag=abc-1')).toEqual({ view: 'edit', suggestionId: 'abc-1' });
    expect(articleRoute('#forslag')).toBeUndefined();
  });
});
