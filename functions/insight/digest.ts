/**
 * The monthly e-mail to every council with an e-mail address: at most one per council and month,
 * whoever asks for it – the schedule on the 1st (the calendar month before) or an editor's «Send nå»
 * (the month up to today). Each message is queued in the outbox under a key made of the council and
 * the month it is sent in, so a retried schedule or a second click never sends a second. No AWS here.
 */
import { dayOf, monthUpTo, previousMonth } from '../../src/core/insight/days.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { createCouncilAdminStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';
import { sendOnce } from '../shared/mail/outbox.ts';
import { forEachKommune } from '../shared/each-kommune.ts';
import { mailSite } from '../shared/mail/mail-site.ts';
import { digestMail } from './digest-mail.ts';
import type { Period } from './period.ts';
import { councilInsight } from '../shared/insight/council-month.ts';

/** The councils' list, made for the context on first use (only the functions that send the e-mail carry it). */
const councilAdmin = storageOf(createCouncilAdminStorage);

/** What happened for one council: sent now, sent earlier this month, or no address to send to. */
export type DigestOutcome = { councilId: string; councilName: string; outcome: 'sent' | 'already-sent' | 'no-email' };

/** The outbox key of a council's e-mail in a month: the same for every run and click in that month. */
export const digestKey = (councilId: string, month: string) => ({
  id: `insight-digest-${month}-${councilId}`,
  createdAt: `${month}-01T00:00:00.000Z`,
});

async function sendDigests(ctx: AppContext, period: Period): Promise<DigestOutcome[]> {
  const month = dayOf(ctx.now()).slice(0, 7);
  const councils = (await councilAdmin(ctx).listCouncils()).filter((council) => !council.revokedAt);
  const insight = await councilInsight(ctx, period);
  const outcomes: DigestOutcome[] = [];
  for (const council of councils) {
    const named = { councilId: council.id, councilName: council.name };
    if (!council.contactEmail || !ctx.mail) {
      outcomes.push({ ...named, outcome: 'no-email' });
      continue;
    }
    const sent = await sendOnce(ctx, digestMail(council, insight, council.contactEmail, mailSite(ctx)), digestKey(council.id, month));
    outcomes.push({ ...named, outcome: sent ? 'sent' : 'already-sent' });
  }
  return outcomes;
}

/** The schedule's run on the 1st: the calendar month before, to the councils of every kommune of a book (each its own kommune's insight). */
export const sendMonthlyDigests = async (ctx: AppContext): Promise<DigestOutcome[]> =>
  (await forEachKommune(ctx, 'monthly digest', (own) => sendDigests(own, previousMonth(dayOf(own.now()))))).flat();

/** An editor's «Send nå»: the month up to today, to each council not yet sent one this month. */
export const sendDigestsNow = (ctx: AppContext): Promise<DigestOutcome[]> => sendDigests(ctx, monthUpTo(dayOf(ctx.now())));
