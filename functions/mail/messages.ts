/**
 * The e-mails the book sends, in plain Norwegian: the reference, one link, nothing else personal
 * (an answer editors did not make public goes in the e-mail itself, since «Følg forslaget» shows only public ones).
 * Who gets one: a citizen who asked for answers by e-mail (when the suggestion is answered or its
 * change is published) and a council with a contact address (when its suggestion changes status
 * or editors ask for its statement on an article).
 */
import type { Review } from '../../src/core/articles/reviews.ts';
import { norwegianDate } from '../../src/core/norwegian-date.ts';
import type { Suggestion } from '../../src/core/suggestions/types.ts';
import { paths } from '../../src/core/paths.ts';
import { followStage } from '../../src/core/suggestions/public-status.ts';
import { mailText } from '../../src/core/text/mail.ts';

export type MailEvent = 'answered' | 'published' | 'council-status' | 'review-requested';

export type OutgoingMail = { event: MailEvent; to: string; subject: string; text: string; reference: string };

const STAGE_WORDS = {
  received: 'stage.received',
  'in-progress': 'stage.in-progress',
  published: 'stage.published',
  answered: 'stage.answered',
  declined: 'stage.declined',
} as const;

function body(main: string, footer: string): string {
  return `${main}\n\n${mailText('signature')}\n\n${footer}\n`;
}

/** What a citizen is told after an editor's change, if anything: published beats answered. */
export function citizenMail(before: Suggestion, after: Suggestion, email: string, siteUrl: string): OutgoingMail | undefined {
  if (!after.reference || !after.notify) return undefined;
  const link = new URL(paths.follow(after.reference), siteUrl).href;
  const vars = { reference: after.reference, link };
  if (after.status === 'published' && after.publishedPage !== undefined && before.status !== 'published') {
    return {
      event: 'published',
      to: email,
      reference: after.reference,
      subject: mailText('published.subject', vars),
      text: body(mailText('published.body', vars), mailText('footer.citizen')),
    };
  }
  const newlyAnswered = after.publicAnswer !== undefined && after.publicAnswer !== before.publicAnswer;
  const newlyDeclined = (after.status === 'rejected' || after.status === 'duplicate') && after.status !== before.status;
  if (newlyAnswered || newlyDeclined) {
    return {
      event: 'answered',
      to: email,
      reference: after.reference,
      subject: mailText('answered.subject', vars),
      text: body(
        after.publicAnswer !== undefined && !after.public
          ? mailText('answered.bodyWithAnswer', { ...vars, answer: after.publicAnswer })
          : mailText('answered.body', vars),
        mailText('footer.citizen'),
      ),
    };
  }
  return undefined;
}

/** What a council is told when its suggestion changes status. */
export function councilMail(before: Suggestion, after: Suggestion, email: string, siteUrl: string): OutgoingMail | undefined {
  if (!after.reference || after.source.type !== 'council' || after.status === before.status) return undefined;
  const vars = {
    reference: after.reference,
    council: after.source.councilName,
    status: mailText(STAGE_WORDS[followStage(after.status, after.publishedPage !== undefined)]),
    link: new URL(paths.council, siteUrl).href,
  };
  return {
    event: 'council-status',
    to: email,
    reference: after.reference,
    subject: mailText('council.subject', vars),
    text: body(mailText('council.body', vars), mailText('footer.council')),
  };
}

/** What a council is told when editors ask for its statement on a revision. */
export function reviewRequestMail(review: Review, email: string, siteUrl: string): OutgoingMail {
  const vars = {
    council: review.councilName,
    title: review.title,
    deadline: norwegianDate(`${review.deadline}T12:00:00Z`),
    link: new URL(paths.council, siteUrl).href,
  };
  return {
    event: 'review-requested',
    to: email,
    reference: `${review.title} (${review.version})`,
    subject: mailText('review.subject', vars),
    text: body(mailText('review.body', vars), mailText('footer.council')),
  };
}
