/** The e-mails an editor's decision causes: to the citizen who asked for one, and to the council that sent it. */
import type { AppContext } from '../dependencies.ts';
import { errorFields, log } from '../log.ts';
import type { Suggestion, SuggestionDetail } from '../../../src/core/suggestions/types.ts';
import { citizenMail, councilMail, type OutgoingMail } from './messages.ts';
import { mailSite } from './mail-site.ts';

export async function mailsAfterDecision(
  ctx: AppContext,
  before: Suggestion,
  after: SuggestionDetail,
): Promise<(OutgoingMail | undefined)[]> {
  if (!ctx.mail) return [];
  const mails = [after.contact?.email ? citizenMail(before, after, after.contact.email, mailSite(ctx)) : undefined];
  if (after.source.type === 'council' && after.status !== before.status) {
    try {
      const council = await ctx.storage.getCouncil(after.source.councilId);
      if (council?.contactEmail && council.revokedAt === undefined)
        mails.push(councilMail(before, after, council.contactEmail, mailSite(ctx)));
    } catch (error) {
      // The decision is saved; a council that misses this e-mail still sees the status on /rad/.
      log.warn('council for mail not read', errorFields(error));
    }
  }
  return mails;
}
