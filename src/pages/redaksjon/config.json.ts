import type { APIRoute } from 'astro';
import { editorAuthFromEnv } from '../../core/schemas/editor-auth.ts';

/** The editors' sign-in settings, read from EDITOR_AUTH_* at build time (see schemas/editor-auth.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(editorAuthFromEnv(process.env)), { headers: { 'Content-Type': 'application/json' } });
