import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../functions/shared/errors.ts';
import { formToSubmission, idempotentId, parseSubmission } from '../../../functions/suggestions/suggestion.ts';
import { parseIdempotencyKey } from '../../../functions/shared/idempotency-key.ts';
import { feedbackReturnUrl, formToFeedback, parseFeedback } from '../../../functions/feedback/feedback.ts';

const topics = new Set(['sykehjem']);
const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('a suggestion', () => {
  it('needs a kind and 10–4000 characters of text after trimming, counted as people count them', () => {
    expect(fieldsOf(() => parseSubmission({}, topics))).toMatchObject({ kind: expect.any(String), text: expect.any(String) });
    expect(fieldsOf(() => parseSubmission({ kind: 'question', text: '   kort    ' }, topics))).toHaveProperty('text');
    expect(fieldsOf(() => parseSubmission({ kind: 'question', text: ' '.repeat(50) }, topics))).toHaveProperty('text');
    expect(parseSubmission({ kind: 'question', text: '👵🏽'.repeat(5) + 'æøå12' }, topics).honeypot).toBe(false);
    expect(fieldsOf(() => parseSubmission({ kind: 'question', text: 'a'.repeat(4001) }, topics))).toHaveProperty('text');
    expect(parseSubmission({ kind: 'question', text: ` ${'å'.repeat(4000)} ` }, topics).honeypot).toBe(false);
  });

  it('keeps the text exactly as sent', () => {
    const text = '  <script>alert("x")</script> مرحبا بكم  ';
    const parsed = parseSubmission({ kind: 'correction', text }, topics);
    expect(parsed.honeypot === false && parsed.suggestion.text).toBe(text);
  });

  it('names each wrong field, with contact fields as dotted paths', () => {
    expect(
      fieldsOf(() =>
        parseSubmission(
          { kind: 'idea', text: 5, title: 'x'.repeat(121), contact: { email: 'not-an-email', phone: '1'.repeat(21) } },
          topics,
        ),
      ),
    ).toEqual({
      kind: expect.any(String),
      text: expect.any(String),
      title: expect.any(String),
      'contact.email': expect.any(String),
      'contact.phone': expect.any(String),
    });
  });

  it('accepts only known articles as topic', () => {
    expect(
      fieldsOf(() => parseSubmission({ kind: 'correction', text: 'Dette er feil på siden.', topic: 'ukjent-side' }, topics)),
    ).toHaveProperty('topic');
    const parsed = parseSubmission({ kind: 'correction', text: 'Dette er feil på siden.', topic: 'sykehjem' }, topics);
    expect(parsed.honeypot === false && parsed.suggestion.topic).toBe('sykehjem');
  });

  it('treats a filled-in honeypot as a bot', () => {
    expect(parseSubmission({ kind: 'question', text: 'Kjøp billige klokker her', website: 'https://spam.example' }, topics)).toEqual({
      honeypot: true,
    });
  });

  it('drops empty optional fields and an all-empty contact', () => {
    const parsed = parseSubmission(
      formToSubmission(
        Object.assign(Object.create(null), {
          kind: 'question',
          text: 'Et spørsmål om fastlege',
          title: '',
          name: '',
          email: '',
          phone: '',
          councilCode: '',
          website: '',
        }),
      ),
      topics,
    );
    expect(parsed).toEqual({ honeypot: false, suggestion: { kind: 'question', text: 'Et spørsmål om fastlege' } });
  });

  it('lets __proto__ keys pollute nothing', () => {
    const body = JSON.parse(
      '{"kind":"question","text":"Et spørsmål om fastlege","__proto__":{"polluted":true},"contact":{"__proto__":{"polluted":true},"name":"Kari"}}',
    );
    const parsed = parseSubmission(body, topics);
    expect(parsed.honeypot === false && parsed.suggestion.contact).toEqual({ name: 'Kari' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const fields = fieldsOf(() => parseSubmission(JSON.parse('{"__proto__":{"kind":"question"}}'), topics));
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'tekst', 42])
      expect(() => parseSubmission(body, topics)).toThrow(expect.objectContaining({ status: 400, code: 'invalid-body' }));
  });
});

describe('the idempotency key', () => {
  it('is 1–64 printable characters', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey('a')).toBe('a');
    expect(() => parseIdempotencyKey('')).toThrow();
    expect(() => parseIdempotencyKey('x'.repeat(65))).toThrow();
    expect(() => parseIdempotencyKey('ny\nlinje')).toThrow();
  });

  it('gives the same id for the same body and key, and a different one otherwise', () => {
    const suggestion = { kind: 'question', text: 'Et spørsmål om fastlege' } as const;
    expect(idempotentId('k', suggestion)).toBe(idempotentId('k', { ...suggestion }));
    expect(idempotentId('k', suggestion)).not.toBe(idempotentId('k', { ...suggestion, text: 'Et annet spørsmål her' }));
    expect(idempotentId('k', suggestion)).not.toBe(idempotentId('j', suggestion));
    expect(idempotentId('k', suggestion)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('page feedback', () => {
  it('needs a site path and a yes or no, and allows a comment up to 1000 characters', () => {
    expect(parseFeedback({ page: '/sykehjem/', useful: true })).toEqual({ page: '/sykehjem/', useful: true });
    expect(fieldsOf(() => parseFeedback({ page: 'https://evil.example/', useful: 'ja' }))).toEqual({
      page: expect.any(String),
      useful: expect.any(String),
    });
    expect(fieldsOf(() => parseFeedback({ page: '//evil.example/', useful: true }))).toHaveProperty('page');
    expect(fieldsOf(() => parseFeedback({ page: '/a/', useful: true, comment: 'x'.repeat(1001) }))).toHaveProperty('comment');
  });

  it('reads Ja/Nei from the plain form and returns only to pages on this site', () => {
    expect(formToFeedback({ page: '/a/', useful: 'true' })).toMatchObject({ useful: true });
    expect(formToFeedback({ page: '/a/', useful: 'nei' })).toMatchObject({ useful: false });
    expect(feedbackReturnUrl('/sykehjem/', 'thanks')).toBe('/sykehjem/#takk-for-tilbakemeldingen');
    expect(feedbackReturnUrl('//evil.example', 'thanks')).toBe('/#takk-for-tilbakemeldingen');
    expect(feedbackReturnUrl(undefined, 'failed')).toBe('/#tilbakemelding-feilet');
  });
});
