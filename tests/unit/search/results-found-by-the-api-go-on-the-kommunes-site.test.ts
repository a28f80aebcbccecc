import { describe, expect, it } from 'vitest';
import { outcomeOnSite } from '../../../src/core/search/outcome-on-site.ts';
import type { SearchOutcome } from '../../../src/core/search/search.ts';

const outcome: SearchOutcome = {
  query: 'sjukeheim',
  hits: [{ url: '/sykehjem/', title: 'Sykehjem', summary: '', good: true, section: { label: 'Hva koster det?', url: '/sykehjem/#pris' } }],
  didYouMean: [{ label: 'sykehjem', url: '/api/sok?q=sykehjem' }],
  closest: [{ label: 'Hjelpemidler', url: 'https://www.nav.no/hjelpemidler' }],
  danger: [],
  when: [],
};

describe('results the API found, on the site of the page that draws them', () => {
  it('leaves every address as it is for a kommune on its own (the base is /)', () => {
    expect(outcomeOnSite(outcome)).toEqual(outcome);
  });

  it('keeps addresses elsewhere and the query as they are', () => {
    const moved = outcomeOnSite(outcome);
    expect(moved.closest[0]!.url).toBe('https://www.nav.no/hjelpemidler');
    expect(moved.query).toBe('sjukeheim');
    expect(moved.didYouMean[0]!.url).toBe('/api/sok?q=sykehjem');
  });
});
