import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/core/articles/check-article.ts';

const sykehjem = readFileSync('content/articles/sykehjem.mdx', 'utf8');

describe('an article source', () => {
  it('passes with its frontmatter parsed, and «Neste gjennomgang» defaults to 12 months after «Sist gjennomgått»', () => {
    const checked = checkArticle(sykehjem);
    expect(checked.problems).toEqual([]);
    const reviewed = checked.data!.reviewed;
    expect(checked.data!.nextReview.toISOString().slice(0, 10)).toBe(
      `${reviewed.getUTCFullYear() + 1}-${reviewed.toISOString().slice(5, 10)}`,
    );
  });

  it('keeps a «Neste gjennomgang» the editor set', () => {
    const checked = checkArticle(sykehjem.replace(/^reviewed: .*$/m, (line) => `${line}\nnextReview: 2027-03-01`));
    expect(checked.data!.nextReview.toISOString().slice(0, 10)).toBe('2027-03-01');
  });

  it('names the field and its line in Norwegian when the frontmatter breaks the schema', () => {
    const broken = sykehjem.replace(/^area: .*$/m, 'area: ukjent').replace('https://', 'http://');
    const { problems } = checkArticle(broken);
    const areaLine = broken.split('\n').findIndex((line) => line.startsWith('area:')) + 1;
    expect(problems).toContainEqual({ line: areaLine, rule: 'frontmatter', message: 'Livsområde: Velg et av valgene i listen.' });
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'frontmatter', message: expect.stringMatching(/^Kilder nr\. 1 \(adresse\): Kilder må bruke https/) }),
    );
  });

  it.each(['123 hjelp', '-gamlehjem', '«pleiehjem»', '  '])(
    'refuses the alias «%s», which the A–Å index cannot file, at its line',
    (alias) => {
      const source = sykehjem.replace(/^aliases: \[/m, `aliases: [${JSON.stringify(alias)}, `);
      const aliasesLine = source.split('\n').findIndex((line) => line.startsWith('aliases:')) + 1;
      expect(checkArticle(source).problems).toContainEqual({
        line: aliasesLine,
        rule: 'frontmatter',
        message: expect.stringMatching(/^Andre ord for temaet nr\. 1: /),
      });
    },
  );

  it('refuses a title that does not start with a letter, and files accented ones under their letter', () => {
    const title = (value: string) => checkArticle(sykehjem.replace(/^title: .*$/m, `title: ${JSON.stringify(value)}`)).problems;
    expect(title('112 – når det haster')).toContainEqual(
      expect.objectContaining({ message: 'Tittel: Må begynne med en bokstav fra A til Å.' }),
    );
    expect(title('Égalité i omsorgen')).toEqual([]);
  });

  it('says so when the frontmatter is missing or unreadable', () => {
    expect(checkArticle('Bare tekst.').problems).toEqual([expect.objectContaining({ line: 1, rule: 'frontmatter' })]);
    expect(checkArticle('---\ntitle: [uavsluttet\n---\nTekst.').problems).toEqual([
      expect.objectContaining({ rule: 'frontmatter', message: expect.stringContaining('kan ikke leses') }),
    ]);
  });

  it('points an unsafe body at its line in the whole file', () => {
    const source = `${sykehjem.trimEnd()}\n\n<script>alert(1)</script>\n`;
    const line = source.trimEnd().split('\n').length;
    expect(checkArticle(source).problems).toEqual([expect.objectContaining({ line, rule: 'unknown-element' })]);
  });
});
