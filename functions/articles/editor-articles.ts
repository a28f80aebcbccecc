/**
 * The editors' article work: the list, one article, saving a revision, publishing and following
 * a publication until it is live. Handlers only translate HTTP; this decides. No AWS here.
 */
import { randomUUID } from 'node:crypto';
import type { Editor } from '../shared/auth.ts';
import type { AppContext } from '../shared/context.ts';
import { BadRequestError, InvalidArticleError, NotFoundError, ValidationError, type ErrorProblem } from '../shared/errors.ts';
import type { ArticleFacts, ArticleStorage } from '../shared/storage/index.ts';
import { checkArticle } from '../../src/core/articles/check-article.ts';
import { overlayBook, type StoredArticle } from '../../src/core/articles/overlay-book.ts';
import { recommendationsOf, withCouncilReviews } from '../../src/core/articles/reviews.ts';
import type { ArticleRevision, ArticleSummary, Publication } from '../../src/core/articles/types.ts';
import { lintDraft, type ArticleFile } from '../../src/core/content-lint.ts';
import { splitFrontmatter } from '../../src/core/frontmatter.ts';
import { RESERVED_SLUGS } from '../../src/core/paths.ts';
import { articleSchema } from '../../src/core/schemas/article.ts';
import type { SaveArticleRequest } from './article-request.ts';
import type { Publisher } from '../shared/publisher.ts';
import { mailsAfterDecision } from '../mail/decision-mails.ts';
import { sendAfter } from '../mail/outbox.ts';
import { endReviewRounds } from '../mail/review-rounds.ts';
import { refuseOpenReviews } from './open-reviews.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

/** The book in git and the municipality facts the content rules need (functions/generated/book.json). */
export type GitBook = { sources: Readonly<Record<string, string>>; serviceIds: readonly string[]; localFacts: readonly string[] };

export type ArticleContext = AppContext & { book: GitBook; articles: ArticleStorage };
export type PublishingContext = ArticleContext & { publisher: Publisher };

const NOT_FOUND = publishingText('error.articleNotFound');
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Title, area and review dates of a source, or undefined when its frontmatter doesn't parse. */
export function factsOf(source: string): ArticleFacts | undefined {
  let data: unknown;
  try {
    data = splitFrontmatter(source)?.data;
  } catch {
    return undefined;
  }
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return { title: parsed.data.title, area: parsed.data.area, reviewed: day(parsed.data.reviewed), nextReview: day(parsed.data.nextReview) };
}

function lintOptions(book: GitBook) {
  return { serviceIds: new Set(book.serviceIds), localFacts: book.localFacts, sitePaths: RESERVED_SLUGS };
}

const files = (sources: Readonly<Record<string, string>>): ArticleFile[] =>
  Object.entries(sources).map(([slug, source]) => ({ path: `content/articles/${slug}.mdx`, source }));

const toProblems = (findings: { rule: string; message: string }[]): ErrorProblem[] =>
  findings.map(({ rule, message }) => ({ rule, message }));

