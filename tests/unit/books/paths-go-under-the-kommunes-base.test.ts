import { describe, expect, it } from 'vitest';
import { paths, SITE_BASE, underBase, withoutBase } from '../../../src/core/paths.ts';

describe('a page path under a base', () => {
  it('is unchanged for a kommune on its own', () => {
    expect(SITE_BASE).toBe('/');
    expect(paths.home).toBe('/');
    expect(paths.article('sykehjem')).toBe('/sykehjem/');
    expect(underBase('/sykehjem/')).toBe('/sykehjem/');
  });

  it('goes under a kommune’s prefix, and the prefix comes off again', () => {
    expect(underBase('/', '/levanger/')).toBe('/levanger/');
    expect(underBase('/bok/alderdommens-abc.pdf', '/levanger/')).toBe('/levanger/bok/alderdommens-abc.pdf');
    expect(withoutBase('/levanger/trykk/boka/', '/levanger/')).toBe('/trykk/boka/');
    expect(withoutBase('/levanger/', '/levanger/')).toBe('/');
    expect(withoutBase('/verdal/sykehjem/', '/levanger/')).toBe('/verdal/sykehjem/');
  });

  it('never puts the API under a kommune’s prefix', () => {
    for (const address of [paths.searchResults('x'), paths.followResults, paths.orderResults, paths.suggestionsApi, paths.feedbackApi])
      expect(address).toMatch(/^\/api\//);
  });
});
