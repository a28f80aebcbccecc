import { describe, expect, it } from 'vitest';
import { contactFor } from '../../../src/core/contact.ts';
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
      hours: kommune.switchboard.openingHours,
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
});
