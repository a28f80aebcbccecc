import { describe, expect, it } from 'vitest';
import { toSearchDocuments } from '../../../src/core/search/search-documents.ts';

describe('toSearchDocuments', () => {
  it('carries what a result shows, the words that lead to it (key terms leave out its everyday words) and the sections that answer a question aspect, never the body', () => {
    const [document] = toSearchDocuments([
      {
        slug: 'tannhelse',
        title: 'Tannhelse',
        summary: 'Friske tenner gjør det lettere å spise.',
        area: 'helse',
        aliases: ['tannlege'],
        body: 'Tannklinikken kaller deg inn. Tannklinikken er gratis for noen.',
        headings: [
          { heading: 'Hva er tannhelse?', anchor: 'hva-er-tannhelse' },
          { heading: 'Hva koster det?', anchor: 'hva-koster-det' },
          { heading: 'Slik gjør du', anchor: 'slik-gjør-du' },
        ],
      },
    ]);
    expect(document).toEqual({
      slug: 'tannhelse',
      title: 'Tannhelse',
      summary: 'Friske tenner gjør det lettere å spise.',
      area: 'Helse',
      aliases: ['tannlege'],
      terms: ['tannklinikken', 'kaller'],
      everyday: expect.arrayContaining(['tannpine', 'vondt i tann', 'løse tenner']),
      sections: {
        price: { heading: 'Hva koster det?', anchor: 'hva-koster-det' },
        apply: { heading: 'Slik gjør du', anchor: 'slik-gjør-du' },
      },
    });
  });
});
