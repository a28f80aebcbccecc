/**
 * The scheduled mail run (every `mailSchedule.everyMinutes`: in AWS an EventBridge rule runs
 * retry-handler.ts, locally the server's timer): sends the receipts that are due, then tries
 * pending e-mail again. Everything it acts on is stored in the table, so a missed run only
 * delays it; every step is safe to repeat.
 */
import type { AppContext } from '../shared/context.ts';
import { retryPending } from './outbox.ts';
import { sendDueReceipts } from './receipts.ts';

export type MailRun = { receipts: number; retried: number };

export async function runMailSchedule(ctx: AppContext): Promise<MailRun> {
  const receipts = await sendDueReceipts(ctx);
  const retried = await retryPending(ctx);
  return { receipts, retried };
}
