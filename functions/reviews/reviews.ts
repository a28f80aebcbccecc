/**
 * Review rounds: editors send a saved revision to councils with a deadline, each council reads it
 * and gives its statement in its own name, editors read the statements beside the revision and
 * may show one on the page. A recommended revision carries «Gjennomgått av …» once it is live
 * (editor-articles.ts writes it into the published frontmatter). No AWS here.
 */
import type { Editor } from '../shared/auth.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import { log } from '../shared/log.ts';
import type { ArticleContext } from '../articles/editor-articles.ts';
import { factsOf } from '../articles/editor-articles.ts';
import { reviewRequestMail } from '../mail/messages.ts';
import { sendAfter } from '../mail/outbox.ts';
import { toCouncilReview, type CouncilReview, type Review } from '../../src/core/articles/reviews.ts';
import { norwegianIsoDay } from '../../src/core/norwegian-date.ts';
import type { Council } from '../../src/core/suggestions/types.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import type { ReviewRequest, StatementRequest } from './review-request.ts';

const NOT_FOUND = publishingText('review.notFound');

/** Newest revision first, then by council. */
const byRevisionThenCouncil = (a: Review, b: Review) => b.version - a.version || a.councilName.localeCompare(b.councilName, 'nb');

/**
 * Asks each council for its statement on revision `request.version` and e-mails those with a
 * contact address. A council asked before about the same revision keeps its first request.
 */
export async function requestReviews(ctx: ArticleContext, editor: Editor, slug: string, request: ReviewRequest): Promise<Review[]> {
  const revision = await ctx.articles.getRevision(slug, request.version);
  if (!revision) throw new ValidationError({ version: publishingText('review.revisionNotFound') });
  if (request.deadline < norwegianIsoDay(ctx.now())) throw new ValidationError({ deadline: publishingText('review.deadlinePast') });
  const councils: Council[] = [];
  for (const id of new Set(request.councils)) {
    const council = await ctx.storage.getCouncil(id);
    if (!council || council.revokedAt !== undefined) throw new ValidationError({ councils: publishingText('review.councilUnknown') });
    councils.push(council);
  }
  const title = factsOf(revision.source)?.title ?? slug;
  const reviews: Review[] = [];
  for (const council of councils) {
    const { created, review } = await ctx.articles.requestReview({
      slug,
      version: revision.version,
      title,
      councilId: council.id,
      councilName: council.name,
      deadline: request.deadline,
      requestedBy: editor.name,
    });
    reviews.push(review);
    if (!created) continue;
    log.info('review requested', { slug, version: revision.version, councilId: council.id, editor: editor.name });
    if (council.contactEmail) await sendAfter(ctx, [reviewRequestMail(review, council.contactEmail, ctx.env.SITE_URL)]);
  }
  return reviews.sort(byRevisionThenCouncil);
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

/** Every request sent to the council, open ones (no statement yet) first, then newest first. */
export async function councilReviews(ctx: ArticleContext, council: Council): Promise<CouncilReview[]> {
  const own = (await ctx.articles.listCouncilReviews(council.id)).filter((review) => review.councilId === council.id);
  return own
    .sort((a, b) => Number(a.statement !== undefined) - Number(b.statement !== undefined) || b.requestedAt.localeCompare(a.requestedAt))
    .map(toCouncilReview);
}

/** The text to review and the text readers see now (undefined for a new article), for the council that was asked. */
export async function councilReview(
  ctx: ArticleContext,
  council: Council,
  id: { slug: string; version: number },
): Promise<{ review: CouncilReview; source: string; liveSource?: string }> {
  const review = await ctx.articles.getReview(id.slug, id.version, council.id);
  if (!review) throw new NotFoundError(NOT_FOUND);
  const revision = await ctx.articles.getRevision(id.slug, id.version);
  if (!revision) throw new NotFoundError(NOT_FOUND);
  const head = await ctx.articles.getArticleHead(id.slug);
  const liveVersion = head?.liveVersion ?? 0;
  const liveSource = liveVersion > 0 ? (await ctx.articles.getRevision(id.slug, liveVersion))?.source : ctx.book.sources[id.slug];
  return { review: toCouncilReview(review), source: revision.source, ...(liveSource !== undefined ? { liveSource } : {}) };
}

/** The council's statement, in its own name; once per revision. */
export async function giveStatement(
  ctx: ArticleContext,
  council: Council,
  id: { slug: string; version: number },
  statement: StatementRequest,
): Promise<CouncilReview> {
  const review = await ctx.articles.stateReview(id.slug, id.version, council.id, {
    verdict: statement.verdict,
    ...(statement.text !== undefined ? { text: statement.text.trim() } : {}),
    council: council.name,
    at: ctx.now().toISOString(),
  });
  log.info('review statement given', { slug: id.slug, version: id.version, councilId: council.id, verdict: statement.verdict });
  return toCouncilReview(review);
}
