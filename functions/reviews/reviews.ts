/**
 * Review rounds: editors send a saved revision to councils with a deadline, each council reads it
 * and gives its statement in its own name (and may change it until the text is published), editors
 * read the statements beside the revision and may show one on the page. A recommended revision
 * carries «Gjennomgått av …» once it is live (editor-articles.ts writes it into the published
 * frontmatter). Reminders and the end of a round: mail/review-rounds.ts. No AWS here.
 */
import type { Editor } from '../shared/auth.ts';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.ts';
import { log } from '../shared/log.ts';
import type { RequestOutcome } from '../shared/storage/index.ts';
import type { ArticleContext } from '../shared/book/git-book.ts';
import { factsOf } from '../shared/book/article-facts.ts';
import { reviewDeadlineMail, reviewRequestMail, reviewStatementMail } from '../shared/mail/messages.ts';
import { sendAfter } from '../shared/mail/outbox.ts';
import { mailSite, siteLink } from '../shared/mail/mail-site.ts';
import {
  needsEditors,
  replacedBy,
  toCouncilReview,
  type CouncilReview,
  type Review,
  type ReviewReason,
} from '../../src/core/articles/reviews.ts';
import type { ArticleRevision } from '../../src/core/articles/types.ts';
import { norwegianIsoDay } from '../../src/core/norwegian-date.ts';
import { paths } from '../../src/core/paths.ts';
import type { Council } from '../../src/core/suggestions/types.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import type { ReviewRequest, StatementRequest } from './review-request.ts';

const NOT_FOUND = publishingText('review.notFound');

/** Newest revision first, then by council. */
const byRevisionThenCouncil = (a: Review, b: Review) => b.version - a.version || a.councilName.localeCompare(b.councilName, 'nb');

/** What happened for one council when editors sent a revision, so the page can say exactly who was told and how. */
export type RequestNotice = {
  councilId: string;
  councilName: string;
  outcome: RequestOutcome;
  /** The council was told by e-mail (a new request or a moved deadline, to its contact address). */
  emailed: boolean;
};

/** Why the text changed, from the revision: the editor's note, and the suggestion it answers (its words only with consent). */
async function reasonOf(ctx: ArticleContext, revision: ArticleRevision): Promise<ReviewReason | undefined> {
  const suggestion = revision.suggestionId ? await ctx.storage.getSuggestion(revision.suggestionId) : undefined;
  const words = suggestion?.publishText ? (suggestion.publicText ?? suggestion.text) : undefined;
  const reason: ReviewReason = {
    ...(revision.note ? { note: revision.note } : {}),
    ...(suggestion
      ? {
          suggestion: {
            ...(suggestion.reference ? { reference: suggestion.reference } : {}),
            kind: suggestion.kind,
            ...(words !== undefined ? { text: words } : {}),
          },
        }
      : {}),
  };
  return Object.keys(reason).length > 0 ? reason : undefined;
}

/** A round's request without the councils: which revision, and the last day to answer. */
type RoundRequest = Pick<ReviewRequest, 'version' | 'deadline'>;

/** What a round told the editor, for the councils of a kommune on its own or of one kommune of a book. */
export type RoundOutcome = { items: Review[]; notices: RequestNotice[]; councilPage: string };

/** The revision to be read. Throws ValidationError for a revision not saved or a deadline passed. */
async function checkedRevision(ctx: ArticleContext, slug: string, request: RoundRequest): Promise<ArticleRevision> {
  const revision = await ctx.articles.getRevision(slug, request.version);
  if (!revision) throw new ValidationError({ version: publishingText('review.revisionNotFound') });
  if (request.deadline < norwegianIsoDay(ctx.now())) throw new ValidationError({ deadline: publishingText('review.deadlinePast') });
  return revision;
}

/** The councils asked, each from the context's storage. Throws ValidationError for one it does not have or that is revoked. */
async function askedCouncils(ctx: ArticleContext, ids: readonly string[]): Promise<Council[]> {
  const councils: Council[] = [];
  for (const id of new Set(ids)) {
    const council = await ctx.storage.getCouncil(id);
    if (!council || council.revokedAt !== undefined) throw new ValidationError({ councils: publishingText('review.councilUnknown') });
    councils.push(council);
  }
  return councils;
}

/**
 * Asks each council for its statement on revision `request.version` and e-mails those with a
 * contact address. A council asked before about the same revision keeps its request; a new
 * deadline moves it and the council is told. Answers with what happened for each council and the
 * address of /rad/, for the councils that must be told another way.
 */
export async function requestReviews(
  ctx: ArticleContext,
  editor: Editor,
  slug: string,
  request: RoundRequest & { councils: readonly string[] },
): Promise<RoundOutcome> {
  const revision = await checkedRevision(ctx, slug, request);
  return ask(ctx, editor, slug, revision, await askedCouncils(ctx, request.councils), request.deadline);
}

