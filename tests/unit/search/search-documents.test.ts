import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../../src/core/schemas/municipality.ts';
import { toSearchDocuments } from '../../../src/core/search/search-documents.ts';

describe('toSearchDocuments', () => {
  it('carries what a result shows, the words that lead to it and the sections that answer a question aspect, never the body', () => {
    const [document] = toSearchDocuments([
      {
        slug: 'tannstell',
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
      slug: 'tannstell',
      title: 'Tannhelse',
      summary: 'Friske tenner gjør det lettere å spise.',
      area: 'Helse',
      aliases: ['tannlege'],
      terms: ['tannklinikken', 'gratis', 'kaller'],
      sections: {
        price: { heading: 'Hva koster det?', anchor: 'hva-koster-det' },
        apply: { heading: 'Slik gjør du', anchor: 'slik-gjør-du' },
      },
    });
  });

  it('carries the article’s everyday words, and leaves them out of its key terms', () => {
    const [document] = toSearchDocuments([
      {
        slug: 'tannhelse',
        title: 'Tannhelse',
        summary: 'Tenner.',
        area: 'helse',
        aliases: [],
        body: 'Tannpine er vondt. Tannpine og fluortabletter.',
      },
    ]);
    expect(document!.everyday).toEqual(expect.arrayContaining(['tannpine', 'vondt i tann', 'løse tenner']));
    expect(document!.terms).not.toContain('tannpine');
    expect(document!.terms).toContain('fluortabletter');
  });

  it('carries when the article’s service answers and the service a result shows, from the municipality’s opening hours', () => {
    const services = {
      nattpatrulje: serviceSchema.parse({
        name: 'Nattpatruljen',
        description: 'Hjemmetjenesten om natten.',
        phone: '61 00 00 01',
        openingHours: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '22:00', to: '07:00' }] },
      }),
    };
    const [document] = toSearchDocuments(
      [
        {
          slug: 'hjemmehjelp',
          title: 'Hjemmehjelp',
          summary: 'Hjelp hjemme.',
          area: 'bo-trygt-hjemme',
          aliases: [],
          body: '',
          contacts: ['nattpatrulje'],
        },
      ],
      services,
    );
    expect(document).toMatchObject({
      answers: ['night', 'weekend'],
      contact: { name: 'Nattpatruljen', phone: '61 00 00 01', hours: services.nattpatrulje.openingHours },
    });
  });
});
