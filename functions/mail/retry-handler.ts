/** Scheduled every few minutes in AWS (EventBridge): tries pending e-mail again. Locally the server's sweep does this. */
import { mailingContext } from './mailing-context.ts';
import { log } from '../shared/log.ts';
import { retryPending } from './outbox.ts';

export async function handler(): Promise<{ tried: number }> {
  const tried = await retryPending(mailingContext());
  if (tried > 0) log.info('mail retry run', { tried });
  return { tried };
}
