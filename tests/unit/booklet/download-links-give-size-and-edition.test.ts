import { describe, expect, it } from 'vitest';
import { footerLink, homeLinks } from '../../../tools/booklet/download-links.ts';
import { formatBytes, type BookletManifest } from '../../../src/core/booklet/edition.ts';

const manifest: BookletManifest = {
  edition: '2026-11-30',
  files: [
    { id: 'full', file: 'alderdommens-abc.pdf', bytes: 2_149_000, pages: 326 },
    { id: 'short', file: 'alderdommens-abc-kortversjon.pdf', bytes: 491_344, pages: 45 },
    { id: 'largeShort', file: 'alderdommens-abc-kortversjon-stor-skrift.pdf', bytes: 612_000, pages: 71 },
  ],
};

describe('links to the printed book', () => {
  it('give the size in Norwegian units', () => {
    expect([formatBytes(2_149_000), formatBytes(491_344), formatBytes(300)]).toEqual(['2,1 MB', '491 kB', '1 kB']);
  });

  it('name the size and the edition date in the footer', () => {
    expect(footerLink(manifest)).toContain('>Last ned boka som PDF (2,1 MB, utgave 30. november 2026)</a>');
    expect(footerLink(manifest)).toContain('href="/bok/alderdommens-abc.pdf"');
  });

  it('list every printed edition on the front page with its size and pages', () => {
    const html = homeLinks(manifest);
    expect(html).toContain('Utgave 30. november 2026.');
    expect(html).toContain(
      '<a href="/bok/alderdommens-abc-kortversjon.pdf" data-booklet="short">Kortversjon med det viktigste (491 kB, 45 sider)</a>',
    );
    expect(html).toContain(
      '<a href="/bok/alderdommens-abc-kortversjon-stor-skrift.pdf" data-booklet="largeShort">Kortversjon med stor skrift (612 kB, 71 sider)</a>',
    );
  });

  it('offer «Bestill boka i posten» beside the PDFs, on the front page and in the footer', () => {
    expect(homeLinks(manifest)).toContain('<a href="/bestill-boka/">Bestill boka i posten</a>');
    expect(footerLink(manifest)).toContain('<a href="/bestill-boka/">Bestill boka i posten</a>');
  });

  it('leave the footer without a link when the whole book was not printed', () => {
    expect(footerLink({ ...manifest, files: manifest.files.filter((file) => file.id !== 'full') })).toBe('');
  });
});
