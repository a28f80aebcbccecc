import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../tools/build/generated-files.ts';
import { ARTICLES_FILE, readArticles } from '../../tools/build/write-articles.ts';

describe('the article frontmatter "Lag utkast" starts corrections from', () => {
  it('is the frontmatter of the articles (run `npm run topics` after changing an article; `npm run build` does it too)', async () => {
    expect(readFileSync(ARTICLES_FILE, 'utf8')).toBe(formatJson(await readArticles()));
  });
});
