import { describe, expect, it } from 'vitest';
import { onKommuneSite } from '../../../functions/shared/kommune-redirect.ts';
import { seeOther } from '../../../functions/shared/http.ts';

const env = {
  BOOK_KOMMUNE_PROFILES: {
    levanger: { name: 'Levanger kommune', siteUrl: 'https://abc.example.no/levanger/', language: 'nb' as const },
    verdal: { name: 'Verdal kommune', siteUrl: 'https://abc.verdal.example.no/', language: 'nb' as const },
  },
};
const location = (path: string, kommune?: string) =>
  onKommuneSite(seeOther(path), { env, ...(kommune ? { kommune } : {}) }).headers!.location;

describe('a page the API sends a reader of a kommune of a book on to', () => {
  it('is under the kommune’s prefix', () => {
    expect(location('/foresla/?feil=tekst#feil-tekst', 'levanger')).toBe('https://abc.example.no/levanger/foresla/?feil=tekst#feil-tekst');
  });

  it('keeps an address the kommune’s own page already gave under its prefix', () => {
    expect(location('/levanger/sykehjem/#takk-for-tilbakemeldingen', 'levanger')).toBe(
      'https://abc.example.no/levanger/sykehjem/#takk-for-tilbakemeldingen',
    );
  });

  it('is on the kommune’s own host when it has one', () => {
    expect(location('/sok/', 'verdal')).toBe('https://abc.verdal.example.no/sok/');
  });

  it('leaves the API’s own addresses, and every address of a kommune on its own, as they are', () => {
    expect(location('/api/foresla/takk?id=abc&kommune=levanger', 'levanger')).toBe('/api/foresla/takk?id=abc&kommune=levanger');
    expect(location('/foresla/takk/')).toBe('/foresla/takk/');
  });
});
