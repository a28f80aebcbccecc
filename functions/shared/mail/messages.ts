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
import { siteLink, type MailSite } from './mail-site.ts';

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

/** In a book of several kommuner every e-mail opens with the kommune it is from. */
export const kommuneLine = (site: MailSite): string =>
  site.kommune ? `${mailText('kommune.line', { kommune: site.kommune.name })}\n\n` : '';

function body(site: MailSite, main: string, footer: string): string {
  return `${kommuneLine(site)}${main}\n\n${mailText('signature')}\n\n${footer}\n`;
}

/** The subject of an e-mail to the editors, who may read several kommuner's in one mailbox: in a book it names the kommune. */
const editorsSubject = (site: MailSite, subject: string): string =>
  site.kommune ? mailText('kommune.subject', { kommune: site.kommune.name, subject }) : subject;

/** The one-tap status link: «Følg forslaget» with the reference in the address. */
const followLink = (reference: string, site: MailSite) => siteLink(site, paths.follow(reference));

/** The receipt whoever sends a suggestion with an e-mail address gets: the reference, what happens next, the status link. */
export function receiptMail(suggestion: Suggestion & { reference: string }, email: string, site: MailSite): OutgoingMail {
  const vars = {
    reference: suggestion.reference,
    link: followLink(suggestion.reference, site),
    next: mailText(suggestion.notify ? 'receipt.notify' : 'receipt.noNotify'),
  };
  return {
    event: 'receipt',
    to: email,
    reference: suggestion.reference,
    subject: mailText('receipt.subject', vars),
    text: body(site, mailText('receipt.body', vars), mailText('footer.receipt')),
  };
}

/** What a citizen is told after an editor's change, if anything: published beats answered. The answer itself is in it. */
export function citizenMail(before: Suggestion, after: Suggestion, email: string, site: MailSite): OutgoingMail | undefined {
  if (!after.reference || !after.notify) return undefined;
  const vars = {
    reference: after.reference,
    link: followLink(after.reference, site),
    answer: after.publicAnswer !== undefined ? mailText('answer', { answer: after.publicAnswer }) : '',
  };
  if (after.status === 'published' && after.publishedPage !== undefined && before.status !== 'published') {
    return {
      event: 'published',
      to: email,
      reference: after.reference,
      subject: mailText('published.subject', vars),
      text: body(site, mailText('published.body', vars), mailText('footer.citizen')),
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
      text: body(site, mailText('answered.body', vars), mailText('footer.citizen')),
    };
  }
  return undefined;
}

/** What a council is told when its suggestion changes status. */
export function councilMail(before: Suggestion, after: Suggestion, email: string, site: MailSite): OutgoingMail | undefined {
  if (!after.reference || after.source.type !== 'council' || after.status === before.status) return undefined;
  const vars = {
    reference: after.reference,
    council: after.source.councilName,
    status: mailText(STAGE_WORDS[followStage(after.status, after.publishedPage !== undefined)]),
    link: siteLink(site, paths.council),
  };
  return {
    event: 'council-status',
    to: email,
    reference: after.reference,
    subject: mailText('council.subject', vars),
    text: body(site, mailText('council.body', vars), mailText('footer.council')),
  };
}

/** The facts every review e-mail names: the council, the page, the version, the deadline, and where to go. */
function reviewVars(review: Review, site: MailSite) {
  return {
    council: review.councilName,
    title: review.title,
    version: review.version,
    deadline: norwegianDate(`${review.deadline}T12:00:00Z`),
    link: siteLink(site, paths.council),
  };
}

/** A review e-mail: the outbox names it by the page and the version. */
function reviewMail(event: MailEvent, review: Review, to: string, subject: string, text: string): OutgoingMail {
  return { event, to, reference: `${review.title} (${review.version})`, subject, text };
}

/** What a council is told when editors ask for its statement on a revision: the page, the version, why it changed, the deadline. */
export function reviewRequestMail(review: Review, email: string, site: MailSite): OutgoingMail {
  const vars = {
    ...reviewVars(review, site),
    reason: review.reason?.note ? mailText('review.reason', { note: review.reason.note }) : '',
  };
  return reviewMail(
    'review-requested',
    review,
    email,
    mailText('review.subject', vars),
    body(site, mailText('review.body', vars), mailText('footer.council')),
  );
}

