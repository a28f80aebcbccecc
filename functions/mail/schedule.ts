/**
 * The scheduled mail run (every `mailRetry.everyMinutes`: in AWS an EventBridge rule runs
 * retry-handler.ts, locally the server's timer): sends the receipts that are due, the review
 * rounds' reminders and notices and the editors' notices of new book orders, then tries pending e-mail again. Everything it acts on is stored
 * in the table, so a missed run only delays it; every step is safe to repeat.
 */
import type { AppContext } from '../shared/dependencies.ts';
import { createReviewStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';
import { retryPending } from '../shared/mail/outbox.ts';
import { sendDueReceipts } from './receipts.ts';
import { sendDueOrderNotices } from './order-notices.ts';
import { sendReviewReminders } from '../shared/mail/review-rounds.ts';

const reviewsOf = storageOf(createReviewStorage);

export type MailRun = { receipts: number; orders: number; reminders: number; retried: number };

export async function runMailSchedule(ctx: AppContext): Promise<MailRun> {
  const receipts = await sendDueReceipts(ctx);
  const orders = await sendDueOrderNotices(ctx);
  const reminders = await sendReviewReminders(ctx, ctx.articles ?? reviewsOf(ctx));
  const retried = await retryPending(ctx);
  return { receipts, orders, reminders, retried };
}
