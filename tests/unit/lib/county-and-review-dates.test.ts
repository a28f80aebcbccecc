import { describe, expect, it } from 'vitest';
import { withCounty } from '../../../src/core/municipality.ts';
import { contactFor } from '../../../src/core/contact.ts';
import { loadMunicipality } from '../../../src/lib/municipality.ts';
import { monthsLater } from '../../../src/core/articles/model.ts';
import { articleSchema } from '../../../src/core/schemas/article.ts';
import { countySchema } from '../../../src/core/schemas/municipality.ts';

describe('the county file', () => {
  const jevnaker = loadMunicipality('content/municipality.json');
  const halden = loadMunicipality('content/municipalities/halden.json');

  it('brings TT-kort, tannhelse, pasientreiser and Statsforvalteren from the county each kommune points to', () => {
    for (const id of ['tt-kort', 'tannhelse', 'pasientreiser', 'statsforvalter', 'spaserstokken']) {
      expect(jevnaker.services[id]?.viaSwitchboard, id).toBe(false);
      expect(halden.services[id]?.viaSwitchboard, id).toBe(false);
    }
    for (const id of ['tt-kort', 'tannhelse', 'spaserstokken']) expect(halden.services[id]?.name, id).not.toBe(jevnaker.services[id]?.name);
  });

  it('puts Jevnaker in Akershus, with the Statsforvalter for Østfold, Buskerud, Oslo og Akershus', () => {
    expect(jevnaker.county).toBe('Akershus fylkeskommune');
    expect(jevnaker.countyConfig).toBe('content/counties/akershus.json');
    expect(jevnaker.services['tt-kort']?.name).toContain('Akershus');
    expect(jevnaker.services.tannhelse?.name).toContain('Akershus');
    expect(jevnaker.countyGovernor).toBe('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    expect(jevnaker.services.statsforvalter?.url).toBe('https://www.statsforvalteren.no/nb/ostfold-buskerud-oslo-og-akershus/om-oss/');
    expect(halden.county).toBe('Østfold fylkeskommune');
    expect(JSON.stringify(jevnaker)).not.toMatch(/Innlandet|innlandetfylke/);
  });

  it('says the three-month rule for free dental care holds for home nursing as for a nursing home', () => {
    for (const config of [jevnaker, halden])
      expect(config.services.tannhelse?.description).toMatch(/hjemmesykepleie eller bodd på sykehjem i minst tre måneder/);
  });

  it('refuses a service id that both the kommune and the county define', () => {
    const county = countySchema.parse({
      name: 'Testfylket',
      website: 'https://example.no/',
      services: { servicetorget: { name: 'Dobbel', description: 'En tjeneste som finnes to steder.' } },
    });
    expect(() => withCounty(jevnaker, county)).toThrow(/servicetorget/);
  });

  it('never sends a reader to the kommune switchboard for a county or state service with a website', () => {
    const statsforvalter = jevnaker.services.statsforvalter;
    if (!statsforvalter) throw new Error('statsforvalter mangler');
    expect(contactFor(jevnaker, statsforvalter)).toMatchObject({ phone: undefined, via: undefined });
  });
});

describe('«Neste gjennomgang»', () => {
  const base = {
    title: 'Tittel',
    summary: 'Kort fortalt her. Svarer alene.',
    area: 'helse',
    sources: [{ title: 'Helsenorge', url: 'https://www.helsenorge.no/' }],
  };

  it('defaults to twelve months after «Sist gjennomgått»', () => {
    expect(
      articleSchema
        .parse({ ...base, reviewed: '2026-11-30' })
        .nextReview.toISOString()
        .slice(0, 10),
    ).toBe('2027-11-30');
  });

  it('keeps a date the editor set', () => {
    expect(
      articleSchema
        .parse({ ...base, reviewed: '2026-11-30', nextReview: '2027-05-01' })
        .nextReview.toISOString()
        .slice(0, 10),
    ).toBe('2027-05-01');
  });

  it('falls back to the month’s last day', () => {
    expect(monthsLater(new Date('2027-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2027-02-28');
  });
});
