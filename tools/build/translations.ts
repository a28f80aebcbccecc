/**
 * The book's translations in git: where each målform's articles are, git's name for a file's
 * content (`git hash-object`, without git at hand), and the nynorsk texts written from an older
 * bokmål text than the one in git now («eldre enn bokmålsteksten»).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../src/core/articles/check-article.ts';
import { gitBlobHash } from '../../functions/shared/book/blob-hash.ts';
import { contentText } from '../../src/core/text/content.ts';
import type { Language } from '../../src/core/text/language.ts';

/** Bokmål in content/articles/, a translation in its own folder under it. */
export const ARTICLE_DIRS: Readonly<Record<Language, string>> = { nb: 'content/articles', nn: 'content/articles/nn' };

/** A translation written from an older bokmål text: the version it follows and the one in git now. */
export type OlderTranslation = { slug: string; basedOn: string; current: string };

/** The nynorsk articles whose `basedOn` is not the bokmål text as it is now. */
export function olderTranslations(dirs: Readonly<Record<Language, string>> = ARTICLE_DIRS): OlderTranslation[] {
  return readdirSync(dirs.nn)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const basedOn = readArticle(readFileSync(join(dirs.nn, name), 'utf8')).data?.basedOn;
      const current = gitBlobHash(readFileSync(join(dirs.nb, name), 'utf8'));
      return basedOn === current ? [] : [{ slug: name.slice(0, -'.mdx'.length), basedOn: basedOn ?? '', current }];
    });
}

/** One line for `npm run lint:content`: the file, the mark and how to see what changed. */
export const olderTranslationNotice = ({ slug, basedOn, current }: OlderTranslation): string =>
  `${ARTICLE_DIRS.nn}/${slug}.mdx: ${contentText('translation.older', { from: basedOn, to: current })}`;
