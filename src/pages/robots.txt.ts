import type { APIRoute } from 'astro';
import { municipality } from '../lib/municipality.ts';
import { paths, underBase } from '../core/paths.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nDisallow: ${paths.editors}\nDisallow: /api/\nSitemap: ${new URL(underBase('/sitemap.xml'), municipality().siteUrl).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain' },
    },
  );
