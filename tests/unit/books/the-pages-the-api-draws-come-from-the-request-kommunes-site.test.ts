import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteOf } from '../../../functions/shared/built-site.ts';
import { SERVER_RENDERER_DIR, serverDirFor } from '../../../src/core/rendered-pages.ts';

describe('the built site a function draws pages from', () => {
  it('is the site the context serves for a kommune on its own', () => {
    expect(builtSiteOf({ siteDir: () => '/srv/site', env: {} })).toEqual({ siteDir: '/srv/site', serverDir: serverDirFor('/srv/site') });
  });

  it('is the request kommune’s own site and renderer in a book served locally', () => {
    const site = builtSiteOf({
      kommune: 'verdal',
      siteDir: () => '/srv/site',
      kommuneSite: (kommune) => ({ siteDir: `/srv/${kommune}`, serverDir: `/srv/server/${kommune}` }),
      env: {},
    });
    expect(site).toEqual({ siteDir: '/srv/verdal', serverDir: '/srv/server/verdal' });
  });

  it('is the kommune’s folder of the bundle in Lambda, never another kommune’s or the top', () => {
    const site = builtSiteOf({ kommune: 'levanger', env: {} });
    expect(site.siteDir.endsWith(join('', 'levanger'))).toBe(true);
    expect(site.serverDir).toBe(join(site.siteDir, SERVER_RENDERER_DIR));
  });
});
