import { describe, expect, it } from 'vitest';
import { formatTable, lintBook } from './book-lint.ts';

describe('the book', () => {
  it('meets the plain-language bar and holds together', () => {
    const report = lintBook();
    console.log(formatTable(report));
    expect(report.problems).toEqual([]);
  });
});
