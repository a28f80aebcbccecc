/**
 * The scheduled mail run (every `mailRetry.everyMinutes`: in AWS an EventBridge rule runs
 * retry-handler.ts, locally the server's timer): sends the receipts that are due, the review
 * rounds' reminders and notices and the editors' notices of new book orders, then tries pending e-mail again. Everything it acts on is stored
 * in the table, so a missed run only delays it; every step is safe to repeat. In a book it runs for each kommune in turn.
 */
import type { AppContext } from '../shared/dependencies.ts';
import { createReviewStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';
import { retryPending } from '../shared/mail/outbox.ts';
import { sendDueReceipts } from './receipts.ts';
import { sendDueOrderNotices } from './order-notices.ts';
import { sendReviewReminders } from '../shared/mail/review-rounds.ts';
import { forEachKommune } from '../shared/each-kommune.ts';

const reviewsOf = storageOf(createReviewStorage);

export type MailRun = { receipts: number; orders: number; reminders: number; retried: number };

/** The run for every kommune of a book (each in its own context: forEachKommune), or for a kommune on its own; the counts are their sums. */
export async function runMailSchedule(ctx: AppContext): Promise<MailRun> {
  const runs = await forEachKommune(ctx, 'mail run', runForKommune);
  return {
    receipts: sum(runs.map((run) => run.receipts)),
    orders: sum(runs.map((run) => run.orders)),
    reminders: sum(runs.map((run) => run.reminders)),
    retried: sum(runs.map((run) => run.retried)),
  };
}

const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);

async function runForKommune(ctx: AppContext): Promise<MailRun> {
  const receipts = await sendDueReceipts(ctx);
  const orders = await sendDueOrderNotices(ctx);
  const reminders = await sendReviewReminders(ctx, ctx.articles ?? reviewsOf(ctx));
  const retried = await retryPending(ctx);
  return { receipts, orders, reminders, retried };
}
