import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { SEARCH_SITE_FILES } from '../../functions/search/site-files.ts';
import { SERVER_RENDERER_DIR, serverDirFor } from '../../src/core/rendered-pages.ts';
import { builtSitesOf } from '../../infra/built-sites.ts';
import { AppFunction } from '../../infra/constructs/app-function.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let distribution: Json;

beforeAll(() => {
  book = synthBookStack();
  distribution = Object.values(book.template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
});

describe('the search results page without JavaScript (GET /api/sok)', () => {
  it('is a route of the HTTP API with its own function that may only count searches in the table', () => {
    const route = routes.find((candidate) => candidate.path === '/api/sok')!;
    expect(route).toMatchObject({ method: 'GET', auth: 'public', dynamodb: ['dynamodb:UpdateItem'] });
    book.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /api/sok' });
    const fn = Object.values(book.template.findResources('AWS::Lambda::Function')).find(
      (resource) => resource.Properties.Description === 'GET /api/sok',
    );
    expect(fn).toBeDefined();
  });

  it('is never answered from CloudFront’s cache, so every search reaches the function and is counted', () => {
    const behaviors = distribution.CacheBehaviors as Json[];
    expect(behaviors.map((behavior) => behavior.PathPattern)).not.toContain('/api/sok');
    const api = behaviors.find((behavior) => behavior.PathPattern === '/api/*')!;
    const [policyId] = referencedIds(api.CachePolicyId);
    // The managed CachingDisabled policy, referenced by its id rather than made in the stack.
    expect(policyId === undefined ? api.CachePolicyId : book.template.findResources('AWS::CloudFront::CachePolicy')[policyId]).toBe(
      '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    );
  });

  it('bundles the alias index and the server renderer beside the handler, where it reads them', () => {
    const dist = mkdtempSync(join(tmpdir(), 'abc-dist-'));
    const outdir = mkdtempSync(join(tmpdir(), 'abc-cdk-'));
    try {
      writeFileSync(join(dist, SEARCH_SITE_FILES.index), '{"documents":[]}');
      mkdirSync(join(serverDirFor(dist), 'chunks'), { recursive: true });
      writeFileSync(join(serverDirFor(dist), 'entry.mjs'), 'export const renderPage = () => {};');
      writeFileSync(join(serverDirFor(dist), 'chunks', 'page.mjs'), 'export {};');
      const route = routes.find((candidate) => candidate.path === '/api/sok')!;
      expect(route.rendersPages).toBe(true);
      const app = new App({ outdir });
      new AppFunction(new Stack(app, 'Bundle'), 'Search', {
        entry: fileURLToPath(new URL('../../functions/search/handler.ts', import.meta.url)),
        description: 'GET /api/sok',
        environment: {},
        logRetentionDays: 30,
        siteFiles: Object.values(SEARCH_SITE_FILES),
        rendersPages: true,
        builtSites: builtSitesOf(dist),
      });
      app.synth();
      const asset = join(
        outdir,
        readdirSync(outdir).find((name) => name.startsWith('asset.'))!,
      );
      expect(existsSync(join(asset, 'index.mjs'))).toBe(true);
      expect(readFileSync(join(asset, SEARCH_SITE_FILES.index), 'utf8')).toBe('{"documents":[]}');
      expect(readFileSync(join(asset, SERVER_RENDERER_DIR, 'entry.mjs'), 'utf8')).toContain('renderPage');
      expect(existsSync(join(asset, SERVER_RENDERER_DIR, 'chunks', 'page.mjs'))).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
      rmSync(serverDirFor(dist), { recursive: true, force: true });
      rmSync(outdir, { recursive: true, force: true });
    }
  });
  it('bundles each kommune’s alias index and renderer in its own folder in a book of several kommuner', () => {
    const work = mkdtempSync(join(tmpdir(), 'abc-book-bundle-'));
    const outdir = mkdtempSync(join(tmpdir(), 'abc-cdk-'));
    try {
      const bookFile = join(work, 'book.json');
      writeFileSync(
        bookFile,
        JSON.stringify({
          siteUrl: 'https://abc.example.no',
          kommuner: [
            { id: 'levanger', config: 'content/municipalities/levanger.json', address: { prefix: '/levanger/' } },
            { id: 'verdal', config: 'content/municipalities/verdal.json', address: { prefix: '/verdal/' } },
          ],
        }),
      );
      const dist = join(work, 'dist');
      const sites = builtSitesOf(dist, bookFile);
      expect(sites.map((site) => site.into)).toEqual(['levanger', 'verdal']);
      for (const site of sites) {
        mkdirSync(join(site.distDir, dirname(SEARCH_SITE_FILES.index)), { recursive: true });
        writeFileSync(join(site.distDir, SEARCH_SITE_FILES.index), `{"kommune":"${site.into}"}`);
        mkdirSync(site.serverDir, { recursive: true });
        writeFileSync(join(site.serverDir, 'entry.mjs'), `export const kommune = '${site.into}';`);
      }
      const app = new App({ outdir });
      new AppFunction(new Stack(app, 'Bundle'), 'Search', {
        entry: fileURLToPath(new URL('../../functions/search/handler.ts', import.meta.url)),
        description: 'GET /api/sok',
        environment: {},
        logRetentionDays: 30,
        siteFiles: Object.values(SEARCH_SITE_FILES),
        rendersPages: true,
        builtSites: sites,
      });
      app.synth();
      const asset = join(
        outdir,
        readdirSync(outdir).find((name) => name.startsWith('asset.'))!,
      );
      for (const kommune of ['levanger', 'verdal']) {
        expect(readFileSync(join(asset, kommune, SEARCH_SITE_FILES.index), 'utf8')).toBe(`{"kommune":"${kommune}"}`);
        expect(readFileSync(join(asset, kommune, SERVER_RENDERER_DIR, 'entry.mjs'), 'utf8')).toContain(kommune);
      }
      expect(existsSync(join(asset, SEARCH_SITE_FILES.index))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