/**
 * The national text's round in a book: the councils named for each kommune are asked in that
 * kommune's own storage (`contextOf`), so each council sees and answers only its own kommune's
 * request. Every kommune's councils are checked before any is asked, so a wrong council leaves no
 * kommune asked alone. Items and notices carry their kommune.
 */
export async function requestReviewsInKommuner(
  contextOf: (kommune: string) => ArticleContext,
  bookKommuner: readonly string[],
  editor: Editor,
  slug: string,
  request: RoundRequest & { kommuneCouncils: Readonly<Record<string, readonly string[]>> },
): Promise<{ items: (Review & { kommune: string })[]; notices: (RequestNotice & { kommune: string })[]; councilPage: string }> {
  const named = Object.keys(request.kommuneCouncils);
  if (named.some((kommune) => !bookKommuner.includes(kommune))) {
    throw new ValidationError({ kommuneCouncils: publishingText('review.kommuneUnknown') });
  }
  const rounds = [];
  for (const kommune of bookKommuner.filter((id) => named.includes(id))) {
    const ctx = contextOf(kommune);
    const revision = await checkedRevision(ctx, slug, request);
    rounds.push({ kommune, ctx, revision, councils: await askedCouncils(ctx, request.kommuneCouncils[kommune]!) });
  }
  const items: (Review & { kommune: string })[] = [];
  const notices: (RequestNotice & { kommune: string })[] = [];
  let councilPage = '';
  for (const { kommune, ctx, revision, councils } of rounds) {
    const outcome = await ask(ctx, editor, slug, revision, councils, request.deadline);
    items.push(...outcome.items.map((review) => ({ ...review, kommune })));
    notices.push(...outcome.notices.map((notice) => ({ ...notice, kommune })));
    councilPage = outcome.councilPage;
  }
  return { items, notices, councilPage };
}

async function ask(
  ctx: ArticleContext,
  editor: Editor,
  slug: string,
  revision: ArticleRevision,
  councils: readonly Council[],
  deadline: string,
): Promise<RoundOutcome> {
  const title = factsOf(revision.source)?.title ?? slug;
  const reason = await reasonOf(ctx, revision);
  const items: Review[] = [];
  const notices: RequestNotice[] = [];
  for (const council of councils) {
    const { outcome, review } = await ctx.articles.requestReview({
      slug,
      version: revision.version,
      title,
      councilId: council.id,
      councilName: council.name,
      deadline,
      requestedBy: editor.name,
      ...(reason ? { reason } : {}),
    });
    items.push(review);
    const emailed = outcome !== 'unchanged' && ctx.mail !== undefined && council.contactEmail !== undefined;
    notices.push({ councilId: council.id, councilName: council.name, outcome, emailed });
    if (outcome === 'unchanged') continue;
    log.info(outcome === 'created' ? 'review requested' : 'review deadline moved', {
      slug,
      version: revision.version,
      councilId: council.id,
      editor: editor.name,
    });
    if (emailed) {
      const mail = outcome === 'created' ? reviewRequestMail : reviewDeadlineMail;
      await sendAfter(ctx, [mail(review, council.contactEmail!, mailSite(ctx))]);
    }
  }
  return { items: items.sort(byRevisionThenCouncil), notices, councilPage: siteLink(mailSite(ctx), paths.council) };
}

/**
 * What `read` finds in each kommune's own storage (`contextOf`), each item with its kommune, in the
 * book's order: the editors' view of a national text's rounds, each kommune's statements under it.
 */
export async function inEachKommune<T>(
  kommuner: readonly string[],
  contextOf: (kommune: string) => ArticleContext,
  read: (ctx: ArticleContext) => Promise<T[]>,
): Promise<(T & { kommune: string })[]> {
  const found: (T & { kommune: string })[] = [];
  for (const kommune of kommuner) found.push(...(await read(contextOf(kommune))).map((item) => ({ ...item, kommune })));
  return found;
}

export async function articleReviews(ctx: ArticleContext, slug: string): Promise<Review[]> {
  return (await ctx.articles.listArticleReviews(slug)).sort(byRevisionThenCouncil);
}

/** Shows or hides a statement on the article page (from its next publication). */
export async function showStatement(
  ctx: ArticleContext,
  editor: Editor,
  slug: string,
  id: { version: number; councilId: string },
  shown: boolean,
): Promise<Review> {
  const review = await ctx.articles.setReviewPublic(slug, id.version, id.councilId, shown);
  log.info('review statement shown', { slug, version: id.version, councilId: id.councilId, shown, editor: editor.name });
  return review;
}

/** An editor opened the round: its statement, or its passed deadline, is no longer news on /redaksjon/. */
export async function markSeen(ctx: ArticleContext, slug: string, id: { version: number; councilId: string }): Promise<Review> {
  return ctx.articles.markReviewSeen(slug, id.version, id.councilId);
}

