/**
 * The context of the functions that send e-mail: the shared one plus Amazon SES when MAIL_FROM
 * is configured. Apart from the shared context so only these bundles carry the SES client.
 */
import { defaultContext, type AppContext } from '../dependencies.ts';
import { sesSender } from './ses-sender.ts';

let mailing: AppContext | undefined;

export function mailingContext(): AppContext {
  if (mailing) return mailing;
  const base = defaultContext();
  mailing = base.mail || !base.env.MAIL_FROM ? base : { ...base, mail: { from: base.env.MAIL_FROM, send: sesSender(base.env.AWS_REGION) } };
  return mailing;
}
