/**
 * From an editor's change to sent e-mail: the messages go into the outbox first and are tried
 * at once; whatever fails stays pending for the retry run (every few minutes) and is marked
 * failed, visible to editors, after MAX_ATTEMPTS. Nothing here ever throws to the caller.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../dependencies.ts';
import { errorFields, log } from '../log.ts';
import type { OutboxMail } from '../storage/index.ts';
import type { OutgoingMail } from './messages.ts';
import { outboxOf } from './outbox-storage.ts';

export const MAX_ATTEMPTS = 5;

async function attempt(ctx: AppContext, mail: OutboxMail): Promise<void> {
  if (!ctx.mail || mail.to === undefined) return;
  try {
    await ctx.mail.send({ from: ctx.mail.from, to: mail.to, subject: mail.subject, text: mail.text, id: mail.id, date: ctx.now() });
    await outboxOf(ctx).recordMailAttempt(mail, { sent: true });
  } catch (error) {
    log.warn('mail not sent', { mailId: mail.id, event: mail.event, ...errorFields(error) });
    await outboxOf(ctx)
      .recordMailAttempt(mail, {
        sent: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        maxAttempts: MAX_ATTEMPTS,
      })
      .catch((recordError: unknown) => log.warn('mail attempt not recorded', { mailId: mail.id, ...errorFields(recordError) }));
  }
}

/** Queues and tries the messages an action caused. Never throws: the action has already happened. */
export async function sendAfter(ctx: AppContext, mails: readonly (OutgoingMail | undefined)[]): Promise<void> {
  if (!ctx.mail) return;
  for (const mail of mails) {
    if (!mail) continue;
    try {
      const queued = await outboxOf(ctx).enqueueMail({ id: randomUUID(), ...mail });
      await attempt(ctx, queued);
    } catch (error) {
      log.error('mail not queued', { event: mail.event, reference: mail.reference, ...errorFields(error) });
    }
  }
}

/**
 * Queues and tries one message under a fixed id and time, unless it was queued before (see
 * enqueueMailOnce). Resolves whether it was queued now. Throws when the outbox cannot be written,
 * so the caller keeps what made the message due.
 */
export async function sendOnce(ctx: AppContext, mail: OutgoingMail, key: { id: string; createdAt: string }): Promise<boolean> {
  if (!ctx.mail) return false;
  const queued = await outboxOf(ctx).enqueueMailOnce({ id: key.id, ...mail }, key.createdAt);
  if (queued) await attempt(ctx, queued);
  return queued !== undefined;
}

/** The retry run: tries every pending message again. */
export async function retryPending(ctx: AppContext): Promise<number> {
  const pending = await outboxOf(ctx).listMail({ state: 'pending', limit: 100 });
  for (const mail of pending) await attempt(ctx, mail);
  return pending.length;
}
