/**
 * The editors' notice of each new request to post the book: a new order leaves a note
 * (shared/storage/orders.ts), and the scheduled mail run turns it into one e-mail to
 * EDITORS_EMAIL, once (the message's key is fixed by the order), then clears the note.
 */
import type { AppContext } from '../shared/dependencies.ts';
import { ordersOf } from '../shared/storage/parts.ts';
import { orderNoticeMail } from '../shared/mail/messages.ts';
import { sendOnce } from '../shared/mail/outbox.ts';
import { mailSite } from '../shared/mail/mail-site.ts';

/** How many notices one run sends at most; the next run takes the rest. */
const NOTICES_PER_RUN = 100;

/** Sends the notices that are due; resolves how many notes it handled. Without an editors' mailbox the notes wait unread until their TTL. */
export async function sendDueOrderNotices(ctx: AppContext): Promise<number> {
  const editors = ctx.env.EDITORS_EMAIL;
  if (!ctx.mail || !editors) return 0;
  const orders = ordersOf(ctx);
  const due = await orders.listDueOrderNotices(NOTICES_PER_RUN);
  for (const id of due) {
    const order = await orders.getOrder(id);
    if (order) await sendOnce(ctx, orderNoticeMail(order, editors, mailSite(ctx)), { id: `order-${id}`, createdAt: order.createdAt });
    await orders.clearDueOrderNotice(id);
  }
  return due.length;
}
