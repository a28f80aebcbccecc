import { describe, expect, it } from 'vitest';
import { contactFor, kommuneWebsite } from '../../../src/core/contact.ts';
import { countySchema, municipalitySchema } from '../../../src/core/schemas/municipality.ts';
import { withCounty } from '../../../src/core/municipality.ts';

const weekdays = { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '14:00' }] };

const kommune = withCounty(
  municipalitySchema.parse({
    name: 'Testby kommune',
    shortName: 'Testby',
    logoText: 'Testby kommune',
    county: 'Testfylke fylkeskommune',
    countyConfig: 'content/counties/test.json',
    countyGovernor: 'Statsforvalteren i Testfylke',
    website: 'https://www.testby.kommune.no',
    siteUrl: 'https://abc.testby.kommune.no',
    switchboard: { phone: '11 11 11 11', hours: 'kl. 10–14', openingHours: weekdays },
    email: 'post@testby.kommune.no',
    address: { street: 'Torget 1', postalCode: '1234', city: 'Testby' },
    serviceDesk: { name: 'Servicetorget', address: 'Torget 1' },
    emergency: { medical: '113', police: '112', fire: '110', afterHoursDoctor: '116 117', elderAbuseHelpline: '800 30 196' },
    services: {
      hjemmetjenesten: { name: 'Hjemmetjenesten', description: 'Gir hjemmesykepleie.', phone: '22 22 22 22', openingHours: weekdays },
      sykehjem: { name: 'Sykehjemmet', description: 'Gir plass på sykehjem.', openingHours: { allDay: true } },
      'helse-og-omsorg': { name: 'Helse og omsorg', description: 'Helse og omsorg i kommunen.', phone: '33 33 33 33' },
      tildeling: { name: 'Tildelingskontoret', description: 'Tar imot søknader.', askVia: 'helse-og-omsorg' },
      frivilligsentral: { name: 'Frivilligsentralen', description: 'Formidler besøksvenner.' },
    },
  }),
  countySchema.parse({
    name: 'Testfylke fylkeskommune',
    services: {
      statsforvalter: {
        name: 'Statsforvalteren',
        description: 'Behandler klager.',
        url: 'https://www.statsforvalteren.no/',
        viaSwitchboard: false,
      },
      'tt-kort': { name: 'TT-ordningen', description: 'Gir TT-kort til den som trenger.', viaSwitchboard: false },
    },
  }),
);
const service = (id: string) => kommune.services[id]!;

describe('a contact card', () => {
  it('gives «Åpent nå» only the hours of a service with its own number', () => {
    expect(contactFor(kommune, service('hjemmetjenesten'))).toMatchObject({ phone: '22 22 22 22', via: undefined, liveHours: weekdays });
  });

  it('sends a service without its own number through the switchboard, with the switchboard’s hours as the switchboard’s', () => {
    const contact = contactFor(kommune, service('frivilligsentral'));
    expect(contact.phone).toBe('11 11 11 11');
    expect(contact.liveHours).toBeUndefined();
    expect(contact.via).toEqual({
      name: 'sentralbordet',
      hours: kommune.switchboard!.openingHours,
      hoursText: 'kl. 10–14',
      unconfirmed: false,
    });
  });

  it('never lends a service open day and night the switchboard’s hours', () => {
    const contact = contactFor(kommune, service('sykehjem'));
    expect(contact.liveHours).toBeUndefined();
    expect(contact.via?.name).toBe('sentralbordet');
    expect(service('sykehjem').openingHours?.allDay).toBe(true);
  });

  it('sends a service through its department’s own switchboard when it has one', () => {
    expect(contactFor(kommune, service('tildeling'))).toMatchObject({
      phone: '33 33 33 33',
      via: { name: 'Helse og omsorg', unconfirmed: false },
      liveHours: undefined,
    });
  });

  it('links a county or state service’s website, and sends readers to ask the kommune only when not even that is confirmed', () => {
    expect(contactFor(kommune, service('statsforvalter'))).toMatchObject({ phone: undefined, via: undefined });
    expect(contactFor(kommune, service('tt-kort'))).toMatchObject({ phone: '11 11 11 11', via: { unconfirmed: true } });
  });

  it('links the kommune’s website, never an empty number, where the switchboard would be and the config has none', () => {
    const { switchboard: _switchboard, ...rest } = kommune;
    const withoutSwitchboard = { ...rest, services: { ...kommune.services } };
    const website = { url: 'https://www.testby.kommune.no', host: 'testby.kommune.no' };
    expect(kommuneWebsite(withoutSwitchboard)).toEqual(website);
    for (const id of ['frivilligsentral', 'sykehjem', 'tt-kort'])
      expect(contactFor(withoutSwitchboard, service(id)), id).toMatchObject({ phone: undefined, via: undefined, kommuneWebsite: website });
    // Numbers of their own, a department's number and a state service's own website stay as they are.
    expect(contactFor(withoutSwitchboard, service('hjemmetjenesten'))).toMatchObject({ phone: '22 22 22 22', kommuneWebsite: undefined });
    expect(contactFor(withoutSwitchboard, service('tildeling'))).toMatchObject({ phone: '33 33 33 33', kommuneWebsite: undefined });
    expect(contactFor(withoutSwitchboard, service('statsforvalter'))).toMatchObject({ phone: undefined, kommuneWebsite: undefined });
  });
});
