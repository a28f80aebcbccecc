/** Scheduled every minute in AWS (EventBridge): the mail run (schedule.ts). Locally the server's timer runs the same. */
import { mailingContext } from '../shared/mail/ses-mailing.ts';
import { log } from '../shared/log.ts';
import { runMailSchedule, type MailRun } from './schedule.ts';

export async function handler(): Promise<MailRun> {
  const run = await runMailSchedule(mailingContext());
  if (Object.values(run).some((count) => count > 0)) log.info('mail run', run);
  return run;
}
