/** The e-mails the book sends to citizens and councils: subjects, bodies, footers. */
import mail from './nb/mail.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export const mailText = lookup(mail);
