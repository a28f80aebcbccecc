import type { APIRoute } from 'astro';
import { municipality } from '../lib/municipality.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nDisallow: /redaksjon/\nDisallow: /api/\nSitemap: ${new URL('/sitemap.xml', municipality().siteUrl).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain' },
    },
  );
