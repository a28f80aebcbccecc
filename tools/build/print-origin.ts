/**
 * A link to another page of the site prints with its full address (global.css, `@media print`),
 * which needs the site's origin: the build writes it into the stylesheet in place of
 * `__SITE_ORIGIN__`, so no page loads a stylesheet of its own for one value.
 */
import type { Plugin } from 'vite';

const TOKEN = '__SITE_ORIGIN__';

export function printOrigin(siteUrl: string): Plugin {
  const origin = JSON.stringify(new URL(siteUrl).origin);
  return {
    name: 'print-origin',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.css') || !code.includes(TOKEN)) return null;
      return { code: code.replaceAll(`'${TOKEN}'`, origin), map: null };
    },
  };
}
