import { describe, expect, it } from 'vitest';
import { answerFacts, ROUND_THE_CLOCK, timesOfHours } from '../../../src/core/search/answer-times.ts';
import { NATIONAL_NUMBERS } from '../../../src/core/national-numbers.ts';
import { openingHoursSchema, serviceSchema } from '../../../src/core/schemas/municipality.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const hours = (value: unknown) => openingHoursSchema.parse(value);

describe('the times a service answers, from its opening hours', () => {
  it('round the clock: evening, night and weekend', () => {
    expect(timesOfHours(hours({ allDay: true }))).toEqual(['evening', 'night', 'weekend']);
  });

  it('office hours: none of them', () => {
    expect(timesOfHours(hours({ periods: [{ days: weekdays, from: '08:00', to: '15:30' }] }))).toEqual([]);
  });

  it('an evening shift, a night shift past midnight and a Saturday', () => {
    expect(timesOfHours(hours({ periods: [{ days: weekdays, from: '15:00', to: '22:00' }] }))).toEqual(['evening']);
    expect(timesOfHours(hours({ periods: [{ days: weekdays, from: '22:00', to: '07:00' }] }))).toEqual(['night']);
    expect(timesOfHours(hours({ periods: [{ days: ['sat'], from: '10:00', to: '14:00' }] }))).toEqual(['weekend']);
  });
});

describe('answerFacts', () => {
  const service = (value: unknown) => serviceSchema.parse(value);
  const services = {
    hjemmetjenesten: service({
      name: 'Hjemmetjenesten',
      description: 'Hjelp og helsehjelp hjemme.',
      phone: '61 00 00 00',
      openingHours: { allDay: true },
    }),
    servicetorget: service({
      name: 'Servicetorget',
      description: 'Spør om alt i kommunen.',
      openingHours: { periods: [{ days: weekdays, from: '10:00', to: '14:00' }] },
      afterHours: { name: 'Legevakten', phone: '116 117' },
    }),
    tildeling: service({ name: 'Tildelingskontoret', description: 'Behandler søknader om tjenester.' }),
  };

  it('reads when an article answers from its contact services, and shows the first one with hours', () => {
    expect(answerFacts('soke-om-tjenester', ['tildeling', 'servicetorget'], services)).toEqual({
      answers: [],
      contact: {
        name: 'Servicetorget',
        hours: services.servicetorget.openingHours,
        afterHours: { name: 'Legevakten', phone: '116 117' },
      },
    });
    expect(answerFacts('hjemmehjelp', ['hjemmetjenesten'], services).answers).toEqual(['evening', 'night', 'weekend']);
  });

  it('adds what the article itself says about help round the clock, and its national number first', () => {
    expect(answerFacts('hjemmesykepleie', ['tildeling'], services)).toEqual({ answers: ['evening', 'night'] });
    expect(answerFacts('legevakt', ['servicetorget'], services)).toMatchObject({
      answers: ['evening', 'night', 'weekend'],
      contact: { name: 'Legevakten', phone: '116 117', hours: { allDay: true } },
    });
  });

  it('names only national numbers that answer round the clock', () => {
    for (const { phone } of Object.values(ROUND_THE_CLOCK)) {
      if (phone) expect(NATIONAL_NUMBERS.find((number) => number.phone === phone)?.roundTheClock).toBe(true);
    }
  });
});
