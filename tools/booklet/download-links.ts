/**
 * Puts the download links, with size and edition date, into the built pages where the layout left
 * a marker. Without PDFs the markers stay as comments, so pages never link to a missing file. The
 * links stay between the marker and its end marker, so a later edition replaces them: a
 * publication's new web pages link the PDFs still served, and its own PDFs replace those links when
 * they are printed. Each page is written beside itself and renamed over, so a reader of the live
 * site never gets half a page.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editionPath, formatBytes, LINK_MARKERS, type BookletManifest, type EditionId } from '../../src/core/booklet/edition.ts';
import { paths, underBase } from '../../src/core/paths.ts';
import { formatDate, t, type MessageKey } from '../../src/core/text/t.ts';

const LINK_TEXT: Record<EditionId, MessageKey> = {
  full: 'booklet.linkFull',
  large: 'booklet.linkLarge',
  short: 'booklet.linkShort',
  largeShort: 'booklet.linkLargeShort',
  printShop: 'booklet.linkPrintShop',
};

export function homeLinks(manifest: BookletManifest, base = '/'): string {
  const date = formatDate(new Date(manifest.edition));
  const items = manifest.files.map((file) => {
    const text = t(LINK_TEXT[file.id], { size: formatBytes(file.bytes), pages: file.pages });
    return `<li><a href="${editionPath(file.file, base)}" data-booklet="${file.id}">${text}</a></li>`;
  });
  return (
    `<section aria-labelledby="booklet-heading" class="booklet-links" data-booklet-links><h2 id="booklet-heading">${t('booklet.linksHeading')}</h2>` +
    `<p>${t('booklet.linksIntro', { date })}</p><ul class="link-list">${items.join('')}</ul>` +
    `<p>${t('orders.linkIntro')} <a href="${underBase(paths.order, base)}">${t('orders.link')}</a></p></section>`
  );
}

export function footerLink(manifest: BookletManifest, base = '/'): string {
  const full = manifest.files.find((file) => file.id === 'full');
  if (!full) return '';
  const text = t('booklet.footerLink', { size: formatBytes(full.bytes), date: formatDate(new Date(manifest.edition)) });
  return (
    `<p class="site-footer__booklet" data-booklet-links><a href="${editionPath(full.file, base)}" data-booklet="full">${text}</a>` +
    ` · <a href="${underBase(paths.order, base)}">${t('orders.link')}</a></p>`
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The marker with whatever links an earlier edition put after it, or the bare marker. */
function placed(marker: string): { pattern: RegExp; end: string } {
  const end = marker.replace('<!--', '<!--/');
  return { pattern: new RegExp(`${escapeRegExp(marker)}(?:[\\s\\S]*?${escapeRegExp(end)})?`, 'g'), end };
}

/** `base` is the kommune's prefix when the site is one kommune of a book (its pages live under it). */
export async function insertDownloadLinks(distDir: string, manifest: BookletManifest, base = '/'): Promise<number> {
  const replacements = [
    [LINK_MARKERS.home, homeLinks(manifest, base)],
    [LINK_MARKERS.footer, footerLink(manifest, base)],
  ].map(([marker, links]) => ({ marker: marker!, links: links!, ...placed(marker!) }));
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  let changed = 0;
  for (const file of files) {
    const path = join(distDir, file);
    const html = await readFile(path, 'utf8');
    const next = replacements.reduce(
      (text, { marker, links, pattern, end }) => text.replace(pattern, () => `${marker}${links}${end}`),
      html,
    );
    if (next === html) continue;
    await writeFile(`${path}.${process.pid}.tmp`, next);
    await rename(`${path}.${process.pid}.tmp`, path);
    changed += 1;
  }
  return changed;
}
