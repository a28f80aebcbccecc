/**
 * Every national article has its nynorsk text in content/articles/nn/<slug>.mdx, written from a
 * bokmål version git knows (`basedOn`, its blob hash), with the same anatomy: the same fields that
 * are not words (area, related, sources, contacts …), the same number of sections and the same
 * local facts and figures in the same order.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/articles/check-article.ts';
import { gitBlobHash } from '../../functions/shared/book/blob-hash.ts';
import { ARTICLE_DIRS, olderTranslationNotice, olderTranslations } from '../../tools/build/translations.ts';

const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
const read = (language: 'nb' | 'nn', slug: string) => readArticle(readFileSync(`${ARTICLE_DIRS[language]}/${slug}.mdx`, 'utf8'));
const components = (body: string) => [...body.matchAll(/<(?:Local|Price|Apply|Kommune|Figure)\b[^>]*\/>/g)].map((match) => match[0]);
const sections = (body: string) => body.match(/^##\s/gm)?.length ?? 0;

describe('the nynorsk articles', () => {
  it('are there for every bokmål article, and only for those', () => {
    expect(slugs(ARTICLE_DIRS.nn)).toEqual(slugs(ARTICLE_DIRS.nb));
  });

  it.each(slugs(ARTICLE_DIRS.nb))('%s keeps the anatomy of its bokmål text and names the version it follows', (slug) => {
    const nb = read('nb', slug);
    const nn = read('nn', slug);
    expect(nn.problems).toEqual([]);
    if (!nb.data || !nn.data) throw new Error(`${slug} could not be read`);
    const same = ({ area, related, sources, contacts, localRules, reviewed }: NonNullable<typeof nb.data>) => ({
      area,
      related,
      sources: sources.map((source) => source.url),
      contacts,
      localRules,
      reviewed,
    });
    expect(same(nn.data)).toEqual(same(nb.data));
    expect(sections(nn.body)).toBe(sections(nb.body));
    expect(components(nn.body)).toEqual(components(nb.body));
    expect(nn.data.basedOn).toMatch(/^[0-9a-f]{40}$/);
    expect(execFileSync('git', ['cat-file', '-t', nn.data.basedOn!], { encoding: 'utf8' }).trim()).toBe('blob');
  });
});

describe('a nynorsk text «eldre enn bokmålsteksten»', () => {
  it('names each bokmål version as git does', () => {
    const file = `${ARTICLE_DIRS.nb}/sykehjem.mdx`;
    expect(gitBlobHash(readFileSync(file, 'utf8'))).toBe(execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim());
  });

  it('is found when the bokmål text moves on, with the versions to compare', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abc-nn-'));
    try {
      const dirs = { nb: dir, nn: join(dir, 'nn') };
      mkdirSync(dirs.nn);
      for (const slug of ['sykehjem', 'demens']) {
        copyFileSync(`${ARTICLE_DIRS.nb}/${slug}.mdx`, join(dirs.nb, `${slug}.mdx`));
        copyFileSync(`${ARTICLE_DIRS.nn}/${slug}.mdx`, join(dirs.nn, `${slug}.mdx`));
      }
      expect(olderTranslations(dirs)).toEqual([]);
      const moved = `${readFileSync(join(dirs.nb, 'sykehjem.mdx'), 'utf8')}\nEn ny setning.\n`;
      writeFileSync(join(dirs.nb, 'sykehjem.mdx'), moved);
      expect(olderTranslations(dirs)).toEqual([
        { slug: 'sykehjem', basedOn: read('nn', 'sykehjem').data?.basedOn, current: gitBlobHash(moved) },
      ]);
      expect(olderTranslationNotice(olderTranslations(dirs)[0]!)).toMatch(
        /eldre enn bokmålsteksten\. Endringene siden: git diff [0-9a-f]{40} [0-9a-f]{40}/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
