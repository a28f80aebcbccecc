/**
 * The monthly e-mail to the councils (EventBridge Scheduler, the 1st of each month in the morning,
 * Norwegian time): the calendar month before, once per council and month however often it is retried.
 * Locally the server's timer runs the same on the 1st.
 */
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { log } from '../../shared/log.ts';
import { sendMonthlyDigests } from '../digest.ts';

export async function handler(): Promise<void> {
  const outcomes = await sendMonthlyDigests(mailingContext());
  log.info('insight digests', {
    sent: outcomes.filter((outcome) => outcome.outcome === 'sent').length,
    alreadySent: outcomes.filter((outcome) => outcome.outcome === 'already-sent').length,
    noEmail: outcomes.filter((outcome) => outcome.outcome === 'no-email').length,
  });
}
