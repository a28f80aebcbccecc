import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBooklet } from '../../tools/booklet/write-booklet.ts';
import { BOOKLET_DIR, EDITIONS } from '../../src/core/booklet/edition.ts';
import { CONTACTS_KEY } from '../../src/core/booklet/page-refs.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { pageText, readPdf, type ReadPdf } from './support/pdf.ts';

/** The Halden example config builds its own printed book, with Halden's facts and none of Jevnaker's. */
const HALDEN = 'content/municipalities/halden.json';
const halden = loadMunicipality(HALDEN);
const jevnaker = loadMunicipality('content/municipality.json');
let dist: string;
let book: ReadPdf;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'abc-halden-booklet-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...process.env, MUNICIPALITY_CONFIG: HALDEN, ASTRO_OUT_DIR: dist },
    stdio: 'inherit',
  });
  await writeBooklet(dist, { editions: ['full'] });
  book = await readPdf(join(dist, BOOKLET_DIR, EDITIONS[0].file));
}, 600_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the printed book for another kommune', () => {
  it('names the kommune on the cover and in the document title', async () => {
    expect(pageText(book, 1)).toContain(halden.name);
    const { info } = (await book.document.getMetadata()) as { info: { Title?: string } };
    expect(info.Title).toContain(halden.name);
  });

  it('gives the kommune’s own numbers on the contacts page, and none of the other kommune’s', () => {
    const page = book.pageOf.get(CONTACTS_KEY) ?? 0;
    const text = pageText(book, page);
    expect(text).toContain(halden.switchboard!.phone);
    expect(text).toContain(halden.serviceDesk!.address);
    expect(text).not.toContain(jevnaker.switchboard!.phone);
    const everything = book.pages.map((_, index) => pageText(book, index + 1)).join(' ');
    expect(everything).not.toContain(jevnaker.name);
    expect(everything).toContain(new URL(halden.siteUrl).host);
  });
});
