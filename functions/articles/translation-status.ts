/**
 * The bokmål side of a nynorsk text, for the editors of a nynorsk kommune: the bokmål text readers
 * get now, its version (git's blob hash, the same for a git file and a revision), whether the
 * nynorsk follows it, and what changed in the bokmål since the version the nynorsk follows. No AWS here.
 */
import { gitBlobHash } from '../shared/book/blob-hash.ts';
import type { ArticleContext } from '../shared/book/git-book.ts';
import { frontmatterFields } from '../../src/core/frontmatter-fields.ts';
import { changedLines, diffHtml, translationState } from '../../src/core/articles/translation.ts';
import type { TranslationStatus } from '../../src/core/articles/types.ts';

export type Bokmal = NonNullable<ArticleContext['bokmal']>;

/** The version of the bokmål text a translation's source says it follows (`basedOn`), if any. */
export function basedOnOf(source: string): string | undefined {
  const basedOn = frontmatterFields(source).basedOn;
  return typeof basedOn === 'string' && basedOn !== '' ? basedOn : undefined;
}

/** The bokmål text readers get now: its live revision (`liveVersion`, else its head's), else git's; undefined when bokmål has no such article. */
export async function bokmalNow(bokmal: Bokmal, slug: string, liveVersion?: number): Promise<string | undefined> {
  const live = liveVersion ?? (await bokmal.articles.getArticleHead(slug))?.liveVersion ?? 0;
  const revision = live > 0 ? await bokmal.articles.getRevision(slug, live) : undefined;
  return revision?.source ?? bokmal.sources[slug];
}

/** The bokmål text of `slug` whose version is `version`: git's, or one of its revisions; undefined when none is. */
async function bokmalAt(bokmal: Bokmal, slug: string, version: string): Promise<string | undefined> {
  const git = bokmal.sources[slug];
  if (git !== undefined && gitBlobHash(git) === version) return git;
  return (await bokmal.articles.listRevisions(slug)).find((revision) => gitBlobHash(revision.source) === version)?.source;
}

/**
 * Whether the translation that follows `basedOn` is older than the bokmål readers get now (`now`),
 * with the diff of the bokmål since `basedOn` when that version is known.
 */
export async function translationStatus(
  bokmal: Bokmal,
  slug: string,
  basedOn: string | undefined,
  now: string,
): Promise<TranslationStatus> {
  const bokmalVersion = gitBlobHash(now);
  if (translationState(basedOn, bokmalVersion) === 'current') return { state: 'current', bokmalVersion };
  const before = basedOn === undefined ? undefined : await bokmalAt(bokmal, slug, basedOn);
  return { state: 'older', bokmalVersion, ...(before === undefined ? {} : { diff: diffHtml(changedLines(before, now)) }) };
}
