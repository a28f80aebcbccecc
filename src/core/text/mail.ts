/** The e-mails the book sends to citizens and councils: subjects, bodies, footers. */
import mail from './nb/mail.json' with { type: 'json' };
import mailNn from './nn/mail.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const mailText = lookupIn({ nb: mail, nn: mailNn });
