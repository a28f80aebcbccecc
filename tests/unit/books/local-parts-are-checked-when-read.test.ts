import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localPartsSchema } from '../../../src/core/schemas/local-parts.ts';
import { checkSafeMdx } from '../../../src/core/articles/safe-mdx.ts';

describe('a kommune’s local parts', () => {
  it('reads the test book’s file', () => {
    const parts = localPartsSchema.parse(JSON.parse(readFileSync('tests/fixtures/books/halden-local-parts.json', 'utf8')));
    expect(parts.sykehjem?.tildeling?.date).toBe('2026-12-01');
  });

  it('is a slot a national article may name, with its name only', () => {
    expect(checkSafeMdx('Tekst.\n\n<LocalPart name="tildeling" />\n')).toEqual([]);
    expect(checkSafeMdx('<LocalPart name="tildeling" service="x" />\n').length).toBeGreaterThan(0);
  });

  it('refuses a slot without text, a date that is not one, and a slot name with capitals', () => {
    expect(localPartsSchema.safeParse({ sykehjem: { tildeling: { date: '2026-12-01', text: '  ' } } }).success).toBe(false);
    expect(localPartsSchema.safeParse({ sykehjem: { tildeling: { date: '1. desember', text: 'Tekst' } } }).success).toBe(false);
    expect(localPartsSchema.safeParse({ sykehjem: { Tildeling: { date: '2026-12-01', text: 'Tekst' } } }).success).toBe(false);
  });
});
