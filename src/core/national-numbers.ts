/**
 * Phone numbers that are the same in every kommune, so article text may name them. Any other
 * number in an article body is a local fact and must come from the config (`<Local>`), where
 * it has a source and changes with the kommune.
 */
export const NATIONAL_NUMBERS: ReadonlyArray<{
  phone: string;
  name: string;
  url: string;
  /** True when the number answers «hele døgnet», as the page at `url` and the book's articles say. */
  roundTheClock?: true;
}> = [
  { phone: '113', name: 'Medisinsk nødtelefon', url: 'https://www.helsenorge.no/akutt-og-legevakt/', roundTheClock: true },
  { phone: '112', name: 'Politiet', url: 'https://www.politiet.no/', roundTheClock: true },
  { phone: '110', name: 'Brannvesenet', url: 'https://www.dsb.no/', roundTheClock: true },
  { phone: '02800', name: 'Politiet når det ikke haster', url: 'https://www.politiet.no/' },
  { phone: '116 117', name: 'Legevakten', url: 'https://www.helsenorge.no/legevakt/', roundTheClock: true },
  { phone: '23 32 70 00', name: 'Helsenorge veiledning', url: 'https://www.helsenorge.no/kontakt-oss/' },
  { phone: '55 55 33 33', name: 'Nav', url: 'https://www.nav.no/kontaktoss' },
  { phone: '55 55 33 39', name: 'Navs telefon om økonomi og gjeld', url: 'https://www.nav.no/okonomi-gjeld' },
  { phone: '800 30 196', name: 'Vern for eldre', url: 'https://www.vernforeldre.no/' },
  { phone: '22 40 00 40', name: 'Kirkens SOS', url: 'https://www.kirkens-sos.no/', roundTheClock: true },
  { phone: '116 123', name: 'Mental Helses hjelpetelefon', url: 'https://mentalhelse.no/', roundTheClock: true },
  { phone: '22 59 13 00', name: 'Giftinformasjonen', url: 'https://www.helsenorge.no/giftinformasjon/' },
  { phone: '800 80 000', name: 'Skatteetaten', url: 'https://www.skatteetaten.no/kontakt/' },
];

/** Nav's national number, shown where a relative in another kommune needs a first place to ask. */
export const NAV_PHONE = '55 55 33 33';
