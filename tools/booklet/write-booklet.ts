/**
 * `npm run booklet` (part of `npm run build`): prints the built book's editions to PDF with
 * Chromium into <dist>/bok/ and links them from the front page and the footer. Without Chromium
 * (or with BOOKLET=off) it says so in one line and leaves the links out, so the site still builds
 * on a fresh machine; with BOOKLET=required (the publishing build in AWS) a missing Chromium fails
 * the build, so an upload never deletes the PDFs readers link to. A publication runs it on the live
 * site after the web pages went live: each file is swapped in whole, the old ones served until then.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  BOOKLET_DIR,
  BOOKLET_MANIFEST,
  EDITIONS,
  type BookletManifest,
  type EditionFile,
  type EditionId,
} from '../../src/core/booklet/edition.ts';
import { letterOfPage } from '../../src/core/booklet/page-refs.ts';
import { municipalityOf, readFactFiles } from '../../src/core/municipality.ts';
import { useLanguage } from '../../src/core/text/language.ts';
import { tabPlacements } from '../../src/core/booklet/tabs.ts';
import { letterSlug, type Letter } from '../../src/core/letters.ts';
import { formatDate, t } from '../../src/core/text/t.ts';
import { norwegianIsoDay } from '../../src/core/norwegian-date.ts';
import { CHROMIUM_PATH, hasChromium, launchBrowser } from '../build/chromium.ts';
import { compactPdf } from './compact-pdf.ts';
import { insertDownloadLinks } from './download-links.ts';
import { preparePrintPage } from './prepare-page.ts';
import { printEdition, type PrintedEdition } from './print-edition.ts';
import { withBleedAndCropMarks } from './print-shop.ts';
import { DIST_ORIGIN, serveDist } from './serve-dist.ts';
import { underBase } from '../../src/core/paths.ts';

const PRINT_PAGES = { book: '/trykk/boka/', short: '/trykk/kortversjon/' } as const;

async function print(
  context: BrowserContext,
  base: string,
  path: string,
  edition: string,
  large = false,
): Promise<PrintedEdition & { letters: Letter[] }> {
  const page = await context.newPage();
  try {
    await page.goto(`${DIST_ORIGIN}${underBase(path, base)}`, { waitUntil: 'load' });
    await page.evaluate(preparePrintPage, {
      editionDate: t('booklet.edition', { date: formatDate(new Date(edition)) }),
      large,
      pageWord: t('booklet.page'),
      base,
    });
    const letters = (await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-letter]')].map((element) => element.dataset.letter),
    )) as Letter[];
    return { ...(await printEdition(page)), letters };
  } finally {
    await page.close();
  }
}

const ALL_EDITIONS = EDITIONS.map((edition) => edition.id);

/**
 * Writes a file beside its place and renames it over: the site may be live while its book is
 * printed (a publication's second stage), and a reader downloading the old PDF gets all of it.
 */
async function writeInPlace(path: string, data: Uint8Array | string): Promise<void> {
  await writeFile(`${path}.${process.pid}.tmp`, data);
  await rename(`${path}.${process.pid}.tmp`, path);
}

/** Prints the editions asked for (all by default; the print-shop edition is made from the full one). */
export async function writeBooklet(
  distDir: string,
  {
    edition = norwegianIsoDay(new Date()),
    editions = ALL_EDITIONS,
    base = '/',
  }: { edition?: string; editions?: readonly EditionId[]; /** the kommune's prefix in a book (SITE_BASE) */ base?: string } = {},
): Promise<BookletManifest> {
  const wanted = new Set(editions);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await serveDist(context, distDir, base);
    // Each page prints in its own renderer process, so the editions use both cores.
    const [full, large, short, largeShort] = await Promise.all([
      wanted.has('full') || wanted.has('printShop') ? print(context, base, PRINT_PAGES.book, edition) : undefined,
      wanted.has('large') ? print(context, base, PRINT_PAGES.book, edition, true) : undefined,
      wanted.has('short') ? print(context, base, PRINT_PAGES.short, edition) : undefined,
      wanted.has('largeShort') ? print(context, base, PRINT_PAGES.short, edition, true) : undefined,
    ]);
    const printed: Partial<Record<EditionId, { pdf: Uint8Array; pages: number }>> = {};
    for (const [id, result] of [
      ['full', full],
      ['large', large],
      ['short', short],
      ['largeShort', largeShort],
    ] as const) {
      if (result) printed[id] = { pdf: await compactPdf(result.pdf), pages: result.pages };
    }
    if (full && wanted.has('printShop')) {
      const tabs = new Map(tabPlacements(full.letters).map((tab) => [tab.letter, tab]));
      const letterOn = letterOfPage(
        full.pageOf,
        full.letters.map((letter) => ({ letter, slug: letterSlug(letter) })),
      );
      const pdf = await withBleedAndCropMarks(full.pdf, (page) => {
        const letter = letterOn(page);
        return letter ? tabs.get(letter) : undefined;
      });
      printed.printShop = { pdf, pages: full.pages };
    }

    const outDir = join(distDir, BOOKLET_DIR);
    await mkdir(outDir, { recursive: true });
    const files: EditionFile[] = [];
    for (const { id, file } of EDITIONS) {
      const result = printed[id];
      if (!result || !wanted.has(id)) continue;
      await writeInPlace(join(outDir, file), result.pdf);
      files.push({ id, file, bytes: result.pdf.byteLength, pages: result.pages });
    }
    const manifest: BookletManifest = { edition, files };
    await writeInPlace(join(outDir, BOOKLET_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await insertDownloadLinks(distDir, manifest, base);
    return manifest;
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const distDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  if (process.env.BOOKLET === 'off') {
    console.log('Boka som PDF: hopper over, BOOKLET=off.');
  } else if (!hasChromium()) {
    if (process.env.BOOKLET === 'required') {
      console.error(`Boka som PDF: fant ikke Chromium på ${CHROMIUM_PATH}, og BOOKLET=required.`);
      process.exit(1);
    }
    console.log(`Boka som PDF: hopper over, fant ikke Chromium på ${CHROMIUM_PATH} (installer chromium eller sett CHROMIUM_PATH).`);
  } else {
    // The edition line, page numbers and download links in the målform of the kommune the site was built for.
    const { files, paths } = readFactFiles((path) => readFileSync(resolve(path), 'utf8'), process.env);
    useLanguage(municipalityOf(files, paths).language);
    const started = performance.now();
    const manifest = await writeBooklet(distDir, { base: process.env.SITE_BASE || '/' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = manifest.files.map((file) => `${file.file} ${file.pages} s.`).join(', ');
    console.log(`Boka som PDF (${seconds} s): ${summary}`);
  }
}
