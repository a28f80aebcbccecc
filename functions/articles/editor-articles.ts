/**
 * The editors' article work: the list, one article, saving a revision and publishing (the
 * publication's way to readers: functions/publishing/). Handlers only translate HTTP; this decides. No AWS here.
 */
import { randomUUID } from 'node:crypto';
import type { Editor, VerifiedEditor } from '../shared/auth.ts';
import { BadRequestError, InvalidArticleError, NotFoundError, ValidationError, type ErrorProblem } from '../shared/errors.ts';
import { factsOf } from '../shared/book/article-facts.ts';
import type { ArticleContext, ArticlePublishingContext } from '../shared/book/git-book.ts';
import { checkArticle } from '../../src/core/articles/check-article.ts';
import { listedFieldsOf } from '../../src/core/articles/model.ts';
import { overlayBook, type StoredArticle } from '../../src/core/articles/overlay-book.ts';
import type { ArticleRevision, ArticleSummary, Publication, TranslationDueItem, TranslationStatus } from '../../src/core/articles/types.ts';
import { editFrontmatter } from '../../src/core/frontmatter-fields.ts';
import { gitBlobHash } from '../shared/book/blob-hash.ts';
import { basedOnOf, bokmalNow, translationStatus, type Bokmal } from './translation-status.ts';
import { bookEntries, lintDraft } from '../../src/core/content-lint.ts';
import { RESERVED_SLUGS } from '../../src/core/paths.ts';
import type { SaveArticleRequest } from './article-request.ts';
import { publishedBook, storedContent } from '../shared/publishing/published-book.ts';
import type { FactItem } from '../../src/core/publishing/stages.ts';
import { pendingFactItems } from '../shared/publishing/live-facts.ts';
import { editsNationalFigures, requireNationalFigures } from '../shared/national-figures.ts';
import { localPartStorageOf } from '../shared/publishing/go-live.ts';
import { localPartItems } from '../shared/publishing/local-part-items.ts';
import { keyedPublicationId, pendingForSet, requestPublication } from '../shared/publishing/publications.ts';
import { refuseOpenReviews } from './open-reviews.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

const NOT_FOUND = publishingText('error.articleNotFound');

/** The content rules' options for the book at hand, in its language (the nynorsk texts are read by nynorsk's rules). */
export function lintOptions({ book, bokmal }: ArticleContext) {
  return {
    ...(bokmal ? { language: bokmal.language } : {}),
    serviceIds: new Set(book.serviceIds),
    figureIds: new Set(book.figureIds),
    localFacts: book.localFacts,
    sitePaths: RESERVED_SLUGS,
  };
}

const toProblems = (findings: { rule: string; message: string }[]): ErrorProblem[] =>
  findings.map(({ rule, message }) => ({ rule, message }));

/** What the editors' list shows of an article's stored head: its newest text, and whether it waits to go live. */
export function summaryOfHead(head: Awaited<ReturnType<ArticleContext['articles']['listArticleHeads']>>[number]): ArticleSummary {
  return {
    slug: head.slug,
    title: head.title,
    area: head.area,
    reviewed: head.reviewed,
    nextReview: head.nextReview,
    version: head.version,
    draft: head.version > head.liveVersion,
    liveVersion: head.liveVersion,
    ...(head.retiredBy ? { retiredBy: head.retiredBy } : {}),
  };
}

