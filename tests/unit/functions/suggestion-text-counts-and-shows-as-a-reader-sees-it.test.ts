import { describe, expect, it } from 'vitest';
import { UnsupportedMediaTypeError, ValidationError } from '../../../functions/shared/errors.ts';
import { parseBody } from '../../../functions/shared/http.ts';
import { parseSubmission } from '../../../functions/suggestions/suggestion.ts';
import { TEXT_MAX, TITLE_MAX } from '../../../src/core/suggestions/limits.ts';
import { withBody } from '../../fixtures/api-events/index.ts';

const topics = new Set(['sykehjem']);
const fieldsOf = (input: unknown) => {
  try {
    parseSubmission(input, topics);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('expected a ValidationError');
};
const accepted = (input: Record<string, unknown>) => {
  const parsed = parseSubmission({ kind: 'question', ...input }, topics);
  if (parsed.honeypot) throw new Error('honeypot');
  return parsed.suggestion;
};

const FAMILY = '👨‍👩‍👧';
const LONE_SURROGATE = '\uD83D';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

describe('the text of a suggestion', () => {
  it('is refused like empty text when nothing but control characters is left', () => {
    expect(fieldsOf({ kind: 'question', text: '\u0000'.repeat(12) })).toEqual({ text: 'Skriv hva du vil foreslå.' });
    expect(fieldsOf({ kind: 'question', text: `\u0000\u0007 \u001b${'\u0000'.repeat(20)}` })).toEqual({
      text: 'Skriv hva du vil foreslå.',
    });
  });

  it('keeps line breaks and tabs but drops other control characters', () => {
    expect(accepted({ text: 'Hei\u0000 redaksjonen,\r\n\tjeg lurer på\u0008 noe.' }).text).toBe('Hei redaksjonen,\r\n\tjeg lurer på noe.');
  });

  it('refuses a lone surrogate in any field with a message that says what to do', () => {
    const message = expect.stringMatching(/tegn vi ikke kan lese/);
    expect(fieldsOf({ kind: 'question', text: `Hvordan søker jeg ${LONE_SURROGATE} om plass?` })).toEqual({ text: message });
    expect(fieldsOf({ kind: 'question', text: 'Hvordan søker jeg om plass?', title: `Søknad ${LONE_SURROGATE}` })).toEqual({
      title: message,
    });
    expect(fieldsOf({ kind: 'question', text: 'Hvordan søker jeg om plass?', contact: { name: `Ola${LONE_SURROGATE}` } })).toEqual({
      'contact.name': message,
    });
  });

  it('drops right-to-left overrides and isolates from the title, so it reads as typed', () => {
    const title = `Søknad om ${RIGHT_TO_LEFT_OVERRIDE}gdp.exe\u2066x\u2069\u202A`;
    expect(accepted({ text: 'Hvordan søker jeg om plass?', title }).title).toBe('Søknad om gdp.exex');
    expect(accepted({ text: 'Hvordan søker jeg om plass?', title: `${RIGHT_TO_LEFT_OVERRIDE}\u2066 ` }).title).toBeUndefined();
  });

  it('counts characters as a reader does: a family emoji or a flag is one', () => {
    expect(accepted({ text: FAMILY.repeat(TEXT_MAX) }).text).toBe(FAMILY.repeat(TEXT_MAX));
    expect(fieldsOf({ kind: 'question', text: FAMILY.repeat(TEXT_MAX + 1) })).toHaveProperty('text');
    expect(accepted({ text: 'Hvordan søker jeg om plass?', title: '🇳🇴'.repeat(TITLE_MAX) }).title).toBe('🇳🇴'.repeat(TITLE_MAX));
    expect(fieldsOf({ kind: 'question', text: FAMILY.repeat(9) })).toHaveProperty('text');
  });
});

describe('a request body', () => {
  it('is refused with 415 when it declares a character set other than UTF-8', () => {
    const body = { kind: 'question', text: 'Hvordan søker jeg om plass?' };
    for (const type of [
      'application/json; charset=iso-8859-1',
      'application/x-www-form-urlencoded; charset=windows-1252',
      'application/json;charset="latin1"',
    ]) {
      expect(() => parseBody(withBody('post-suggestion', body, { 'content-type': type })), type).toThrow(UnsupportedMediaTypeError);
    }
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset="UTF-8"',
      'application/json;charset=utf8',
    ]) {
      expect(parseBody(withBody('post-suggestion', body, { 'content-type': type })).value, type).toEqual(body);
    }
  });
});
