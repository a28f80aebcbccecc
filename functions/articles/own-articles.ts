/**
 * A kommune's own articles written on the editors' pages (a book of several kommuner): the
 * kommune's list, one article, saving a revision and publishing – to that kommune only. They are
 * versioned like the national articles (the same storage under keys that carry the kommune), and a
 * new one may only take an address the build would let it have (src/core/books/own-articles.ts).
 * Handlers only translate HTTP; this decides. No AWS here.
 */
import { randomUUID } from 'node:crypto';
import type { Editor } from '../shared/auth.ts';
import { BadRequestError, InvalidArticleError, NotFoundError, ValidationError, type ErrorProblem } from '../shared/errors.ts';
import type { ArticleContext, ArticlePublishingContext } from '../shared/book/git-book.ts';
import type { KommuneArticleStorage } from '../shared/storage/index.ts';
import { checkArticle } from '../../src/core/articles/check-article.ts';
import { listedFieldsOf } from '../../src/core/articles/model.ts';
import type { ArticleSummary, Publication } from '../../src/core/articles/types.ts';
import { ownSlugTaken } from '../../src/core/books/own-articles.ts';
import { bookEntries, lintDraft } from '../../src/core/content-lint.ts';
import { RESERVED_SLUGS } from '../../src/core/paths.ts';
import type { OwnArticleItem } from '../../src/core/publishing/stages.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import { lintOptions, summaryOfHead } from './editor-articles.ts';
import { keyedPublicationId, pendingForSet, requestPublication } from '../shared/publishing/publications.ts';
import type { OwnArticleRequest } from './own-article-request.ts';

/** The editors' context for one kommune's own articles: the article context and the kommune's own storage. */
export type OwnArticleContext = ArticleContext & { kommune: string; own: KommuneArticleStorage };

const toProblems = (findings: { rule: string; message: string }[]): ErrorProblem[] =>
  findings.map(({ rule, message }) => ({ rule, message }));

