/**
 * The e-mails the book sends, in plain Norwegian: the reference, the editors' answer (public or
 * not: «Følg forslaget» shows only public ones), one link, nothing else personal (never the
 * sender's own words). Who gets one: whoever sent a suggestion
 * with an e-mail address (a receipt at once), a citizen who asked for answers by e-mail (when the
 * suggestion is answered or its change is published) and a council with a contact address (when
 * its suggestion changes status or editors ask for its statement on an article).
 */
import type { Review, ReviewStatement } from '../../../src/core/articles/reviews.ts';
import { norwegianDate } from '../../../src/core/norwegian-date.ts';
import type { Suggestion } from '../../../src/core/suggestions/types.ts';
import { paths } from '../../../src/core/paths.ts';
import { followStage } from '../../../src/core/suggestions/public-status.ts';
import { mailText } from '../../../src/core/text/mail.ts';
import type { Order } from '../../../src/core/orders/schema.ts';
import { ordersText } from '../../../src/core/text/orders.ts';

export type MailEvent =
  | 'receipt'
  | 'answered'
  | 'published'
  | 'council-status'
  | 'review-requested'
  | 'review-deadline'
  | 'review-reminder'
  | 'review-remind-by-hand'
  | 'review-overdue'
  | 'review-statement'
  | 'review-published'
  | 'insight-digest'
  | 'order';

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

/** The one-tap status link: «Følg forslaget» with the reference in the address. */
const followLink = (reference: string, siteUrl: string) => new URL(paths.follow(reference), siteUrl).href;

/** The receipt whoever sends a suggestion with an e-mail address gets: the reference, what happens next, the status link. */
export function receiptMail(suggestion: Suggestion & { reference: string }, email: string, siteUrl: string): OutgoingMail {
  const vars = {
    reference: suggestion.reference,
    link: followLink(suggestion.reference, siteUrl),
    next: mailText(suggestion.notify ? 'receipt.notify' : 'receipt.noNotify'),
  };
  return {
    event: 'receipt',
    to: email,
    reference: suggestion.reference,
    subject: mailText('receipt.subject', vars),
    text: body(mailText('receipt.body', vars), mailText('footer.receipt')),
  };
}

