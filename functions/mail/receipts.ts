/**
 * Receipts: a suggestion stored with an e-mail address leaves a note (shared/storage), and the
 * scheduled mail run turns each note into the receipt e-mail, once: the message's key is fixed by
 * the suggestion, so a note left twice or a run repeated never sends a second receipt.
 */
import type { AppContext } from '../shared/dependencies.ts';
import { receiptMail } from '../shared/mail/messages.ts';
import { sendOnce } from '../shared/mail/outbox.ts';
import { outboxOf } from '../shared/mail/outbox-storage.ts';
import { mailSite } from '../shared/mail/mail-site.ts';

/** How many receipts one run sends at most; the next run takes the rest. */
const RECEIPTS_PER_RUN = 100;

/** Sends the receipts that are due; resolves how many notes it handled. */
export async function sendDueReceipts(ctx: AppContext): Promise<number> {
  if (!ctx.mail) return 0;
  const outbox = outboxOf(ctx);
  const due = await outbox.listDueReceipts(RECEIPTS_PER_RUN);
  for (const id of due) {
    const suggestion = await ctx.storage.getSuggestionDetail(id);
    // An editor may have erased the address since; then there is no one to write to.
    if (suggestion?.reference && suggestion.contact?.email) {
      const mail = receiptMail({ ...suggestion, reference: suggestion.reference }, suggestion.contact.email, mailSite(ctx));
      await sendOnce(ctx, mail, { id: `receipt-${id}`, createdAt: suggestion.createdAt });
    }
    await outbox.clearDueReceipt(id);
  }
  return due.length;
}