/** One piece of news for editors about a round: a statement came, or a deadline passed unanswered. */
export type ReviewNews = Pick<Review, 'slug' | 'version' | 'title' | 'councilId' | 'councilName' | 'deadline' | 'statement'> & {
  news: 'statement' | 'overdue';
};

/** Every round with news for editors, newest first: what the badge on /redaksjon/ counts. */
export async function reviewNews(ctx: ArticleContext): Promise<ReviewNews[]> {
  const all = await ctx.articles.listAllReviews();
  const replacement = replacedBy(all);
  const today = norwegianIsoDay(ctx.now());
  return all
    .flatMap((review): ReviewNews[] => {
      const news = needsEditors(review, today, replacement(review));
      if (!news) return [];
      const { slug, version, title, councilId, councilName, deadline, statement } = review;
      return [{ slug, version, title, councilId, councilName, deadline, ...(statement ? { statement } : {}), news }];
    })
    .sort((a, b) => (b.statement?.at ?? b.deadline).localeCompare(a.statement?.at ?? a.deadline));
}

/** The council's own requests, with «Erstattet av versjon N» where it was asked about a newer version of the same page. */
async function ownReviews(ctx: ArticleContext, council: Council, slug?: string): Promise<Review[]> {
  const all = slug ? await ctx.articles.listArticleReviews(slug) : await ctx.articles.listCouncilReviews(council.id);
  return all.filter((review) => review.councilId === council.id);
}

/** Open rounds first, then answered ones that may still change, then published and replaced ones; newest first within each. */
const rank = (review: CouncilReview) => (review.replacedBy ? 3 : review.closedAt ? 2 : review.statement ? 1 : 0);

/** Every request sent to the council, open ones first. */
export async function councilReviews(ctx: ArticleContext, council: Council): Promise<CouncilReview[]> {
  const own = await ownReviews(ctx, council);
  const replacement = replacedBy(own);
  return own
    .map((review) => toCouncilReview(review, replacement(review)))
    .sort((a, b) => rank(a) - rank(b) || b.requestedAt.localeCompare(a.requestedAt));
}

/** The request of the council that was asked, and the newer version it was asked about since, if any. */
async function ownRequest(ctx: ArticleContext, council: Council, id: { slug: string; version: number }) {
  const own = await ownReviews(ctx, council, id.slug);
  const review = own.find((candidate) => candidate.version === id.version);
  if (!review) throw new NotFoundError(NOT_FOUND);
  return { review, replacement: replacedBy(own)(review) };
}

/** The text to review and the text readers see now (undefined for a new article), for the council that was asked. */
export async function councilReview(
  ctx: ArticleContext,
  council: Council,
  id: { slug: string; version: number },
): Promise<{ review: CouncilReview; source: string; liveSource?: string }> {
  const { review, replacement } = await ownRequest(ctx, council, id);
  const revision = await ctx.articles.getRevision(id.slug, id.version);
  if (!revision) throw new NotFoundError(NOT_FOUND);
  const head = await ctx.articles.getArticleHead(id.slug);
  const liveVersion = head?.liveVersion ?? 0;
  const liveSource = liveVersion > 0 ? (await ctx.articles.getRevision(id.slug, liveVersion))?.source : ctx.book.sources[id.slug];
  return {
    review: toCouncilReview(review, replacement),
    source: revision.source,
    ...(liveSource !== undefined ? { liveSource } : {}),
  };
}

/**
 * The council's statement, in its own name; it may change it until the text is published. Throws
 * ConflictError for a published text ('review-closed') or an older version ('review-replaced').
 * Editors are told by e-mail when they have an address. `changed`: an earlier statement was replaced.
 */
export async function giveStatement(
  ctx: ArticleContext,
  council: Council,
  id: { slug: string; version: number },
  statement: StatementRequest,
): Promise<{ review: CouncilReview; changed: boolean }> {
  const { review: asked, replacement } = await ownRequest(ctx, council, id);
  if (asked.closedAt !== undefined) throw new ConflictError('review-closed', publishingText('review.closed'));
  if (replacement !== undefined) throw new ConflictError('review-replaced', publishingText('review.replaced', { version: replacement }));
  const review = await ctx.articles.stateReview(id.slug, id.version, council.id, {
    verdict: statement.verdict,
    ...(statement.text !== undefined ? { text: statement.text.trim() } : {}),
    council: council.name,
    at: ctx.now().toISOString(),
  });
  const changed = asked.statement !== undefined;
  log.info('review statement given', { slug: id.slug, version: id.version, councilId: council.id, verdict: statement.verdict, changed });
  if (ctx.env.EDITORS_EMAIL && review.statement) {
    await sendAfter(ctx, [reviewStatementMail({ ...review, statement: review.statement }, ctx.env.EDITORS_EMAIL, mailSite(ctx))]);
  }
  return { review: toCouncilReview(review), changed };
}
