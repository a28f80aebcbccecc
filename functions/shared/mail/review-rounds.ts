/**
 * What time and publishing do to a review round, each told once by e-mail: two days before the
 * deadline the council is reminded (or, without an address, the editors are asked to remind it),
 * when the deadline passes unanswered the editors are told, and when the text goes live the round
 * ends and the council is told, with the page. Reminders run in the scheduled mail run; the end
 * of the round is a call from publishing (publishing/go-live.ts, when a build reports the web live).
 */
import type { AppContext } from '../dependencies.ts';
import { errorFields, log } from '../log.ts';
import type { ReviewNotice, ReviewStorage } from '../storage/index.ts';
import { noticeDue, replacedBy, type Review } from '../../../src/core/articles/reviews.ts';
import { norwegianIsoDay } from '../../../src/core/norwegian-date.ts';
import { remindByHandMail, reviewOverdueMail, reviewPublishedMail, reviewReminderMail, type OutgoingMail } from './messages.ts';
import { sendAfter, sendOnce } from './outbox.ts';
import { mailSite } from './mail-site.ts';

const NOTICE_FIELD: Record<'reminder' | 'overdue', ReviewNotice> = { reminder: 'remindedAt', overdue: 'overdueNoticeAt' };

/** The reminder or notice for a round, and who gets it; undefined when there is no one to tell. */
async function noticeMail(ctx: AppContext, review: Review, due: 'reminder' | 'overdue'): Promise<OutgoingMail | undefined> {
  const editors = ctx.env.EDITORS_EMAIL;
  if (due === 'overdue') return editors ? reviewOverdueMail(review, editors, mailSite(ctx)) : undefined;
  const council = await ctx.storage.getCouncil(review.councilId);
  if (council?.contactEmail && council.revokedAt === undefined) return reviewReminderMail(review, council.contactEmail, mailSite(ctx));
  return editors ? remindByHandMail(review, editors, mailSite(ctx)) : undefined;
}

/**
 * Sends the reminders and notices due today; resolves how many it queued. A round is claimed
 * before its message is queued and given back if queueing fails, so a message goes out once.
 */
export async function sendReviewReminders(ctx: AppContext, reviews: ReviewStorage): Promise<number> {
  if (!ctx.mail) return 0;
  const all = await reviews.listAllReviews();
  const replacement = replacedBy(all);
  const today = norwegianIsoDay(ctx.now());
  let queued = 0;
  for (const review of all) {
    const due = noticeDue(review, today, replacement(review));
    if (!due) continue;
    const mail = await noticeMail(ctx, review, due);
    if (!mail) continue;
    const field = NOTICE_FIELD[due];
    const claimedAt = await reviews.claimReviewNotice(review, field);
    if (!claimedAt) continue;
    try {
      await sendOnce(ctx, mail, {
        id: `${due}-${review.slug}-${review.version}-${review.councilId}-${review.deadline}`,
        createdAt: claimedAt,
      });
      queued += 1;
    } catch (error) {
      log.warn('review notice not queued', { slug: review.slug, version: review.version, due, ...errorFields(error) });
      await reviews.releaseReviewNotice(review, field, claimedAt);
    }
  }
  return queued;
}

/**
 * `slug` is live at `liveVersion`: every open round up to it ends (the statements stay as they
 * are), and each council asked is told once, with the page, when it has an address.
 */
export async function endReviewRounds(ctx: AppContext, reviews: ReviewStorage, slug: string, liveVersion: number): Promise<void> {
  const closed = await reviews.closeReviews(slug, liveVersion);
  const told = new Set<string>();
  const mails: OutgoingMail[] = [];
  for (const review of closed.sort((a, b) => b.version - a.version)) {
    if (told.has(review.councilId)) continue;
    told.add(review.councilId);
    const council = await ctx.storage.getCouncil(review.councilId);
    if (council?.contactEmail && council.revokedAt === undefined)
      mails.push(reviewPublishedMail(review, liveVersion, council.contactEmail, mailSite(ctx)));
  }
  await sendAfter(ctx, mails);
}
