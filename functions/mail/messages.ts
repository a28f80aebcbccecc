/**
 * The e-mails the book sends, in plain Norwegian: the reference, one link, nothing else personal.
 * Who gets one: a citizen who asked for answers by e-mail (when the suggestion is answered or its
 * change is published) and a council with a contact address (when its suggestion changes status).
 */
import type { Suggestion } from '../shared/storage/index.ts';
import { paths } from '../../src/core/paths.ts';
import { followStage } from '../../src/core/suggestions/public-status.ts';
import { apiText } from '../../src/core/text/api.ts';

export type MailEvent = 'answered' | 'published' | 'council-status';

export type OutgoingMail = { event: MailEvent; to: string; subject: string; text: string; reference: string };

const STAGE_WORDS = {
  received: 'mail.stage.received',
  'in-progress': 'mail.stage.in-progress',
  published: 'mail.stage.published',
  answered: 'mail.stage.answered',
  declined: 'mail.stage.declined',
} as const;

function body(main: string, footer: string): string {
  return `${main}\n\n${apiText('mail.signature')}\n\n${footer}\n`;
}

/** What a citizen is told after an editor's change, if anything: published beats answered. */
export function citizenMail(before: Suggestion, after: Suggestion, email: string, siteUrl: string): OutgoingMail | undefined {
  if (!after.reference || !after.notify) return undefined;
  const link = new URL(paths.follow(after.reference), siteUrl).href;
  const vars = { reference: after.reference, link };
  if (after.status === 'published' && before.status !== 'published') {
    return { event: 'published', to: email, reference: after.reference, subject: apiText('mail.published.subject', vars), text: body(apiText('mail.published.body', vars), apiText('mail.footer.citizen')) };
  }
  const newlyAnswered = after.publicAnswer !== undefined && after.publicAnswer !== before.publicAnswer;
  const newlyDeclined = (after.status === 'rejected' || after.status === 'duplicate') && after.status !== before.status;
  if (newlyAnswered || newlyDeclined) {
    return { event: 'answered', to: email, reference: after.reference, subject: apiText('mail.answered.subject', vars), text: body(apiText('mail.answered.body', vars), apiText('mail.footer.citizen')) };
  }
  return undefined;
}

/** What a council is told when its suggestion changes status. */
export function councilMail(before: Suggestion, after: Suggestion, email: string, siteUrl: string): OutgoingMail | undefined {
  if (!after.reference || after.source.type !== 'council' || after.status === before.status) return undefined;
  const vars = {
    reference: after.reference,
    council: after.source.councilName,
    status: apiText(STAGE_WORDS[followStage(after.status, after.topic !== undefined)]),
    link: new URL(paths.council, siteUrl).href,
  };
  return { event: 'council-status', to: email, reference: after.reference, subject: apiText('mail.council.subject', vars), text: body(apiText('mail.council.body', vars), apiText('mail.footer.council')) };
}
