import { describe, expect, it } from 'vitest';
import { KOMMUNE_PARAMETER, paths, SITE_KOMMUNE, withKommune } from '../../../src/core/paths.ts';
import { KOMMUNE_PARAMETER as REQUEST_PARAMETER } from '../../../functions/shared/request-kommune.ts';

describe('an API address the pages build', () => {
  it('is exactly today’s for a kommune on its own', () => {
    expect(SITE_KOMMUNE).toBe('');
    expect({
      suggestions: paths.suggestionsApi,
      feedback: paths.feedbackApi,
      follow: paths.followResults,
      followOne: paths.follow('F-2026-0042'),
      thanks: paths.thanks({ id: 'abc' }),
      search: paths.searchResults('rullator'),
      searchEmpty: paths.searchResults(),
      opened: paths.searchOpened('rullator'),
      beacon: paths.searchBeacon,
      council: [paths.councilResults, paths.councilReview, paths.councilStatement],
      orders: paths.orderResults,
    }).toEqual({
      suggestions: '/api/suggestions',
      feedback: '/api/feedback',
      follow: '/api/folg',
      followOne: '/api/folg?referanse=F-2026-0042',
      thanks: '/api/foresla/takk?id=abc',
      search: '/api/sok?q=rullator',
      searchEmpty: '/api/sok',
      opened: '/api/insight/search?q=rullator',
      beacon: '/api/insight/search',
      council: ['/api/council/page', '/api/council/page/review', '/api/council/page/statement'],
      orders: '/api/orders',
    });
  });

  it('names the kommune of a book in the query the API reads it from', () => {
    expect(KOMMUNE_PARAMETER).toBe(REQUEST_PARAMETER);
    expect(withKommune('/api/suggestions', 'verdal')).toBe('/api/suggestions?kommune=verdal');
    expect(withKommune('/api/sok?q=rullator', 'verdal')).toBe('/api/sok?q=rullator&kommune=verdal');
    expect(new URL(withKommune('/api/folg?referanse=F-2026-0042', 'levanger'), 'https://abc.no').searchParams.get('kommune')).toBe(
      'levanger',
    );
  });

  it('lets a function name the request’s kommune on the thank-you page it sends the reader to', () => {
    expect(paths.thanks({ id: 'abc' }, 'verdal')).toBe('/api/foresla/takk?id=abc&kommune=verdal');
    expect(paths.thanks({ id: 'abc' }, undefined)).toBe('/api/foresla/takk?id=abc');
  });
});
