/**
 * The book's own pages at its root, outside every kommune: the page that lets a reader choose a
 * kommune (plain links, no script), its «not found» twin, and robots.txt naming each kommune's
 * sitemap. They wear the site's stylesheet, taken from a kommune's built front page.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { kommuneHref } from '../../src/core/books/addresses.ts';
import { escapeHtml } from '../../src/core/escape-html.ts';
import { parseMunicipality } from '../../src/core/municipality.ts';
import type { Book } from '../../src/core/schemas/book.ts';
import { t } from '../../src/core/text/t.ts';

export type RootKommune = { name: string; href: string };

/** The book's kommuner as the root page lists them: each one's name from its own config (relative to `projectDir`), and its address. */
export async function rootKommuner(book: Book, projectDir: string): Promise<RootKommune[]> {
  return Promise.all(
    book.kommuner.map(async (kommune) => ({
      name: parseMunicipality(await readFile(resolve(projectDir, kommune.config), 'utf8'), kommune.config).name,
      href: kommuneHref(kommune),
    })),
  );
}

/** The stylesheets and icon a kommune's built front page links (the site's own files under its prefix). */
export async function pageAssets(frontPage: string): Promise<string[]> {
  const html = await readFile(frontPage, 'utf8');
  return [...html.matchAll(/<link rel="(?:stylesheet|icon)"[^>]*>/g)].map((match) => match[0]);
}

/** The chooser (or, with `notFound`, the page for an address no kommune has). */
export function rootPage(kommuner: RootKommune[], assets: string[], { notFound = false } = {}): string {
  const siteName = t('site.name');
  const heading = notFound ? t('site.book.notFoundTitle') : t('site.book.title');
  const lead = notFound ? t('site.book.notFoundLead') : t('site.book.lead');
  const links = kommuner.map((kommune) => `<li><a href="${escapeHtml(kommune.href)}">${escapeHtml(kommune.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${heading} – ${siteName}`)}</title>
<meta name="description" content="${escapeHtml(t('site.promise'))}">
${notFound ? '<meta name="robots" content="noindex, nofollow">\n' : ''}${assets.join('\n')}
</head>
<body>
<header class="site-header"><div class="wrap site-header__inner"><p class="logo"><span class="logo__name">${escapeHtml(siteName)}</span></p></div></header>
<main id="main" class="wrap" data-book-root>
<h1>${escapeHtml(heading)}</h1>
<p class="lead">${escapeHtml(lead)}</p>
<nav aria-label="${escapeHtml(t('site.book.listLabel'))}"><ul class="link-list">${links}</ul></nav>
</main>
</body>
</html>
`;
}

/** robots.txt at the book's root: the kommuner's editors' pages stay out, and each kommune's sitemap is named. */
export function rootRobots(siteUrl: string, prefixes: string[]): string {
  const lines = ['User-agent: *', 'Disallow: /api/', ...prefixes.map((prefix) => `Disallow: ${prefix}redaksjon/`)];
  return `${[...lines, ...prefixes.map((prefix) => `Sitemap: ${new URL(`${prefix}sitemap.xml`, siteUrl).href}`)].join('\n')}\n`;
}

/** Writes the book's root pages into `distDir`. */
export async function writeBookRoot(distDir: string, siteUrl: string, kommuner: RootKommune[], prefixes: string[], assets: string[]) {
  await writeFile(join(distDir, 'index.html'), rootPage(kommuner, assets));
  await writeFile(join(distDir, '404.html'), rootPage(kommuner, assets, { notFound: true }));
  await writeFile(join(distDir, 'robots.txt'), rootRobots(siteUrl, prefixes));
}
