import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeDays, dayAfter, inForce, lastEnded, nextKnown } from '../../../src/core/facts/dated.ts';
import { isOverdue, reviewDue } from '../../../src/core/facts/review.ts';
import { factChangeDays, startOfOsloDay } from '../../../src/core/facts/change-days.ts';
import { readFactFiles } from '../../../src/core/municipality.ts';

const values = [
  { validFrom: '2026-01-01', amount: 200 },
  { validFrom: '2025-01-01', amount: 100 },
  { validFrom: '2027-01-01', amount: 300 },
];

describe('dated values', () => {
  it('show the value in force on the day, and the next one known', () => {
    expect(inForce(values, '2026-06-15')?.amount).toBe(200);
    expect(inForce(values, '2026-01-01')?.amount).toBe(200);
    expect(inForce(values, '2025-12-31')?.amount).toBe(100);
    expect(nextKnown(values, '2026-06-15')?.amount).toBe(300);
    expect(nextKnown(values, '2027-01-01')).toBeUndefined();
  });

  it('have nothing in force before the first value starts, and then only a next one', () => {
    expect(inForce(values, '2024-12-31')).toBeUndefined();
    expect(nextKnown(values, '2024-12-31')?.amount).toBe(100);
    expect(lastEnded(values, '2024-12-31')).toBeUndefined();
  });

  it('stop at validTo, so a yearly amount is not shown as today’s once its year is over', () => {
    const yearly = [{ validFrom: '2025-05-01', validTo: '2026-04-30', amount: 130160 }];
    expect(inForce(yearly, '2026-04-30')?.amount).toBe(130160);
    expect(inForce(yearly, '2026-05-01')).toBeUndefined();
    expect(lastEnded(yearly, '2026-12-07')?.amount).toBe(130160);
    expect(lastEnded(yearly, '2026-04-01')).toBeUndefined();
  });

  it('list the days the book must be rebuilt: each later validFrom and the day after each later validTo', () => {
    const dated = [{ validFrom: '2025-05-01', validTo: '2026-04-30' }, { validFrom: '2027-01-01' }];
    expect(changeDays(dated, '2026-01-10')).toEqual(['2026-05-01', '2027-01-01']);
    expect(changeDays(dated, '2027-01-01')).toEqual([]);
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});

describe('«Sist kontrollert»', () => {
  it('is due again after twelve months unless the fact says otherwise', () => {
    expect(reviewDue('2025-03-03')).toBe('2026-03-03');
    expect(reviewDue('2025-03-03', 6)).toBe('2025-09-03');
    expect(reviewDue('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('is overdue the day after it is due, and when a fact was never checked', () => {
    expect(isOverdue({ lastChecked: '2025-03-03' }, '2026-03-03')).toBe(false);
    expect(isOverdue({ lastChecked: '2025-03-03' }, '2026-03-04')).toBe(true);
    expect(isOverdue({ lastChecked: '2025-03-03', reviewMonths: 24 }, '2026-03-04')).toBe(false);
    expect(isOverdue({}, '2026-03-04')).toBe(true);
  });
});

describe('the days the book changes by itself', () => {
  it('are every later validFrom and the day after every later validTo, of figures and of prices', () => {
    const { files } = readFactFiles((path) => readFileSync(path, 'utf8'), {});
    // The seed's grunnbeløp and garantipensjon end on 30 April 2026; the egenandelstak of 2023 on 31 December 2023.
    expect(factChangeDays(files, '2023-06-01')).toEqual(['2024-01-01', '2024-05-01', '2025-05-01', '2026-05-01']);
    expect(factChangeDays(files, '2026-12-07')).toEqual([]);
    const services = files.municipality.services as Record<string, Record<string, unknown>>;
    const withPrice = {
      ...files,
      municipality: {
        ...files.municipality,
        services: {
          ...services,
          hjemmetjenesten: {
            ...services.hjemmetjenesten,
            prices: [
              {
                topic: 'trygghetsalarm',
                title: 'Trygghetsalarm',
                values: [
                  {
                    validFrom: '2027-01-01',
                    items: [{ amount: 300, unit: 'month' }],
                    source: { title: 'Satser 2027', url: 'https://example.no/2027' },
                  },
                ],
              },
            ],
          },
        },
      },
    };
    expect(factChangeDays(withPrice, '2026-12-07')).toEqual(['2027-01-01']);
  });
});

describe('a rebuild for a day', () => {
  it('is due at midnight in Norway, in winter and in summer time', () => {
    expect(startOfOsloDay('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(startOfOsloDay('2027-05-01').toISOString()).toBe('2027-04-30T22:00:00.000Z');
  });
});
