import { describe, expect, it } from 'vitest';
import { parseFeedback } from '../../../functions/feedback/feedback.ts';
import { ValidationError } from '../../../functions/shared/errors.ts';

const LONE_SURROGATE = '\uD83D';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

const fieldsOf = (input: unknown) => {
  try {
    parseFeedback(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('expected a ValidationError');
};
const comment = (text: string) => parseFeedback({ page: '/sykehjem/', useful: false, comment: text }).comment;

describe('a page comment («Fant du svar …?»)', () => {
  it('loses NUL and other control characters, keeping line breaks and tabs', () => {
    expect(comment('Mangler\u0000 pris\u0007 på\r\n\tkorttidsopphold.')).toBe('Mangler pris på\r\n\tkorttidsopphold.');
  });

  it('loses bidi overrides and isolates, so editors read it as typed', () => {
    expect(comment(`Se ${RIGHT_TO_LEFT_OVERRIDE}gdp.exe\u2066x\u2069\u202A`)).toBe('Se gdp.exex');
  });

  it('counts as no comment when nothing but invisible characters is left', () => {
    expect(comment(`\u0000\u0000 ${RIGHT_TO_LEFT_OVERRIDE}`)).toBeUndefined();
    expect(
      fieldsOf({
        page: '/sykehjem/',
        useful: false,
        comment: '\u0000\u0000',
        answer: '2026-12-01T10:00:00.000Z/0f8fad5b-d9cb-469f-a165-70867728950e',
      }),
    ).toHaveProperty('comment');
  });

  it('is refused with a message that says what to do when it holds a lone surrogate', () => {
    expect(fieldsOf({ page: '/sykehjem/', useful: false, comment: `Mangler ${LONE_SURROGATE} pris` })).toEqual({
      comment: expect.stringMatching(/tegn vi ikke kan lese/),
    });
  });
});
