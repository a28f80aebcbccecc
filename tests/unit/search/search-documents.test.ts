import { describe, expect, it } from 'vitest';
import { toSearchDocuments } from '../../../src/core/search/search-documents.ts';

describe('toSearchDocuments', () => {
  it('carries what a result shows and the words that lead to it, never the body', () => {
    const [document] = toSearchDocuments([
      {
        slug: 'tannhelse',
        title: 'Tannhelse',
        summary: 'Friske tenner gjør det lettere å spise.',
        area: 'helse',
        aliases: ['tannlege'],
        body: 'Tannklinikken kaller deg inn. Tannklinikken er gratis for noen.',
      },
    ]);
    expect(document).toEqual({
      slug: 'tannhelse',
      title: 'Tannhelse',
      summary: 'Friske tenner gjør det lettere å spise.',
      area: 'Helse',
      aliases: ['tannlege'],
      terms: ['tannklinikken', 'gratis', 'kaller'],
    });
  });
});
