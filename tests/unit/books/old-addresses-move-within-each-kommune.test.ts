import { describe, expect, it } from 'vitest';
import { REDIRECTS, redirectFor } from '../../../src/core/redirects.ts';

describe('an old address', () => {
  it('moves at the site’s root, in every spelling of the address', () => {
    for (const path of ['/forslag/', '/forslag', '/forslag/index.html']) expect(redirectFor(path), path).toBe(REDIRECTS['/forslag/']);
    expect(redirectFor('/sykehjem/')).toBeUndefined();
  });

  it('moves within the kommune whose prefix it is under, and only for a prefix of the book', () => {
    const prefixes = ['/levanger/', '/verdal/'];
    expect(redirectFor('/levanger/forslag', { prefixes })).toBe(`/levanger${REDIRECTS['/forslag/']}`);
    expect(redirectFor('/verdal/forslag/index.html', { prefixes })).toBe(`/verdal${REDIRECTS['/forslag/']}`);
    expect(redirectFor('/steinkjer/forslag/', { prefixes })).toBeUndefined();
    expect(redirectFor('/levanger/sykehjem/', { prefixes })).toBeUndefined();
    expect(redirectFor('/forslag/', { prefixes })).toBe(REDIRECTS['/forslag/']);
  });

  it('includes a retired article, under each prefix too', () => {
    const moved = { ...REDIRECTS, '/korttidsopphold/': '/sykehjem/' };
    expect(redirectFor('/korttidsopphold/', { moved })).toBe('/sykehjem/');
    expect(redirectFor('/verdal/korttidsopphold/', { moved, prefixes: ['/verdal/'] })).toBe('/verdal/sykehjem/');
  });
});
