import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tools/build/chromium.ts';

/** The same Chromium the booklet build prints with: Debian's by default, `CHROMIUM_PATH` elsewhere. */
export { CHROMIUM_PATH, launchBrowser } from '../../../tools/build/chromium.ts';

/** A Chromium that test workers share by connecting to its WebSocket endpoint. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
