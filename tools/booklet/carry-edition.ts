/**
 * Web first, print after: a publication's new web pages go live before its PDFs are printed, so
 * they link the PDFs readers get now, with those PDFs' edition date. Locally the edition is
 * carried from the site served now into the new one (the PDFs hard-linked, never copied: they are
 * only ever replaced whole). In AWS the build downloads the served edition's `utgave.json` and
 * runs this file (`npm run -s booklet:links`), which puts its links into the built pages; the PDFs
 * stay in the bucket.
 */
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BOOKLET_DIR, BOOKLET_MANIFEST, type BookletManifest } from '../../src/core/booklet/edition.ts';
import { insertDownloadLinks } from './download-links.ts';

async function readManifest(siteDir: string): Promise<BookletManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(siteDir, BOOKLET_DIR, BOOKLET_MANIFEST), 'utf8')) as BookletManifest;
  } catch {
    return undefined;
  }
}

/** Links the edition in `siteDir/bok/utgave.json` from the pages of `siteDir` (served under `base`); resolves it, or undefined when there is none. */
export async function linkEdition(siteDir: string, base = '/'): Promise<BookletManifest | undefined> {
  const manifest = await readManifest(siteDir);
  if (manifest) await insertDownloadLinks(siteDir, manifest, base);
  return manifest;
}

/** Gives the site in `toDir` (served under `base`) the PDFs the site in `fromDir` serves, and links them; undefined when it has none. */
export async function carryEdition(fromDir: string, toDir: string, base = '/'): Promise<BookletManifest | undefined> {
  const manifest = await readManifest(fromDir);
  if (!manifest) return undefined;
  await mkdir(join(toDir, BOOKLET_DIR), { recursive: true });
  for (const file of [...manifest.files.map((edition) => edition.file), BOOKLET_MANIFEST]) {
    const from = join(fromDir, BOOKLET_DIR, file);
    const to = join(toDir, BOOKLET_DIR, file);
    // Another file system (DATA_DIR elsewhere than dist/) can't hard-link: copy instead.
    await link(from, to).catch(() => copyFile(from, to));
  }
  await insertDownloadLinks(toDir, manifest, base);
  return manifest;
}

if (import.meta.main) {
  const siteDir = process.env.ASTRO_OUT_DIR ?? 'dist';
  // A kommune of a book is served under its base (SITE_BASE, as for `npm run booklet`).
  const manifest = await linkEdition(siteDir, process.env.SITE_BASE || '/');
  console.log(
    manifest
      ? `Boka som PDF: lenker til utgaven fra ${manifest.edition} som ligger ute.`
      : 'Boka som PDF: ingen utgave ligger ute ennå; sidene får lenkene når boka er skrevet ut.',
  );
}