/** Every article of the book, git-only ones with version 0, sorted by slug. */
export async function listArticles(ctx: ArticleContext): Promise<ArticleSummary[]> {
  const heads = new Map((await ctx.articles.listArticleHeads()).map((head) => [head.slug, head]));
  const items: ArticleSummary[] = [];
  for (const slug of new Set([...Object.keys(ctx.book.sources), ...heads.keys()])) {
    const head = heads.get(slug);
    if (head) {
      items.push({
        slug,
        title: head.title,
        area: head.area,
        reviewed: head.reviewed,
        nextReview: head.nextReview,
        version: head.version,
        draft: head.version > head.liveVersion,
        liveVersion: head.liveVersion,
        ...(head.retiredBy ? { retiredBy: head.retiredBy } : {}),
      });
      continue;
    }
    const facts = factsOf(ctx.book.sources[slug]!);
    if (facts) items.push({ slug, ...facts, version: 0, draft: false, liveVersion: 0 });
  }
  return items.sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * The newest source of an article (a revision, or git with version 0), or the revision `version`
 * when asked (0: the git text); NotFoundError for an unknown slug or version.
 */
export async function getArticle(
  ctx: ArticleContext,
  slug: string,
  version?: number,
): Promise<{ slug: string; source: string; version: number; liveVersion: number; retiredBy?: string }> {
  const head = await ctx.articles.getArticleHead(slug);
  if (version !== undefined && version > 0) {
    const revision = await ctx.articles.getRevision(slug, version);
    if (!revision) throw new NotFoundError(publishingText('error.revisionNotFound'));
    return {
      slug,
      source: revision.source,
      version,
      liveVersion: head?.liveVersion ?? 0,
      ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}),
    };
  }
  if (version === 0) {
    const source = ctx.book.sources[slug];
    if (source === undefined) throw new NotFoundError(publishingText('error.notInGit'));
    return { slug, source, version: 0, liveVersion: head?.liveVersion ?? 0 };
  }
  if (head)
    return {
      slug,
      source: head.latest.source,
      version: head.version,
      liveVersion: head.liveVersion,
      ...(head.retiredBy ? { retiredBy: head.retiredBy } : {}),
    };
  const source = ctx.book.sources[slug];
  if (source === undefined) throw new NotFoundError(NOT_FOUND);
  return { slug, source, version: 0, liveVersion: 0 };
}

export async function listRevisions(ctx: ArticleContext, slug: string): Promise<ArticleRevision[]> {
  const revisions = await ctx.articles.listRevisions(slug);
  if (revisions.length === 0 && ctx.book.sources[slug] === undefined) throw new NotFoundError(NOT_FOUND);
  return revisions;
}

/** What building the book needs: storage and the git book. */
export type BookSource = Pick<ArticleContext, 'articles' | 'book'>;

/** Sources of the stored articles: the newest revision of each, or the live one. */
async function storedArticles(
  ctx: BookSource,
  which: 'newest' | 'live',
  override: ReadonlyMap<string, ArticleRevision> = new Map(),
): Promise<StoredArticle[]> {
  const stored: StoredArticle[] = [];
  for (const head of await ctx.articles.listArticleHeads()) {
    const chosen = override.get(head.slug);
    const version = chosen?.version ?? (which === 'newest' ? head.version : head.liveVersion);
    if (version === 0) continue;
    const revision = chosen ?? (await ctx.articles.getRevision(head.slug, version));
    if (!revision) continue;
    // What readers get says which councils recommended exactly this revision («Gjennomgått av …»).
    const source =
      which === 'live'
        ? withCouncilReviews(revision.source, recommendationsOf(await ctx.articles.listArticleReviews(head.slug), version))
        : revision.source;
    stored.push({ slug: head.slug, source, ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}) });
  }
  return stored;
}

/**
 * Saves a revision. Throws InvalidArticleError (nothing stored) when the source breaks the schema
 * or the safe subset, ValidationError for an unknown suggestion, restored version or replacement,
 * and VersionConflictError when `version` is no longer the newest. The content rules the draft
 * still breaks are returned, not refused, so an unfinished draft can be saved.
 */