/** What a citizen is told after an editor's change, if anything: published beats answered. The answer itself is in it. */
export function citizenMail(before: Suggestion, after: Suggestion, email: string, siteUrl: string): OutgoingMail | undefined {
  if (!after.reference || !after.notify) return undefined;
  const vars = {
    reference: after.reference,
    link: followLink(after.reference, siteUrl),
    answer: after.publicAnswer !== undefined ? mailText('answer', { answer: after.publicAnswer }) : '',
  };
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
      text: body(mailText('answered.body', vars), mailText('footer.citizen')),
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

/** The facts every review e-mail names: the council, the page, the version, the deadline, and where to go. */
function reviewVars(review: Review, siteUrl: string) {
  return {
    council: review.councilName,
    title: review.title,
    version: review.version,
    deadline: norwegianDate(`${review.deadline}T12:00:00Z`),
    link: new URL(paths.council, siteUrl).href,
  };
}

/** A review e-mail: the outbox names it by the page and the version. */
function reviewMail(event: MailEvent, review: Review, to: string, subject: string, text: string): OutgoingMail {
  return { event, to, reference: `${review.title} (${review.version})`, subject, text };
}

/** What a council is told when editors ask for its statement on a revision: the page, the version, why it changed, the deadline. */
export function reviewRequestMail(review: Review, email: string, siteUrl: string): OutgoingMail {
  const vars = {
    ...reviewVars(review, siteUrl),
    reason: review.reason?.note ? mailText('review.reason', { note: review.reason.note }) : '',
  };
  return reviewMail(
    'review-requested',
    review,
    email,
    mailText('review.subject', vars),
    body(mailText('review.body', vars), mailText('footer.council')),
  );
}

/** What a council is told when editors move the deadline of a request. */
export function reviewDeadlineMail(review: Review, email: string, siteUrl: string): OutgoingMail {
  const vars = reviewVars(review, siteUrl);
  return reviewMail(
    'review-deadline',
    review,
    email,
    mailText('review.deadline.subject', vars),
    body(mailText('review.deadline.body', vars), mailText('footer.council')),
  );
}

/** The council's reminder two days before the deadline. */
export function reviewReminderMail(review: Review, email: string, siteUrl: string): OutgoingMail {
  const vars = reviewVars(review, siteUrl);
  return reviewMail(
    'review-reminder',
    review,
    email,
    mailText('review.reminder.subject', vars),
    body(mailText('review.reminder.body', vars), mailText('footer.council')),
  );
}

/** In place of the reminder, for a council without an e-mail address: the editors are asked to remind it another way. */
export function remindByHandMail(review: Review, editorsEmail: string, siteUrl: string): OutgoingMail {
  const vars = {
    ...reviewVars(review, siteUrl),
    councilPage: new URL(paths.council, siteUrl).href,
    link: new URL(paths.editorsArticle(review.slug), siteUrl).href,
  };
  return reviewMail(
    'review-remind-by-hand',
    review,
    editorsEmail,
    mailText('review.remindByHand.subject', vars),
    body(mailText('review.remindByHand.body', vars), mailText('footer.editors')),
  );
}

/** The editors' notice that a deadline passed without a statement. */
export function reviewOverdueMail(review: Review, editorsEmail: string, siteUrl: string): OutgoingMail {
  const vars = { ...reviewVars(review, siteUrl), link: new URL(paths.editorsArticle(review.slug), siteUrl).href };
  return reviewMail(
    'review-overdue',
    review,
    editorsEmail,
    mailText('review.overdue.subject', vars),
    body(mailText('review.overdue.body', vars), mailText('footer.editors')),
  );
}

/** The editors' news that a council gave (or changed) its statement, with the statement itself. */
export function reviewStatementMail(review: Review & { statement: ReviewStatement }, editorsEmail: string, siteUrl: string): OutgoingMail {
  const { statement } = review;
  const vars = {
    ...reviewVars(review, siteUrl),
    council: statement.council,
    verdict: mailText(statement.verdict === 'recommend' ? 'review.verdict.recommend' : 'review.verdict.remarks'),
    remarks: statement.text ? mailText('review.statement.remarks', { text: statement.text }) : '',
    link: new URL(paths.editorsArticle(review.slug), siteUrl).href,
  };
  const changed = (review.earlierStatements?.length ?? 0) > 0;
  return reviewMail(
    'review-statement',
    review,
    editorsEmail,
    mailText(changed ? 'review.changed.subject' : 'review.statement.subject', vars),
    body(mailText('review.statement.body', vars), mailText('footer.editors')),
  );
}

/** What a council is told when the text it was asked about (or a later version) is published, with the page. */
export function reviewPublishedMail(review: Review, liveVersion: number, email: string, siteUrl: string): OutgoingMail {
  const vars = { ...reviewVars(review, siteUrl), live: liveVersion, link: new URL(paths.article(review.slug), siteUrl).href };
  return reviewMail(
    'review-published',
    review,
    email,
    mailText('review.published.subject', vars),
    body(mailText('review.published.body', vars), mailText('footer.council')),
  );
}

/**
 * The editors' notice of a new request to post the book: the edition and when, never the name or
 * the address (those stay on /redaksjon/, where «Merk som sendt» erases them; a mailbox would keep them).
 */
export function orderNoticeMail(order: Order, editorsEmail: string, siteUrl: string): OutgoingMail {
  const edition = ordersText(`edition.${order.edition}`);
  const vars = {
    edition,
    when: norwegianDate(order.createdAt),
    via: order.channel
      ? mailText('order.via', { editor: order.channel.registeredBy, channel: mailText(`order.channel.${order.channel.via}`) })
      : '',
    link: new URL(`${paths.editors}#bestillinger`, siteUrl).href,
    expires: order.expiresAt ? norwegianDate(order.expiresAt) : '',
  };
  return {
    event: 'order',
    to: editorsEmail,
    reference: edition,
    subject: mailText('order.subject', vars),
    text: body(mailText('order.body', vars), mailText('footer.editors')),
  };
}
