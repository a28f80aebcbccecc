/**
 * Pages the API answers with, drawn by the server renderer Astro built beside the static site
 * (src/pages/rendered/ over the same .astro components as the site; see src/server/). A function
 * does its work (origin, auth, validation, the domain call) and hands the renderer what it found as
 * the page's data; the renderer escapes every text. It is loaded on the first page a process
 * renders, once per built site. No AWS SDK here, so functions that touch no table stay small.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDERED_PAGES, type RenderedPage, type RenderedPageData } from '../../src/core/rendered-pages.ts';
import { html, type APIGatewayProxyResultV2 } from './http.ts';

type ServerRenderer = { renderPage(request: Request, locals: object): Promise<Response> };

const renderers = new Map<string, Promise<ServerRenderer>>();

function rendererIn(serverDir: string): Promise<ServerRenderer> {
  let renderer = renderers.get(serverDir);
  if (!renderer) {
    renderer = import(pathToFileURL(join(serverDir, 'entry.mjs')).href) as Promise<ServerRenderer>;
    renderers.set(serverDir, renderer);
    renderer.catch(() => renderers.delete(serverDir));
  }
  return renderer;
}

/** The page `page` drawn with `data`, answered with `status`; a renderer that fails is a server error (500). */
export async function renderedPage<P extends RenderedPage>(
  serverDir: string,
  page: P,
  data: RenderedPageData[P],
  status = 200,
  headers: Record<string, string> = {},
): Promise<APIGatewayProxyResultV2> {
  const renderer = await rendererIn(serverDir);
  // The host is never seen: each page names its own public address.
  const response = await renderer.renderPage(new Request(new URL(RENDERED_PAGES[page], 'http://renderer.invalid')), { [page]: data });
  if (!response.ok) throw new Error(`Tegneren svarte ${response.status} på ${page}`);
  return html(status, await response.text(), headers);
}