export async function saveArticle(
  ctx: ArticleContext,
  editor: Editor,
  slug: string,
  request: SaveArticleRequest,
): Promise<{ slug: string; version: number; problems: ErrorProblem[] }> {
  const checked = checkArticle(request.source);
  if (checked.problems.length > 0) throw new InvalidArticleError(checked.problems, publishingText('error.invalidArticle'));
  // The book as it would be with this draft, so cross-references to retired articles are judged as readers will get them.
  const others = (await storedArticles(ctx, 'newest')).filter((article) => article.slug !== slug);
  const book = overlayBook(ctx.book.sources, [...others, { slug, source: request.source }]);
  if (request.retiredBy !== undefined && (request.retiredBy === slug || !Object.hasOwn(book.sources, request.retiredBy))) {
    throw new ValidationError({ retiredBy: publishingText('article.retiredBy') });
  }
  if (request.suggestionId !== undefined && !(await ctx.storage.getSuggestion(request.suggestionId))) {
    throw new ValidationError({ suggestionId: publishingText('article.suggestionNotFound') });
  }
  if (request.restoredFrom !== undefined && !(await ctx.articles.getRevision(slug, request.restoredFrom))) {
    throw new ValidationError({ restoredFrom: publishingText('article.restoredFromNotFound') });
  }
  const problems = request.retiredBy
    ? []
    : toProblems(lintDraft(slug, book.sources[slug] ?? request.source, files(book.sources), lintOptions(ctx.book)));
  const data = checked.data!;
  const revision = await ctx.articles.saveRevision({
    slug,
    expectedVersion: request.version,
    source: request.source,
    actor: editor.name,
    facts: { title: data.title, area: data.area, reviewed: day(data.reviewed), nextReview: day(data.nextReview) },
    ...(request.note !== undefined ? { note: request.note.trim() } : {}),
    ...(request.suggestionId !== undefined ? { suggestionId: request.suggestionId } : {}),
    ...(request.restoredFrom !== undefined ? { restoredFrom: request.restoredFrom } : {}),
    ...(request.retiredBy !== undefined ? { retiredBy: request.retiredBy } : {}),
  });
  return { slug, version: revision.version, problems };
}

/**
 * Starts publishing the newest revisions of `slugs` (default: every article with an unpublished
 * revision). A named revision that breaks a content rule is refused with InvalidArticleError; in
 * the default set it is left out and the publication says so. Throws BadRequestError when there
 * is nothing to publish, and ConflictError('review-open') while a council asked about one of them
 * has not answered, unless `confirm`.
 */
export async function publish(
  ctx: PublishingContext,
  editor: Editor,
  slugs: readonly string[] | undefined,
  options: { confirm?: boolean } = {},
): Promise<Publication> {
  const heads = await ctx.articles.listArticleHeads();
  const pending = new Map(heads.filter((head) => head.version > head.liveVersion).map((head) => [head.slug, head]));
  const chosen = slugs ? [...new Set(slugs)] : [...pending.keys()];
  for (const slug of chosen) {
    if (!pending.has(slug)) throw new BadRequestError('nothing-to-publish', publishingText('publish.notPending', { slug }));
  }
  if (chosen.length === 0) throw new BadRequestError('nothing-to-publish', publishingText('publish.nothing'));

  const candidates = new Map<string, ArticleRevision>();
  for (const slug of chosen) {
    const revision = await ctx.articles.getRevision(slug, pending.get(slug)!.version);
    if (revision) candidates.set(slug, revision);
  }
  const book = overlayBook(ctx.book.sources, await storedArticles(ctx, 'live', candidates));
  const bookFiles = files(book.sources);
  const items: Publication['items'] = [];
  const skipped: Publication['skipped'] = [];
  for (const [slug, revision] of candidates) {
    const problems = revision.retiredBy
      ? Object.hasOwn(book.redirects, slug)
        ? []
        : [{ rule: 'retire', message: publishingText('publish.noReplacement', { slug: revision.retiredBy }) }]
      : [
          ...checkArticle(revision.source).problems,
          ...toProblems(lintDraft(slug, book.sources[slug] ?? revision.source, bookFiles, lintOptions(ctx.book))),
        ];
    if (problems.length === 0) items.push({ slug, version: revision.version });
    else skipped.push({ slug, version: revision.version, problems });
  }
  if (slugs && skipped.length > 0) {
    const problems = skipped.flatMap((entry) =>
      entry.problems.map((problem) => ({ ...problem, message: `${entry.slug}: ${problem.message}` })),
    );
    throw new InvalidArticleError(problems, publishingText('publish.breaksRules'));
  }
  if (items.length === 0) {
    throw new BadRequestError(
      'nothing-to-publish',
      publishingText('publish.allSkipped', { slugs: skipped.map((entry) => entry.slug).join(', ') }),
    );
  }
  if (!options.confirm) {
    await refuseOpenReviews(
      ctx,
      items.map(({ slug }) => ({ slug, title: pending.get(slug)!.title, liveVersion: pending.get(slug)!.liveVersion })),
    );
  }
  const message =
    skipped.length > 0 ? publishingText('publish.skipped', { slugs: skipped.map((entry) => entry.slug).join(', ') }) : undefined;
  const publication = await ctx.articles.createPublication({
    id: randomUUID(),
    items,
    skipped,
    actor: editor.name,
    ...(message ? { message } : {}),
  });
  try {
    const buildId = await ctx.publisher.start(publication);
    return await ctx.articles.updatePublication(publication.id, { buildId });
  } catch (error) {
    await ctx.articles.updatePublication(publication.id, { status: 'failed', message: publishingText('publish.notStarted') });
    throw error;
  }
}

