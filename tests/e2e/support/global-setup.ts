/**
 * The e2e project's global setup: ONE local server (built site + API, fresh data directory, rate
 * limit off) and ONE Chromium for every e2e file, handed to the test workers with `provide`.
 * Tests reach them through `useSite()` (./use-site.ts).
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { startSite } from './site.ts';

export interface SharedSite {
  baseUrl: string;
  /** The server's data directory (dynalite and the local editor key). */
  dataDir: string;
  /** The password of the local editor sign-in on /redaksjon/. */
  editorPassword: string;
  browserWsEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eSite: SharedSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [site, browser] = await Promise.all([startSite({ SUGGESTION_RATE_LIMIT: '0' }), launchBrowserServer()]);
  project.provide('e2eSite', {
    baseUrl: site.url,
    dataDir: site.dataDir,
    editorPassword: site.editorPassword,
    browserWsEndpoint: browser.wsEndpoint(),
  });
  return async () => {
    await Promise.all([browser.close(), site.close()]);
  };
}
