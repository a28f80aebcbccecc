/**
 * Web first, print after: a publication's pages go live (linking the PDFs served until then, with
 * their edition date), and only then is the book printed; its PDFs and links are swapped in when
 * they are ready. The builds here stand in for Astro and Chromium; the edition files and links are
 * the real ones (carry-edition.ts, download-links.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDownloadLinks } from '../../../tools/booklet/download-links.ts';
import type { BookPrinter, SiteBuilder } from '../../../tools/local/site-builder.ts';
import { LINK_MARKERS, type BookletManifest } from '../../../src/core/booklet/edition.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const page = (body: string) =>
  `<!doctype html><html lang="nb"><body><main>${body}${LINK_MARKERS.home}</main><footer>${LINK_MARKERS.footer}</footer></body></html>`;
const OLD: BookletManifest = { edition: '2026-11-30', files: [{ id: 'full', file: 'alderdommens-abc.pdf', bytes: 2_000_000, pages: 378 }] };
const NEW: BookletManifest = { edition: '2026-12-07', files: [{ id: 'full', file: 'alderdommens-abc.pdf', bytes: 2_100_000, pages: 379 }] };

const dist = mkdtempSync(join(tmpdir(), 'abc-dist-'));
let moderation: ModerationServer;
let releasePrint: () => void = () => undefined;
const printing = new Promise<void>((resolve) => {
  releasePrint = resolve;
});

const build: SiteBuilder = async (book, outDir) => {
  await mkdir(join(outDir, 'syn'), { recursive: true });
  await writeFile(join(outDir, 'index.html'), page('forside'));
  await writeFile(join(outDir, 'syn', 'index.html'), page(await readFile(join(book.articlesDir, 'syn.mdx'), 'utf8')));
};
/** Writes as the real print does: beside the file, then renamed over it (the carried PDFs are hard links to the old site's). */
const print: BookPrinter = async (siteDir) => {
  await printing;
  for (const [file, content] of [
    ['alderdommens-abc.pdf', '%PDF ny utgave'],
    ['utgave.json', JSON.stringify(NEW)],
  ] as const) {
    await writeFile(join(siteDir, 'bok', `${file}.tmp`), content);
    await rename(join(siteDir, 'bok', `${file}.tmp`), join(siteDir, 'bok', file));
  }
  await insertDownloadLinks(siteDir, NEW);
};

beforeAll(async () => {
  mkdirSync(join(dist, 'bok'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('forside'));
  writeFileSync(join(dist, 'bok', 'alderdommens-abc.pdf'), '%PDF gammel utgave');
  writeFileSync(join(dist, 'bok', 'utgave.json'), JSON.stringify(OLD));
  await insertDownloadLinks(dist, OLD);
  moderation = await startModerationServer({ buildSite: build, printBook: print, distDir: dist });
});
afterAll(async () => {
  releasePrint();
  await moderation?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = async (path: string) => (await fetch(moderation.server.url + path)).text();

describe('a publication', () => {
  it('puts the new text out while the old PDFs are served, then swaps in the new PDFs and their links', async () => {
    const source = `${(await readFile('content/articles/syn.mdx', 'utf8')).trimEnd()}\n\nNy tekst om syn\n`;
    await moderation.api('/api/moderation/articles/syn', { method: 'PUT', json: { source, version: 0 } });
    const { id } = (await (await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['syn'] } })).json()) as {
      id: string;
    };
    let status = { stage: '', stageText: '', status: '' };
    for (let attempt = 0; attempt < 600 && status.stage !== 'print'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await (await moderation.api(`/api/moderation/publish/${id}`)).json()) as typeof status;
    }
    expect(status).toMatchObject({ status: 'live', stage: 'print', stageText: 'Nettsidene er oppdatert. Skriver ut boka' });
    expect(await get('/syn/')).toContain('Ny tekst om syn');
    expect(await get('/bok/alderdommens-abc.pdf')).toBe('%PDF gammel utgave');
    const before = await get('/');
    expect(before).toContain('Utgave 30. november 2026');
    expect(before).toContain('utgave 30. november 2026)');

    releasePrint();
    await moderation.server.publishingIdle();
    expect(await (await moderation.api(`/api/moderation/publish/${id}`)).json()).toMatchObject({ stage: 'done', stageText: 'Ferdig' });
    expect(await get('/bok/alderdommens-abc.pdf')).toBe('%PDF ny utgave');
    const after = await get('/');
    expect(after).toContain('Utgave 7. desember 2026');
    expect(after).not.toContain('30. november 2026');
    expect(after.match(/data-booklet-links/g)).toHaveLength(2);
    // The site the publication replaced still has its own PDF: nothing was written into it.
    expect(await readFile(join(dist, 'bok', 'alderdommens-abc.pdf'), 'utf8')).toBe('%PDF gammel utgave');
  });
});