/**
 * The publication as it is now, after asking the build service: a finished build makes its
 * revisions live and moves the suggestions linked to them to «Publisert». Safe to repeat.
 */
/** What editors are told about a publication: no actor, no build id, no timestamps. */
export const publicationView = (publication: Publication) => ({
  id: publication.id,
  status: publication.status,
  items: publication.items,
  skipped: publication.skipped,
  ...(publication.message ? { message: publication.message } : {}),
});

export async function publicationStatus(ctx: PublishingContext, id: string): Promise<Publication> {
  const publication = await ctx.articles.getPublication(id);
  if (!publication) throw new NotFoundError(publishingText('error.publicationNotFound'));
  if (publication.status === 'live' || publication.status === 'failed' || publication.buildId === undefined) return publication;
  const build = await ctx.publisher.status(publication.buildId);
  if (build.state === 'building') return ctx.articles.updatePublication(id, { status: 'building' });
  if (build.state === 'failed') {
    return ctx.articles.updatePublication(id, { status: 'failed', message: build.message ?? publishingText('publish.failed') });
  }
  if (build.state === 'succeeded') {
    await goLive(ctx, publication);
    return ctx.articles.updatePublication(id, { status: 'live' });
  }
  return publication;
}

/** Marks the publication's revisions live and publishes the suggestions linked to any revision it brought out. */
async function goLive(ctx: ArticleContext, publication: Publication): Promise<void> {
  const heads = new Map((await ctx.articles.listArticleHeads()).map((head) => [head.slug, head]));
  for (const item of publication.items) {
    const wasLive = heads.get(item.slug)?.liveVersion ?? 0;
    const revisions = (await ctx.articles.listRevisions(item.slug)).filter(
      (revision) => revision.version > wasLive && revision.version <= item.version,
    );
    await ctx.articles.markArticleLive(item.slug, item.version);
    await endReviewRounds(ctx, ctx.articles, item.slug, item.version);
    const page = revisions.find((revision) => revision.version === item.version)?.retiredBy ?? item.slug;
    for (const suggestionId of new Set(revisions.flatMap((revision) => (revision.suggestionId ? [revision.suggestionId] : [])))) {
      const before = await ctx.storage.publishSuggestion(suggestionId, page);
      const after = before ? await ctx.storage.getSuggestionDetail(suggestionId) : undefined;
      if (before && after) await sendAfter(ctx, await mailsAfterDecision(ctx, before, after));
    }
  }
}

/**
 * The book readers get once `extra` is live too: the git articles with every live revision (and
 * `extra`'s) laid over them, retired ones turned into redirects. What a publication builds.
 */
export async function publishedBook(ctx: BookSource, extra: Publication['items'] = []) {
  const override = new Map<string, ArticleRevision>();
  for (const item of extra) {
    const revision = await ctx.articles.getRevision(item.slug, item.version);
    if (revision) override.set(item.slug, revision);
  }
  return overlayBook(ctx.book.sources, await storedArticles(ctx, 'live', override));
}
