import type { APIRoute } from 'astro';
import { municipality } from '../lib/municipality.ts';

/** The site's origin for the print stylesheet, which prints links to other pages as full addresses. */
export const GET: APIRoute = () =>
  new Response(`:root { --print-origin: ${JSON.stringify(new URL(municipality().siteUrl).origin)}; }\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
