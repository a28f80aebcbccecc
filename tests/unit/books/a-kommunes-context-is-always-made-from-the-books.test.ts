/**
 * inKommune (functions/shared/kommune-context.ts): Verdal's context asked for from Levanger's – the
 * national editor's request on Levanger's page sending a text to Verdal's councils too – is the one
 * made from the book's context, never a copy of Levanger's.
 */
import { describe, expect, it } from 'vitest';
import { inKommune } from '../../../functions/shared/kommune-context.ts';

const book: { kommune?: string; env: object; label: string } = { env: { BOOK_KOMMUNER: 'levanger,verdal' }, label: 'the book' };

describe("a kommune's context", () => {
  it("is the same whether asked for from the book's context or from another kommune's", () => {
    const levanger = inKommune(book, 'levanger');
    const verdal = inKommune(book, 'verdal');
    expect(inKommune(levanger, 'verdal')).toBe(verdal);
    expect(inKommune(verdal, 'levanger')).toBe(levanger);
    expect(inKommune(levanger, 'levanger')).toBe(levanger);
    expect(verdal).toMatchObject({ kommune: 'verdal', label: 'the book' });
  });

  it('is the context itself outside a book', () => {
    expect(inKommune(book, undefined)).toBe(book);
  });
});
