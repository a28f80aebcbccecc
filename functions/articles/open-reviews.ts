/**
 * «Publiser» does not skip a council quietly: publishing an article while a council asked about
 * a version not yet live has not answered is refused with the councils and their deadlines, as
 * the question «Eldrerådet har frist 15. desember. Publisere likevel?», until the editor confirms.
 */
import { ConflictError } from '../shared/errors.ts';
import type { ArticleStorage } from '../shared/storage/index.ts';
import { openRounds } from '../../src/core/articles/reviews.ts';
import { norwegianDayMonth, norwegianIsoDay } from '../../src/core/norwegian-date.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

export type PublishCandidate = { slug: string; title: string; liveVersion: number };

/** Throws ConflictError('review-open') with the question, when a round on any of `candidates` is open. */
export async function refuseOpenReviews(ctx: { articles: ArticleStorage; now: () => Date }, candidates: readonly PublishCandidate[]) {
  const today = norwegianIsoDay(ctx.now());
  const lines: string[] = [];
  for (const candidate of candidates) {
    const open = openRounds(await ctx.articles.listArticleReviews(candidate.slug), candidate.liveVersion);
    if (open.length === 0) continue;
    const rounds = open
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.councilName.localeCompare(b.councilName, 'nb'))
      .map((review) =>
        publishingText(review.deadline < today ? 'publish.reviewOverdue' : 'publish.reviewOpen', {
          council: review.councilName,
          deadline: norwegianDayMonth(review.deadline),
        }),
      )
      .join(' ');
    lines.push(candidates.length > 1 ? publishingText('publish.reviewArticle', { title: candidate.title, rounds }) : rounds);
  }
  if (lines.length > 0) throw new ConflictError('review-open', [...lines, publishingText('publish.reviewConfirm')].join(' '));
}
