import { describe, expect, it } from 'vitest';
import { crossReferenceProblems } from '../../../src/core/book-rules.ts';

const article = (slug: string, related: string[] = [], contacts = ['servicetorget']) => ({
  slug,
  file: `content/articles/${slug}.mdx`,
  related,
  contacts,
});
const services = new Set(['servicetorget', 'tildelingskontor']);

describe('cross-references of the book', () => {
  it('accepts a book whose related slugs and contacts exist', () => {
    expect(crossReferenceProblems([article('a', ['b']), article('b', ['a'], ['tildelingskontor'])], services)).toEqual([]);
  });

  it('names the file of a broken related slug', () => {
    expect(crossReferenceProblems([article('sykehjem', ['gamlehjem'])], services)).toEqual([
      'content/articles/sykehjem.mdx: related «gamlehjem» finnes ikke',
    ]);
  });

  it('names the file of a contact the municipality does not have', () => {
    expect(crossReferenceProblems([article('a', [], ['ukjent'])], services)).toEqual([
      'content/articles/a.mdx: contacts «ukjent» finnes ikke i kommunekonfigurasjonen',
    ]);
  });

  it('refuses slugs that would collide with the site’s own pages or are not ASCII', () => {
    expect(crossReferenceProblems([article('sok'), article('pårørende')], services)).toHaveLength(2);
  });
});