/** Every article of the book, git-only ones with version 0, sorted by slug. */
export async function listArticles(ctx: ArticleContext): Promise<ArticleSummary[]> {
  const heads = new Map((await ctx.articles.listArticleHeads()).map((head) => [head.slug, head]));
  const items: ArticleSummary[] = [];
  for (const slug of new Set([...Object.keys(ctx.book.sources), ...heads.keys()])) {
    const head = heads.get(slug);
    if (head) {
      items.push(summaryOfHead(head));
      continue;
    }
    const facts = factsOf(ctx.book.sources[slug]!);
    if (facts) items.push({ slug, ...facts, version: 0, draft: false, liveVersion: 0 });
  }
  if (ctx.bokmal) await addTranslationStatus(ctx, ctx.bokmal, items, heads);
  return items.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Marks each nynorsk text the bokmål readers get has moved ahead of «eldre enn bokmålsteksten», with the bokmål's diff. */
async function addTranslationStatus(
  ctx: ArticleContext,
  bokmal: Bokmal,
  items: ArticleSummary[],
  heads: ReadonlyMap<string, { basedOn?: string }>,
): Promise<void> {
  const bokmalLive = new Map((await bokmal.articles.listArticleHeads()).map((head) => [head.slug, head.liveVersion]));
  for (const item of items) {
    if (item.retiredBy) continue;
    const now = await bokmalNow(bokmal, item.slug, bokmalLive.get(item.slug) ?? 0);
    if (now === undefined) continue;
    const git = ctx.book.sources[item.slug];
    const basedOn = heads.get(item.slug)?.basedOn ?? (git === undefined ? undefined : basedOnOf(git));
    item.translation = await translationStatus(bokmal, item.slug, basedOn, now);
  }
}

/**
 * «Nynorsk må oppdaterast»: each bokmål change readers got that the nynorsk text does not follow
 * yet, newest first, from the items publishing left in the table.
 */
export async function listTranslationsDue(ctx: ArticleContext, items: readonly ArticleSummary[]): Promise<TranslationDueItem[]> {
  if (!ctx.bokmal) return [];
  const bySlug = new Map(items.map((item) => [item.slug, item]));
  return (await ctx.bokmal.articles.listTranslationsDue(ctx.bokmal.language))
    .flatMap((due) => {
      const item = bySlug.get(due.slug);
      // Followed already (saved with «Oppdatert etter bokmålsteksten» from another place, or in git).
      if (item?.translation?.state === 'current' && item.translation.bokmalVersion === due.bokmalVersion) return [];
      return [{ slug: due.slug, title: item?.title ?? due.slug, version: due.version, at: due.at }];
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * The newest source of an article (a revision, or git with version 0), or the revision `version`
 * when asked (0: the git text); NotFoundError for an unknown slug or version.
 */
export async function getArticle(
  ctx: ArticleContext,
  slug: string,
  version?: number,
): Promise<{
  slug: string;
  source: string;
  version: number;
  liveVersion: number;
  retiredBy?: string;
  /** In a nynorsk kommune: the bokmål readers get now beside the nynorsk text, and whether the nynorsk follows it. */
  bokmal?: TranslationStatus & { source: string };
}> {
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
  const newest = head
    ? {
        slug,
        source: head.latest.source,
        version: head.version,
        liveVersion: head.liveVersion,
        ...(head.retiredBy ? { retiredBy: head.retiredBy } : {}),
      }
    : ctx.book.sources[slug] === undefined
      ? undefined
      : { slug, source: ctx.book.sources[slug], version: 0, liveVersion: 0 };
  if (!ctx.bokmal) {
    if (!newest) throw new NotFoundError(NOT_FOUND);
    return newest;
  }
  const now = await bokmalNow(ctx.bokmal, slug);
  if (now === undefined) {
    if (!newest) throw new NotFoundError(NOT_FOUND);
    return newest;
  }
  // A bokmål article without a nynorsk text yet opens with the bokmål to translate from.
  const text = newest ?? { slug, source: now, version: 0, liveVersion: 0 };
  const basedOn = newest ? basedOnOf(newest.source) : undefined;
  return { ...text, bokmal: { source: now, ...(await translationStatus(ctx.bokmal, slug, basedOn, now)) } };
}

export async function listRevisions(ctx: ArticleContext, slug: string): Promise<ArticleRevision[]> {
  const revisions = await ctx.articles.listRevisions(slug);
  if (revisions.length === 0 && ctx.book.sources[slug] === undefined) throw new NotFoundError(NOT_FOUND);
  return revisions;
}

/** The newest revision of each stored article, drafts included: the book a draft is linted against. */
async function newestArticles(ctx: ArticleContext): Promise<StoredArticle[]> {
  const stored: StoredArticle[] = [];
  for (const head of await ctx.articles.listArticleHeads()) {
    const revision = await ctx.articles.getRevision(head.slug, head.version);
    if (revision)
      stored.push({ slug: head.slug, source: revision.source, ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}) });
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
  saved: SaveArticleRequest,
): Promise<{ slug: string; version: number; problems: ErrorProblem[] }> {
  if (ctx.bokmal) await refuseWhatBokmalDecides(ctx, ctx.bokmal, slug, saved);
  const followed = ctx.bokmal ? await followedBokmal(ctx, ctx.bokmal, slug, saved) : undefined;
  const request = followed ? { ...saved, source: followed.source } : saved;
  const checked = checkArticle(request.source);
  if (checked.problems.length > 0) throw new InvalidArticleError(checked.problems, publishingText('error.invalidArticle'));
  // The book as it would be with this draft, so cross-references to retired articles are judged as readers will get them.
  const others = (await newestArticles(ctx)).filter((article) => article.slug !== slug);
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
    : toProblems(lintDraft(slug, book.sources[slug] ?? request.source, bookEntries(book.sources), lintOptions(ctx)));
  const revision = await ctx.articles.saveRevision({
    slug,
    expectedVersion: request.version,
    source: request.source,
    actor: editor.name,
    facts: listedFieldsOf(checked.data!),
    ...(request.note !== undefined ? { note: request.note.trim() } : {}),
    ...(request.suggestionId !== undefined ? { suggestionId: request.suggestionId } : {}),
    ...(request.restoredFrom !== undefined ? { restoredFrom: request.restoredFrom } : {}),
    ...(request.retiredBy !== undefined ? { retiredBy: request.retiredBy } : {}),
    ...(followed?.basedOn ? { basedOn: followed.basedOn } : {}),
  });
  if (ctx.bokmal && request.followsBokmal && followed?.basedOn)
    await ctx.bokmal.articles.clearTranslationDue(ctx.bokmal.language, slug, followed.basedOn);
  return { slug, version: revision.version, problems };
}

/**
 * Which articles there are, and retiring one, is the bokmål text's business: a nynorsk text is
 * written for an article the bokmål has, and is never retired on its own (ValidationError).
 */
async function refuseWhatBokmalDecides(ctx: ArticleContext, bokmal: Bokmal, slug: string, request: SaveArticleRequest): Promise<void> {
  if (request.retiredBy !== undefined) throw new ValidationError({ retiredBy: publishingText('article.retireInBokmal') });
  if (ctx.book.sources[slug] === undefined && (await bokmalNow(bokmal, slug)) === undefined)
    throw new ValidationError({ slug: publishingText('article.bokmalFirst') });
}

/**
 * The nynorsk text as it is saved: its `basedOn` is the version it followed before (the newest
 * text's, kept as recorded whatever the request's source says), or – with «Oppdatert etter
 * bokmålsteksten» (`followsBokmal`) – the version of the bokmål readers get now.
 */
async function followedBokmal(
  ctx: ArticleContext,
  bokmal: Bokmal,
  slug: string,
  request: SaveArticleRequest,
): Promise<{ source: string; basedOn: string | undefined }> {
  const now = request.followsBokmal ? await bokmalNow(bokmal, slug) : undefined;
  const head = now === undefined ? await ctx.articles.getArticleHead(slug) : undefined;
  const recorded = head
    ? basedOnOf(head.latest.source)
    : ctx.book.sources[slug] === undefined
      ? undefined
      : basedOnOf(ctx.book.sources[slug]);
  const basedOn = now === undefined ? recorded : gitBlobHash(now);
  const source = basedOnOf(request.source) === basedOn ? request.source : editFrontmatter(request.source, { basedOn });
  return { source, basedOn };
}

/**
 * The newest saved revision of each of the kommune's facts `ids` names (default: every fact with
 * one not yet published); in a book the request kommune's own facts and, for a national editor,
 * the book's national figures (another editor naming one is refused).
 */
async function factItems(ctx: ArticlePublishingContext, editor: VerifiedEditor, ids: readonly string[] | undefined): Promise<FactItem[]> {
  if (ids?.length === 0) return [];
  const unpublished = await pendingFactItems(ctx);
  const national = [...unpublished.values()].filter((item) => ctx.kommune !== undefined && item.kommune === undefined);
  if (!editsNationalFigures(editor, ctx)) {
    if (ids && national.some((item) => ids.includes(item.fact))) requireNationalFigures(editor, ctx);
    for (const item of national) unpublished.delete(item.fact);
  }
  const chosen = ids ? [...new Set(ids)] : [...unpublished.keys()];
  for (const id of chosen) {
    if (!unpublished.has(id)) throw new BadRequestError('nothing-to-publish', publishingText('publish.factNotPending', { id }));
  }
  return chosen.map((id) => unpublished.get(id)!);
}

/**
 * Publishes the newest revisions of `slugs`, of the kommune's facts `facts` and, in a book of
 * several kommuner, of the request's kommune's local parts `localParts` (default: every article and
 * fact with an unpublished revision; naming one kind publishes none of the others; local parts only
 * when named, and only to their kommune's pages): stored, queued and built as soon as no other build runs
 * (functions/publishing/). A named article revision that breaks a content rule is refused with
 * InvalidArticleError; in the default set it is left out and the publication says so. Throws
 * BadRequestError when there is nothing to publish, and ConflictError('review-open') while a
 * council asked about one of the articles has not answered, unless `confirm`. A request repeated
 * with the same Idempotency-Key, or naming the same revisions while their publication is pending,
 * gets that publication back.
 */
export async function publish(
  ctx: ArticlePublishingContext,
  editor: VerifiedEditor,
  {
    slugs,
    facts,
    localParts,
  }: {
    slugs?: readonly string[] | undefined;
    facts?: readonly string[] | undefined;
    localParts?: readonly { slug: string; slot: string }[] | undefined;
  },
  options: { idempotencyKey?: string | undefined; confirm?: boolean } = {},
): Promise<Publication> {
  const { idempotencyKey } = options;
  const keyed =
    idempotencyKey === undefined
      ? undefined
      : keyedPublicationId(
          editor.id,
          idempotencyKey,
          facts || localParts
            ? [
                ...(slugs ?? []),
                ...(facts ?? []).map((id) => `fact:${id}`),
                ...(localParts ?? []).map((part) => `local:${part.slug}#${part.slot}`),
              ]
            : slugs,
        );
  const repeated = keyed === undefined ? undefined : await ctx.articles.getPublication(keyed);
  if (repeated) return repeated;
  const heads = await ctx.articles.listArticleHeads();
  const unpublished = new Map(heads.filter((head) => head.version > head.liveVersion).map((head) => [head.slug, head]));
  const chosen = slugs ? [...new Set(slugs)] : facts || localParts ? [] : [...unpublished.keys()];
  for (const slug of chosen) {
    if (!unpublished.has(slug)) throw new BadRequestError('nothing-to-publish', publishingText('publish.notPending', { slug }));
  }
  const chosenFacts = await factItems(ctx, editor, facts ?? (slugs || localParts ? [] : undefined));
  const chosenLocalParts = localParts ? await localPartItems({ ...ctx, localParts: localPartStorageOf(ctx) }, localParts) : [];
  if (chosen.length === 0 && chosenFacts.length === 0 && chosenLocalParts.length === 0)
    throw new BadRequestError('nothing-to-publish', publishingText('publish.nothing'));

  const candidates = new Map<string, ArticleRevision>();
  for (const slug of chosen) {
    const revision = await ctx.articles.getRevision(slug, unpublished.get(slug)!.version);
    if (revision) candidates.set(slug, revision);
  }
  const book = await publishedBook(ctx.book, storedContent(ctx.articles), { items: [...candidates.values()] });
  const entries = bookEntries(book.sources);
  const items: Publication['items'] = [];
  const skipped: Publication['skipped'] = [];
  for (const [slug, revision] of candidates) {
    const problems = revision.retiredBy
      ? Object.hasOwn(book.redirects, slug)
        ? []
        : [{ rule: 'retire', message: publishingText('publish.noReplacement', { slug: revision.retiredBy }) }]
      : [
          ...checkArticle(revision.source).problems,
          ...toProblems(lintDraft(slug, book.sources[slug] ?? revision.source, entries, lintOptions(ctx))),
        ];
    if (problems.length === 0) items.push({ slug, version: revision.version, ...(ctx.bokmal ? { language: ctx.bokmal.language } : {}) });
    else skipped.push({ slug, version: revision.version, problems });
  }
  if (slugs && skipped.length > 0) {
    const problems = skipped.flatMap((entry) =>
      entry.problems.map((problem) => ({ ...problem, message: `${entry.slug}: ${problem.message}` })),
    );
    throw new InvalidArticleError(problems, publishingText('publish.breaksRules'));
  }
  items.push(...chosenFacts, ...chosenLocalParts);
  if (items.length === 0) {
    throw new BadRequestError(
      'nothing-to-publish',
      publishingText('publish.allSkipped', { slugs: skipped.map((entry) => entry.slug).join(', ') }),
    );
  }
  if (!options.confirm) {
    await refuseOpenReviews(
      ctx,
      items.flatMap((item) => {
        const head = 'slug' in item ? unpublished.get(item.slug) : undefined;
        return head ? [{ slug: head.slug, title: head.title, liveVersion: head.liveVersion }] : [];
      }),
    );
  }
  const message =
    skipped.length > 0 ? publishingText('publish.skipped', { slugs: skipped.map((entry) => entry.slug).join(', ') }) : undefined;
  const id = keyed ?? randomUUID();
  // Without a key, the same set of revisions asked for again while it is pending gets that publication.
  const pending = keyed === undefined ? await pendingForSet(ctx, items, id) : undefined;
  if (pending) return pending;
  return requestPublication(ctx, { id, items, skipped, actor: editor.name, reason: 'editor', ...(message ? { message } : {}) });
}
