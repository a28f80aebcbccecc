/**
 * Runs inside the print page before printing: sets the edition date and the print size, turns
 * links to other articles into links within the book with the page they are on, and every other
 * link to a page of the site into its full address on the kommune's site (the print page is served
 * from a placeholder host that must never reach paper).
 */
export interface PrintSettings {
  editionDate: string;
  large: boolean;
  pageWord: string;
  /** The kommune's prefix in a book ('/levanger/'), or '/': links to its articles start with it. */
  base: string;
}

export function preparePrintPage({ editionDate, large, pageWord, base }: PrintSettings): void {
  if (large) document.documentElement.dataset.size = 'large';
  for (const element of document.querySelectorAll('[data-edition-date]')) element.textContent = editionDate;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="/"]')) {
    // Runs in the page, so the base comes off here rather than through src/core/paths.ts.
    const href = link.getAttribute('href') ?? '';
    const slug = /^\/([a-z0-9-]+)\/$/.exec(base !== '/' && href.startsWith(base) ? href.slice(base.length - 1) : href)?.[1];
    if (!slug || !document.getElementById(slug)?.matches('article')) continue;
    link.setAttribute('href', `#${slug}`);
    const ref = document.createElement('span');
    ref.className = 'page-ref';
    ref.dataset.pageOf = slug;
    link.after(` (${pageWord} `, ref, ')');
  }
  const siteUrl = document.documentElement.dataset.siteUrl;
  if (!siteUrl) throw new Error('The print page does not say the site address (data-site-url on <html>).');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    link.setAttribute('href', new URL(link.getAttribute('href')!, siteUrl).href);
  }
}
