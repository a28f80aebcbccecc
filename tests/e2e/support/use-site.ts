/**
 * The one helper an e2e file needs: `const site = useSite();` at the top of the file.
 *
 * - `site.baseUrl` – the shared local server (built site + API, rate limit off);
 * - `site.browser` – the shared Chromium, connected for this file (available inside tests and hooks);
 * - `site.newPage(options)` – a page in a fresh browser context (own cookies, storage, routes);
 *   every context opened during a test is closed when the test ends;
 * - `site.open(path, options)` – `newPage` and go to `baseUrl + path`;
 * - `site.api(path, init)` – fetch against the server; `asEditor: true` signs in as an editor, `json` sends a JSON body;
 * - `site.editorPassword` – for signing in on /redaksjon/ in the browser;
 * - `site.outboxDir` – where the server writes every e-mail as an .eml file (its mail run goes every two seconds).
 *
 * Every e2e file shares the server's data: make what you write recognisable (a unique text) and
 * assert on that, never on totals.
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser.ts';

export interface Site {
  baseUrl: string;
  browser: Browser;
  editorPassword: string;
  outboxDir: string;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  api(path: string, init?: RequestInit & { asEditor?: boolean; json?: unknown }): Promise<Response>;
}

export const EDITOR_NAME = 'Kari Redaktør';

export function useSite(): Site {
  const shared = inject('e2eSite');
  let browser: Browser | undefined;
  let editorToken: Promise<string> | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await connectBrowser(shared.browserWsEndpoint);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });
  afterAll(async () => {
    // On a connected browser this only disconnects; the global setup closes Chromium.
    await browser?.close();
  });

  async function signIn(): Promise<string> {
    const response = await fetch(`${shared.baseUrl}/api/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: EDITOR_NAME, password: shared.editorPassword }),
    });
    if (!response.ok) throw new Error(`Editor sign-in failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  const site: Site = {
    baseUrl: shared.baseUrl,
    editorPassword: shared.editorPassword,
    outboxDir: join(shared.dataDir, 'outbox'),
    get browser(): Browser {
      if (!browser) throw new Error('useSite().browser is there inside tests and hooks, not while the file loads.');
      return browser;
    },
    async newPage(options = {}) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      pages.push(page);
      return page;
    },
    async open(path, options) {
      const page = await site.newPage(options);
      await page.goto(shared.baseUrl + path);
      return page;
    },
    async api(path, init = {}) {
      const { asEditor = false, json, headers, ...rest } = init;
      const token = asEditor ? await (editorToken ??= signIn()) : undefined;
      return fetch(shared.baseUrl + path, {
        ...rest,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...(headers as Record<string, string> | undefined),
        },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });
    },
  };
  return site;
}
