/**
 * Runs inside the print page before printing: sets the edition date and the print size, and
 * turns links to other articles into links within the book with the page they are on.
 */
export interface PrintSettings {
  editionDate: string;
  large: boolean;
  pageWord: string;
}

export function preparePrintPage({ editionDate, large, pageWord }: PrintSettings): void {
  if (large) document.documentElement.dataset.size = 'large';
  for (const element of document.querySelectorAll('[data-edition-date]')) element.textContent = editionDate;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="/"]')) {
    const slug = /^\/([a-z0-9-]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1];
    if (!slug || !document.getElementById(slug)?.matches('article')) continue;
    link.setAttribute('href', `#${slug}`);
    const ref = document.createElement('span');
    ref.className = 'page-ref';
    ref.dataset.pageOf = slug;
    link.after(` (${pageWord} `, ref, ')');
  }
}
