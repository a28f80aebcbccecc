import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintOwnArticles } from './book-lint.ts';

/** A book whose Levanger has two own articles: one too short, and one at the address of a national article. */
let work: string;
let bookFile: string;
let ownDir: string;

const article = (title: string) => `---
title: ${title}
summary: Dette er en kort prøveside som testen skriver. Den er for kort til å bli godkjent.
area: bo-trygt-hjemme
aliases: [prøveside]
related: [sykehjem]
sources:
  - title: Levanger kommune
    url: https://www.levanger.kommune.no
reviewed: 2026-12-01
contacts: [servicetorget]
---

## Hva er dette?

En kort side.
`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'abc-own-lint-'));
  ownDir = join(work, 'levanger');
  mkdirSync(ownDir);
  writeFileSync(join(ownDir, 'proveside.mdx'), article('Prøveside'));
  writeFileSync(join(ownDir, 'sykehjem.mdx'), article('Sykehjem i testen'));
  const book = JSON.parse(readFileSync('content/books/levanger-verdal.json', 'utf8')) as {
    kommuner: { id: string; ownArticles?: string }[];
  };
  book.kommuner[0]!.ownArticles = ownDir;
  bookFile = join(work, 'book.json');
  writeFileSync(bookFile, JSON.stringify(book));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a kommune’s own articles in `npm run lint:content`', () => {
  it('are held to the national bar, each problem naming the file', () => {
    const { problems } = lintOwnArticles(bookFile);
    expect(problems).toContain(
      `${join(ownDir, 'sykehjem.mdx')}: Adressen /sykehjem/ er allerede en nasjonal artikkel. Gi kommunens egen artikkel et annet filnavn.`,
    );
    expect(problems.some((problem) => problem.startsWith(`${join(ownDir, 'proveside.mdx')}: `) && /ord/.test(problem))).toBe(true);
  });

  it('are judged against the national articles, so one may name a national article as related', () => {
    const findings = lintOwnArticles(bookFile).findings;
    expect(findings.filter((finding) => finding.rule === 'related-missing')).toEqual([]);
    expect(findings.some((finding) => finding.rule === 'length' && finding.slugs.includes('proveside'))).toBe(true);
  });
});
