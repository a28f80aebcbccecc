import { describe, expect, it } from 'vitest';
import { formatTable, lintBook } from './book-lint.ts';

describe('the book', () => {
  it.each(['nb', 'nn'] as const)('meets the plain-language bar and holds together in %s', (language) => {
    const report = lintBook(language);
    console.log(formatTable(report));
    expect(report.problems).toEqual([]);
  });
});
