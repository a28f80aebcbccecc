import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, lintBook, lintOwnArticles } from './book-lint.ts';

describe('the book', () => {
  it.each(['nb', 'nn'] as const)('meets the plain-language bar and holds together in %s', (language) => {
    const report = lintBook(language);
    console.log(formatTable(report));
    expect(report.problems).toEqual([]);
  });

  it.each(readdirSync('content/books').filter((file) => file.endsWith('.json')))(
    '%s: each kommune’s own articles meet the same bar',
    (name) => {
      expect(lintOwnArticles(join('content/books', name)).problems).toEqual([]);
    },
  );
});
