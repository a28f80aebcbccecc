/**
 * An e-mail from a kommune of a book names the kommune on its first line (and, to the editors, who
 * may read several kommuner's mail in one mailbox, in its subject) and links under the kommune's
 * own address; a link to the API names the kommune. A kommune on its own gets the e-mails it always got.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../../../src/core/articles/reviews.ts';
import { useLanguage } from '../../../src/core/text/language.ts';
import { reviewOverdueMail, reviewRequestMail } from '../../../functions/shared/mail/messages.ts';
import { digestMail } from '../../../functions/insight/digest-mail.ts';
import { mailSite, siteLink, type MailSite } from '../../../functions/shared/mail/mail-site.ts';

const review: Review = {
  slug: 'sykehjem',
  version: 4,
  title: 'Sykehjem',
  councilId: 'rad-1',
  councilName: 'Eldrerådet',
  deadline: '2026-12-20',
  requestedBy: 'Kari Redaktør',
  requestedAt: '2026-12-01T10:00:00.000Z',
  public: false,
};
const verdal: MailSite = { url: 'https://abc.levanger.kommune.no/verdal/', kommune: { id: 'verdal', name: 'Verdal kommune' } };
const alone: MailSite = { url: 'https://abc.jevnaker.kommune.no' };
const links = (text: string) => text.match(/https:\/\/\S+/g) ?? [];

afterEach(() => useLanguage(undefined));

describe('an e-mail from a kommune of a book', () => {
  it('opens with the kommune’s name and links under its address', () => {
    const mail = reviewRequestMail(review, 'rad@example.no', verdal);
    expect(mail.text.startsWith('Alderdommens ABC for Verdal kommune\n\nHei!')).toBe(true);
    expect(links(mail.text)).toEqual(['https://abc.levanger.kommune.no/verdal/rad/']);
  });

  it('names the kommune in the subject of the editors’ notices', () => {
    const mail = reviewOverdueMail(review, 'redaksjonen@example.no', verdal);
    expect(mail.subject).toBe('Verdal kommune: Fristen gikk ut uten uttalelse fra Eldrerådet: «Sykehjem»');
    expect(links(mail.text)).toEqual(['https://abc.levanger.kommune.no/verdal/redaksjon/#artikkel/sykehjem']);
  });

  it('is in nynorsk for a nynorsk kommune, the monthly digest too', () => {
    useLanguage('nn');
    const voss: MailSite = { url: 'https://abc.example.no/voss/', kommune: { id: 'voss', name: 'Voss herad' } };
    const mail = digestMail(
      { name: 'Eldrerådet' },
      { from: '2026-11-01', to: '2026-11-30', missed: [], pages: [] },
      'rad@example.no',
      voss,
    );
    expect(mail.text.startsWith('Alderdommens ABC for Voss herad\n\n')).toBe(true);
    expect(mail.text).toContain('Helsing redaksjonen i Alderdommens ABC');
    expect(links(mail.text).every((link) => link.startsWith('https://abc.example.no/voss/'))).toBe(true);
  });

  it('links to the API at the book’s address, naming the kommune', () => {
    expect(siteLink(verdal, '/api/folg?referanse=ABC-12')).toBe('https://abc.levanger.kommune.no/api/folg?referanse=ABC-12&kommune=verdal');
    expect(siteLink(alone, '/api/folg?referanse=ABC-12')).toBe('https://abc.jevnaker.kommune.no/api/folg?referanse=ABC-12');
  });
});

describe('an e-mail from a kommune on its own', () => {
  it('is as it always was: no kommune line, links under the site', () => {
    const mail = reviewOverdueMail(review, 'redaksjonen@example.no', alone);
    expect(mail.subject).toBe('Fristen gikk ut uten uttalelse fra Eldrerådet: «Sykehjem»');
    expect(mail.text.startsWith('Hei!')).toBe(true);
    expect(links(mail.text)).toEqual(['https://abc.jevnaker.kommune.no/redaksjon/#artikkel/sykehjem']);
    expect(mailSite({ env: { SITE_URL: 'https://abc.jevnaker.kommune.no' } })).toEqual(alone);
  });
});
