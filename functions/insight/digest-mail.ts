/**
 * The monthly e-mail to a council: the missed searches and the pages most often answered «nei»
 * in the period, each above the privacy floor, with where to suggest and where to read more.
 * Plain Norwegian, never a reader's anything: only questions many asked, and counts. No AWS here.
 */
import { norwegianDate } from '../../src/core/norwegian-date.ts';
import type { CouncilInsight } from '../../src/core/insight/model.ts';
import { paths } from '../../src/core/paths.ts';
import { insightText } from '../../src/core/text/insight.ts';
import { mailText } from '../../src/core/text/mail.ts';
import { kommuneLine, type OutgoingMail } from '../shared/mail/messages.ts';
import { siteLink, type MailSite } from '../shared/mail/mail-site.ts';

const dateOf = (day: string) => norwegianDate(`${day}T12:00:00Z`);

export function digestMail(council: { name: string }, insight: CouncilInsight, email: string, site: MailSite): OutgoingMail {
  const link = (path: string) => siteLink(site, path);
  const period = { from: dateOf(insight.from), to: dateOf(insight.to) };
  const missed =
    insight.missed.length > 0
      ? [insightText('digest.missedHeading'), ...insight.missed.map((search) => insightText('digest.missedLine', search))]
      : [insightText('digest.noMissed')];
  const pages =
    insight.pages.length > 0
      ? [
          insightText('digest.pagesHeading'),
          ...insight.pages.map((page) => insightText('digest.pageLine', { ...page, link: link(paths.article(page.slug)) })),
        ]
      : [insightText('digest.noPages')];
  const text = [
    kommuneLine(site) + insightText('digest.intro', { council: council.name, ...period }),
    missed.join('\n'),
    pages.join('\n'),
    insightText('digest.outro', { suggest: link(paths.suggest({ kind: 'new-topic' })), councilPage: link(paths.council) }),
    mailText('signature'),
    mailText('footer.council'),
  ].join('\n\n');
  return {
    event: 'insight-digest',
    to: email,
    reference: `${insight.from}–${insight.to}`,
    subject: insightText('digest.subject', period),
    text: `${text}\n`,
  };
}
