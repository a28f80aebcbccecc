import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { frontmatterFields } from '../../src/core/frontmatter-fields.ts';
import { articleSchema } from '../../src/core/schemas/article.ts';

/** Reads the built book in dist/ against each article's own frontmatter. */
const articles = readdirSync('content/articles')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    return { slug: name.slice(0, -4), data: articleSchema.parse(frontmatterFields(readFileSync(join('content/articles', name), 'utf8'))) };
  });
const page = (slug: string) => {
  const file = join('dist', slug, 'index.html');
  if (!existsSync(file)) throw new Error('Bygg nettstedet først: npm run build');
  return parse(readFileSync(file, 'utf8'));
};

describe('article pages', () => {
  it('show «Neste gjennomgang» beside «Sist gjennomgått», from the article’s own field', () => {
    for (const { slug, data } of articles) {
      const reviewed = page(slug).querySelector('.reviewed');
      expect(reviewed?.querySelector('[data-next-review] time')?.getAttribute('datetime'), slug).toBe(
        data.nextReview.toISOString().slice(0, 10),
      );
      expect(reviewed?.textContent, slug).toContain('Sist gjennomgått');
    }
  });

  it('give long articles «På denne siden» links that each reach a heading on the page', () => {
    const withLinks = articles.filter(({ slug }) => page(slug).querySelector('[data-jump-links]'));
    expect(withLinks.length).toBeGreaterThan(articles.length / 2);
    for (const { slug } of withLinks) {
      const html = page(slug);
      for (const link of html.querySelectorAll('[data-jump-links] a')) {
        const id = link.getAttribute('href')?.slice(1) ?? '';
        expect(html.getElementById(id), `${slug} #${id}`).not.toBeNull();
      }
    }
  });

  it('mark the sources checked on the review date, and only those', () => {
    for (const { slug, data } of articles) {
      const marked = page(slug).querySelectorAll('.source-checked').length;
      expect(marked, slug).toBe(data.sources.filter((source) => data.checkedSources.includes(source.url)).length);
    }
  });

  it('tell relatives in another kommune where to ask whenever the rules are local', () => {
    for (const { slug, data } of articles) {
      expect(Boolean(page(slug).querySelector('[data-other-kommune]')), slug).toBe(data.localRules);
    }
  });
});
