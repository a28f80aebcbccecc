import { describe, expect, it } from 'vitest';
import { meetsPrivacyFloor, PRIVACY_FLOOR } from '../../../src/core/insight/privacy-floor.ts';
import { missedOf, searchReport } from '../../../src/core/insight/searches.ts';
import { pageReport, pagesAnsweredNo, slugOfPage } from '../../../src/core/insight/pages.ts';
import { overdueReviews, suggestionReport } from '../../../src/core/insight/suggestions.ts';
import type { SearchDay } from '../../../src/core/insight/model.ts';

const row = (day: string, q: string, searches: number, noResults = 0, opened = 0): SearchDay => ({ day, q, searches, noResults, opened });

describe('the privacy floor', () => {
  it('is five searches on two different days', () => {
    expect(PRIVACY_FLOOR).toEqual({ count: 5, days: 2 });
    expect(meetsPrivacyFloor({ count: 5, days: 2 })).toBe(true);
    expect(meetsPrivacyFloor({ count: 4, days: 2 })).toBe(false);
    expect(meetsPrivacyFloor({ count: 50, days: 1 })).toBe(false);
  });
});

describe('missed searches', () => {
  it('are those that found nothing and those whose results nobody opened', () => {
    expect(missedOf({ searches: 5, noResults: 5, opened: 0 })).toBe(5);
    expect(missedOf({ searches: 5, noResults: 0, opened: 3 })).toBe(2);
    expect(missedOf({ searches: 5, noResults: 2, opened: 3 })).toBe(2);
    // An opening counted on the next day never makes a count negative or larger than the searches.
    expect(missedOf({ searches: 1, noResults: 0, opened: 3 })).toBe(0);
  });
});

describe('the searches of a period', () => {
  it('lists a word the book lacks, searched five times on two days, as missed and as asked', () => {
    const report = searchReport(
      [row('2026-11-02', 'rullator', 3, 3), row('2026-11-03', 'rullator', 2, 2)],
      [
        { day: '2026-11-02', searches: 3, noResults: 3, opened: 0 },
        { day: '2026-11-03', searches: 2, noResults: 2, opened: 0 },
      ],
    );
    expect(report).toEqual({ total: 5, top: [{ q: 'rullator', count: 5 }], missed: [{ q: 'rullator', count: 5, days: 2 }] });
  });

  it('never shows a question below the floor, however often one day asked it', () => {
    const report = searchReport(
      [row('2026-11-02', 'ensom', 40, 40), row('2026-11-02', 'kari', 4, 4), row('2026-11-03', 'kari', 0, 0)],
      [{ day: '2026-11-02', searches: 44, noResults: 44, opened: 0 }],
    );
    expect(report).toEqual({ total: 44, top: [], missed: [] });
  });

  it('counts the day’s total with every search, also the ones whose question was not kept', () => {
    expect(searchReport([], [{ day: '2026-11-02', searches: 7, noResults: 0, opened: 7 }]).total).toBe(7);
  });

  it('orders by count, then A–Å, and lists a question found and opened as asked but not missed', () => {
    const report = searchReport(
      [
        row('2026-11-02', 'sykehjem', 6, 0, 6),
        row('2026-11-03', 'sykehjem', 6, 0, 6),
        row('2026-11-02', 'ærend', 3, 3),
        row('2026-11-04', 'ærend', 3, 3),
        row('2026-11-02', 'avlastning', 3, 0, 0),
        row('2026-11-05', 'avlastning', 3, 0, 0),
      ],
      [],
    );
    expect(report.top).toEqual([
      { q: 'sykehjem', count: 12 },
      { q: 'avlastning', count: 6 },
      { q: 'ærend', count: 6 },
    ]);
    expect(report.missed).toEqual([
      { q: 'avlastning', count: 6, days: 2 },
      { q: 'ærend', count: 6, days: 2 },
    ]);
  });

  it('holds the floor to the missed searches themselves: missed on one day only is not shown as missed', () => {
    const report = searchReport([row('2026-11-02', 'dagsenter', 5, 5), row('2026-11-03', 'dagsenter', 5, 0, 5)], []);
    expect(report.top).toEqual([{ q: 'dagsenter', count: 10 }]);
    expect(report.missed).toEqual([]);
  });
});

describe('pages', () => {
  const titles: Record<string, string> = { sykehjem: 'Sykehjem', dagsenter: 'Dagsenter' };
  const titleOf = (slug: string) => titles[slug] ?? slug;

  it('are named by slug and title, most «nei» first', () => {
    expect(slugOfPage('/sykehjem/')).toBe('sykehjem');
    expect(
      pageReport(
        [
          { day: '2026-11-02', page: '/sykehjem/', yes: 4, no: 1 },
          { day: '2026-11-03', page: '/sykehjem/', yes: 1, no: 1 },
          { day: '2026-11-03', page: '/dagsenter/', yes: 0, no: 3 },
        ],
        titleOf,
      ),
    ).toEqual([
      { slug: 'dagsenter', title: 'Dagsenter', yes: 0, no: 3 },
      { slug: 'sykehjem', title: 'Sykehjem', yes: 5, no: 2 },
    ]);
  });

  it('reach a council only with five «nei» on two days', () => {
    const rows = [
      { day: '2026-11-02', page: '/sykehjem/', yes: 0, no: 3 },
      { day: '2026-11-03', page: '/sykehjem/', yes: 9, no: 2 },
      { day: '2026-11-03', page: '/dagsenter/', yes: 0, no: 9 },
    ];
    expect(pagesAnsweredNo(rows, titleOf)).toEqual([{ slug: 'sykehjem', title: 'Sykehjem', no: 5, days: 2 }]);
  });
});

describe('suggestions and reviews', () => {
  it('counts what came, what got an answer (or was closed) and the middle wait in days in Norway', () => {
    expect(
      suggestionReport([
        { createdAt: '2026-11-02T10:00:00Z', answeredAt: '2026-11-02T15:00:00Z' },
        { createdAt: '2026-11-02T10:00:00Z', closedAt: '2026-11-06T09:00:00Z' },
        { createdAt: '2026-11-03T22:30:00Z', answeredAt: '2026-11-10T08:00:00Z', closedAt: '2026-11-12T08:00:00Z' },
        { createdAt: '2026-11-04T10:00:00Z' },
      ]),
    ).toEqual({ received: 4, answered: 3, medianDaysToAnswer: 4, open: 1 });
    expect(suggestionReport([])).toEqual({ received: 0, answered: 0, medianDaysToAnswer: null, open: 0 });
  });

  it('counts the articles past «Neste gjennomgang», not retired ones', () => {
    expect(
      overdueReviews(
        [
          { nextReview: '2026-12-01' },
          { nextReview: '2026-12-07' },
          { nextReview: '2026-01-01', retiredBy: 'sykehjem' },
          { nextReview: '2027-01-01' },
        ],
        '2026-12-07',
      ),
    ).toBe(1);
  });
});