/** The kommune's own articles, newest text of each, sorted by slug; each `own` so the list can mark it. */
export async function listOwnArticles(ctx: OwnArticleContext): Promise<(ArticleSummary & { own: true })[]> {
  return (await ctx.own.listArticleHeads())
    .map((head) => ({ ...summaryOfHead(head), own: true as const }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The newest source of an own article, or revision `version`; NotFoundError for an unknown slug or version. */
export async function getOwnArticle(ctx: OwnArticleContext, slug: string, version?: number) {
  const head = await ctx.own.getArticleHead(slug);
  if (!head) throw new NotFoundError(publishingText('error.articleNotFound'));
  if (version === undefined) return { slug, source: head.latest.source, version: head.version, liveVersion: head.liveVersion, own: true };
  const revision = await ctx.own.getRevision(slug, version);
  if (!revision) throw new NotFoundError(publishingText('error.revisionNotFound'));
  return { slug, source: revision.source, version, liveVersion: head.liveVersion, own: true };
}

type Revisions = Pick<KommuneArticleStorage, 'listArticleHeads' | 'getRevision'>;

/** The newest revision of each article `storage` keeps, drafts included, by slug. */
async function newestRevisions(storage: Revisions) {
  const newest = new Map<string, { source: string; retiredBy?: string }>();
  for (const head of await storage.listArticleHeads()) {
    const revision = await storage.getRevision(head.slug, head.version);
    if (revision) newest.set(head.slug, revision);
  }
  return newest;
}

/** The national articles (git and the editors' stored ones) and what they retired: the book an own article joins. */
async function nationalBook(ctx: ArticleContext): Promise<{ sources: Record<string, string>; retired: Set<string> }> {
  const sources: Record<string, string> = { ...(ctx.bokmal?.sources ?? ctx.book.sources) };
  const retired = new Set(Object.keys(ctx.book.redirects ?? {}));
  for (const [slug, revision] of await newestRevisions(ctx.bokmal?.articles ?? ctx.articles)) {
    if (revision.retiredBy) retired.add(slug);
    else sources[slug] = revision.source;
  }
  for (const slug of retired) delete sources[slug];
  return { sources, retired };
}

/** The kommune's own articles, newest text of each, by slug. */
async function ownSources(ctx: OwnArticleContext): Promise<Record<string, string>> {
  return Object.fromEntries([...(await newestRevisions(ctx.own))].map(([slug, revision]) => [slug, revision.source]));
}

const TAKEN_MESSAGE = {
  national: 'ownArticle.nationalSlug',
  reserved: 'ownArticle.reservedSlug',
  retired: 'ownArticle.retiredSlug',
  own: 'ownArticle.ownSlug',
} as const;

/**
 * Saves a revision of the kommune's own article `slug`; a new one (version 0) only at an address
 * nothing else has (ValidationError on `slug`, nothing stored). Throws InvalidArticleError when
 * the source breaks the schema or the safe subset, VersionConflictError when `version` is no
 * longer the newest. The content rules a draft still breaks are returned, not refused.
 */
export async function saveOwnArticle(
  ctx: OwnArticleContext,
  editor: Editor,
  slug: string,
  request: OwnArticleRequest,
): Promise<{ slug: string; version: number; problems: ErrorProblem[] }> {
  const national = await nationalBook(ctx);
  const own = await ownSources(ctx);
  if (request.version === 0) {
    // A new article: the address must be free, also of the kommune's own (one saved already is opened, not made again).
    const taken = ownSlugTaken(
      slug,
      { national: new Set(Object.keys(national.sources)), reserved: RESERVED_SLUGS, retired: national.retired },
      new Set(Object.keys(own)),
    );
    if (taken) throw new ValidationError({ slug: publishingText(TAKEN_MESSAGE[taken], { slug }) });
  }
  const checked = checkArticle(request.source);
  if (checked.problems.length > 0) throw new InvalidArticleError(checked.problems, publishingText('error.invalidArticle'));
  const entries = bookEntries({ ...national.sources, ...own, [slug]: request.source });
  const problems = toProblems(lintDraft(slug, request.source, entries, lintOptions(ctx)));
  const revision = await ctx.own.saveRevision({
    slug,
    expectedVersion: request.version,
    source: request.source,
    actor: editor.name,
    facts: listedFieldsOf(checked.data!),
    ...(request.note !== undefined ? { note: request.note.trim() } : {}),
  });
  return { slug, version: revision.version, problems };
}

/**
 * Publishes the newest revisions of the kommune's own articles `slugs` (default: every one with an
 * unpublished revision): a publication of this kommune only (src/core/publishing/kommuner.ts).
 * BadRequestError when there is nothing to publish, InvalidArticleError when a revision breaks a
 * content rule. A repeated Idempotency-Key, or the same revisions while pending, get that publication.
 */
export async function publishOwnArticles(
  ctx: OwnArticleContext & ArticlePublishingContext,
  editor: Editor,
  slugs: readonly string[] | undefined,
  idempotencyKey?: string,
): Promise<Publication> {
  const keyed =
    idempotencyKey === undefined ? undefined : keyedPublicationId(editor.id, idempotencyKey, [`own:${ctx.kommune}`, ...(slugs ?? [])]);
  const repeated = keyed === undefined ? undefined : await ctx.articles.getPublication(keyed);
  if (repeated) return repeated;
  const heads = await ctx.own.listArticleHeads();
  const unpublished = new Map(heads.filter((head) => head.version > head.liveVersion).map((head) => [head.slug, head]));
  const chosen = slugs ? [...new Set(slugs)] : [...unpublished.keys()];
  if (chosen.length === 0) throw new BadRequestError('nothing-to-publish', publishingText('publish.nothing'));
  for (const slug of chosen) {
    if (!unpublished.has(slug)) throw new BadRequestError('nothing-to-publish', publishingText('publish.notPending', { slug }));
  }
  const national = await nationalBook(ctx);
  const own = await ownSources(ctx);
  const entries = bookEntries({ ...national.sources, ...own });
  const problems: ErrorProblem[] = [];
  const items: OwnArticleItem[] = [];
  for (const slug of chosen) {
    const head = unpublished.get(slug)!;
    const source = own[slug] ?? '';
    const found = [...checkArticle(source).problems, ...toProblems(lintDraft(slug, source, entries, lintOptions(ctx)))];
    problems.push(...found.map((problem) => ({ ...problem, message: `${slug}: ${problem.message}` })));
    items.push({ kommune: ctx.kommune, ownArticle: slug, version: head.version });
  }
  if (problems.length > 0) throw new InvalidArticleError(problems, publishingText('publish.breaksRules'));
  const id = keyed ?? randomUUID();
  const pending = keyed === undefined ? await pendingForSet(ctx, items, id) : undefined;
  if (pending) return pending;
  return requestPublication(ctx, { id, items, actor: editor.name, reason: 'editor' });
}