/** What a council is told when editors move the deadline of a request. */
export function reviewDeadlineMail(review: Review, email: string, site: MailSite): OutgoingMail {
  const vars = reviewVars(review, site);
  return reviewMail(
    'review-deadline',
    review,
    email,
    mailText('review.deadline.subject', vars),
    body(site, mailText('review.deadline.body', vars), mailText('footer.council')),
  );
}

/** The council's reminder two days before the deadline. */
export function reviewReminderMail(review: Review, email: string, site: MailSite): OutgoingMail {
  const vars = reviewVars(review, site);
  return reviewMail(
    'review-reminder',
    review,
    email,
    mailText('review.reminder.subject', vars),
    body(site, mailText('review.reminder.body', vars), mailText('footer.council')),
  );
}

/** In place of the reminder, for a council without an e-mail address: the editors are asked to remind it another way. */
export function remindByHandMail(review: Review, editorsEmail: string, site: MailSite): OutgoingMail {
  const vars = {
    ...reviewVars(review, site),
    councilPage: siteLink(site, paths.council),
    link: siteLink(site, paths.editorsArticle(review.slug)),
  };
  return reviewMail(
    'review-remind-by-hand',
    review,
    editorsEmail,
    editorsSubject(site, mailText('review.remindByHand.subject', vars)),
    body(site, mailText('review.remindByHand.body', vars), mailText('footer.editors')),
  );
}

/** The editors' notice that a deadline passed without a statement. */
export function reviewOverdueMail(review: Review, editorsEmail: string, site: MailSite): OutgoingMail {
  const vars = { ...reviewVars(review, site), link: siteLink(site, paths.editorsArticle(review.slug)) };
  return reviewMail(
    'review-overdue',
    review,
    editorsEmail,
    editorsSubject(site, mailText('review.overdue.subject', vars)),
    body(site, mailText('review.overdue.body', vars), mailText('footer.editors')),
  );
}

/** The editors' news that a council gave (or changed) its statement, with the statement itself. */
export function reviewStatementMail(review: Review & { statement: ReviewStatement }, editorsEmail: string, site: MailSite): OutgoingMail {
  const { statement } = review;
  const vars = {
    ...reviewVars(review, site),
    council: statement.council,
    verdict: mailText(statement.verdict === 'recommend' ? 'review.verdict.recommend' : 'review.verdict.remarks'),
    remarks: statement.text ? mailText('review.statement.remarks', { text: statement.text }) : '',
    link: siteLink(site, paths.editorsArticle(review.slug)),
  };
  const changed = (review.earlierStatements?.length ?? 0) > 0;
  return reviewMail(
    'review-statement',
    review,
    editorsEmail,
    editorsSubject(site, mailText(changed ? 'review.changed.subject' : 'review.statement.subject', vars)),
    body(site, mailText('review.statement.body', vars), mailText('footer.editors')),
  );
}

/** What a council is told when the text it was asked about (or a later version) is published, with the page. */
export function reviewPublishedMail(review: Review, liveVersion: number, email: string, site: MailSite): OutgoingMail {
  const vars = { ...reviewVars(review, site), live: liveVersion, link: siteLink(site, paths.article(review.slug)) };
  return reviewMail(
    'review-published',
    review,
    email,
    mailText('review.published.subject', vars),
    body(site, mailText('review.published.body', vars), mailText('footer.council')),
  );
}

/**
 * The editors' notice of a new request to post the book: the edition and when, never the name or
 * the address (those stay on /redaksjon/, where «Merk som sendt» erases them; a mailbox would keep them).
 */
export function orderNoticeMail(order: Order, editorsEmail: string, site: MailSite): OutgoingMail {
  const edition = ordersText(`edition.${order.edition}`);
  const vars = {
    edition,
    when: norwegianDate(order.createdAt),
    via: order.channel
      ? mailText('order.via', { editor: order.channel.registeredBy, channel: mailText(`order.channel.${order.channel.via}`) })
      : '',
    link: siteLink(site, `${paths.editors}#bestillinger`),
    expires: order.expiresAt ? norwegianDate(order.expiresAt) : '',
  };
  return {
    event: 'order',
    to: editorsEmail,
    reference: edition,
    subject: editorsSubject(site, mailText('order.subject', vars)),
    text: body(site, mailText('order.body', vars), mailText('footer.editors')),
  };
}
