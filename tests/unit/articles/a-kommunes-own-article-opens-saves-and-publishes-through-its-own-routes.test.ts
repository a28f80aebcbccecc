import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/core/articles/types.ts';
import { articleRoute } from '../../../src/scripts/editors/articles/index.ts';
import { orderArticles } from '../../../src/scripts/editors/articles/list.ts';
import { articleCalls, articleHref, NEW_OWN_ARTICLE_HREF, withOwnArticles } from '../../../src/scripts/editors/articles/own-articles.ts';

const summary = (slug: string, title: string): ArticleSummary => ({
  slug,
  title,
  area: 'mer-hjelp',
  reviewed: '2026-11-01',
  nextReview: '2027-11-01',
  version: 1,
  draft: false,
  liveVersion: 1,
});

describe("a kommune's own article on the editors' page", () => {
  it('has addresses of its own, apart from the national articles', () => {
    expect(articleHref('dagsenter-levanger', true)).toBe('#egen-artikkel/dagsenter-levanger');
    expect(articleRoute(articleHref('dagsenter-levanger', true))).toEqual({ view: 'own', slug: 'dagsenter-levanger' });
    expect(articleRoute(NEW_OWN_ARTICLE_HREF)).toEqual({ view: 'own' });
    expect(articleRoute(articleHref('sykehjem', false))).toEqual({ view: 'edit', slug: 'sykehjem' });
    expect(articleRoute('#egen-artikkel/Ikke Gyldig')).toBeUndefined();
  });

  it('is read, saved and published through the own-articles routes, a national article through its own as before', () => {
    expect(articleCalls('dagsenter-levanger', true)).toEqual({
      read: '/api/moderation/articles?own=dagsenter-levanger',
      save: '/api/moderation/own-articles/dagsenter-levanger',
      publish: { ownArticles: ['dagsenter-levanger'] },
    });
    expect(articleCalls('sykehjem', false)).toEqual({
      read: '/api/moderation/articles/sykehjem',
      save: '/api/moderation/articles/sykehjem',
      publish: { slugs: ['sykehjem'] },
    });
  });

  it('is listed with the national articles, marked as the kommune’s own, and ordered by the same rule', () => {
    const listed = withOwnArticles([summary('sykehjem', 'Sykehjem')], [summary('dagsenter-levanger', 'Dagsenter i Levanger')]);
    expect(listed.map((item) => [item.slug, item.own])).toEqual([
      ['sykehjem', undefined],
      ['dagsenter-levanger', true],
    ]);
    expect(orderArticles(listed, '2026-12-08').map((item) => item.slug)).toEqual(['dagsenter-levanger', 'sykehjem']);
  });
});
