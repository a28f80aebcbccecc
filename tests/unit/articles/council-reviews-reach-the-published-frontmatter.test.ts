import { describe, expect, it } from 'vitest';
import { articleChanges } from '../../../src/core/articles/review-blocks.ts';
import { recommendationsOf, withCouncilReviews, type Review } from '../../../src/core/articles/reviews.ts';
import { frontmatterFields } from '../../../src/core/frontmatter-fields.ts';
import { articleSchema } from '../../../src/core/schemas/article.ts';

const source = (summary: string, body: string) => `---
title: Hjemmehjelp
summary: ${summary}
area: bo-trygt-hjemme
sources:
  - title: Helsenorge
    url: https://www.helsenorge.no/
reviewed: 2026-11-01
---

${body}
`;

const review = (overrides: Partial<Review>): Review => ({
  slug: 'hjemmehjelp',
  version: 2,
  title: 'Hjemmehjelp',
  councilId: 'c1',
  councilName: 'Eldrerådet',
  deadline: '2026-12-15',
  requestedBy: 'Kari',
  requestedAt: '2026-12-01T10:00:00.000Z',
  public: false,
  ...overrides,
});

describe('«Gjennomgått av» in the published frontmatter', () => {
  it('lists only recommendations of that very version, with the text only where editors made it public, dated in Norway', () => {
    const reviews = [
      review({
        statement: { verdict: 'recommend', text: 'Lett å lese.', council: 'Eldrerådet', at: '2026-12-02T23:30:00.000Z' },
        public: true,
      }),
      review({
        councilId: 'c2',
        statement: { verdict: 'remarks', text: 'Mangler pris.', council: 'Brukerrådet', at: '2026-12-02T10:00:00.000Z' },
      }),
      review({
        councilId: 'c3',
        version: 1,
        statement: { verdict: 'recommend', council: 'Rådet for personer med funksjonsnedsettelse', at: '2026-11-20T10:00:00.000Z' },
      }),
      review({ councilId: 'c4' }),
    ];
    expect(recommendationsOf(reviews, 2)).toEqual([{ council: 'Eldrerådet', date: '2026-12-03', statement: 'Lett å lese.' }]);
  });

  it('writes them so the article schema reads them, and removes what an older text carried', () => {
    const written = withCouncilReviews(source('Hjelp hjemme til det du ikke klarer selv, som vask og innkjøp.', 'Tekst.'), [
      { council: 'Eldrerådet', date: '2026-12-03' },
    ]);
    const data = articleSchema.parse(frontmatterFields(written));
    expect(data.councilReviews).toEqual([{ council: 'Eldrerådet', date: new Date('2026-12-03') }]);
    expect(written.endsWith('Tekst.\n')).toBe(true);
    const cleared = withCouncilReviews(written, []);
    expect(cleared).not.toContain('councilReviews');
    expect(articleSchema.parse(frontmatterFields(cleared)).councilReviews).toEqual([]);
  });
});

describe('the changes a council sees', () => {
  it('marks new and removed blocks against the text readers see, and a changed summary', () => {
    const before = source('Gammel oppsummering som er lang nok.', '## Slik søker du\n\nRing kommunen.\n\nDet koster penger.');
    const after = source('Ny oppsummering som er lang nok.', '## Slik søker du\n\nRing kommunen.\n\nDu betaler en egenandel.');
    const changes = articleChanges(before, after);
    expect(changes.summary).toEqual({ now: 'Ny oppsummering som er lang nok.', before: 'Gammel oppsummering som er lang nok.' });
    expect(changes.title).toEqual({ now: 'Hjemmehjelp' });
    expect(changes.blocks.map(({ change, markdown }) => ({ change, markdown }))).toEqual([
      { change: 'same', markdown: '## Slik søker du' },
      { change: 'same', markdown: 'Ring kommunen.' },
      { change: 'removed', markdown: 'Det koster penger.' },
      { change: 'added', markdown: 'Du betaler en egenandel.' },
    ]);
  });

  it('treats a new article as all new', () => {
    const { blocks } = articleChanges(undefined, source('Oppsummering som er lang nok.', 'Avsnitt.'));
    expect(blocks.map(({ change, markdown }) => ({ change, markdown }))).toEqual([{ change: 'added', markdown: 'Avsnitt.' }]);
  });

  it('keeps each block as the whole text’s tree reads it, so an unchanged one is drawn as on the page', () => {
    const body = 'Les [mer][kilde] her.\n\nNytt avsnitt.\n\n[kilde]: https://www.helsenorge.no/';
    const before = source('Oppsummering som er lang nok.', 'Les [mer][kilde] her.\n\n[kilde]: https://www.helsenorge.no/');
    const { blocks } = articleChanges(before, source('Oppsummering som er lang nok.', body));
    expect(blocks.map((block) => block.change)).toEqual(['same', 'added']);
    const link = blocks[0]!.node.children?.[1];
    expect(link).toMatchObject({ type: 'link', url: 'https://www.helsenorge.no/' });
  });
});
