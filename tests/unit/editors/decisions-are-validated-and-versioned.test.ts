import { describe, expect, it } from 'vitest';
import { parseDecision, planDecision } from '../../../functions/editors/decision.ts';
import { BadRequestError, ValidationError, VersionConflictError } from '../../../functions/shared/errors.ts';
import type { Suggestion } from '../../../src/core/suggestions/types.ts';

const suggestion = (overrides: Partial<Suggestion> = {}): Suggestion => ({
  id: 's1',
  kind: 'question',
  text: 'Hvordan søker jeg om trygghetsalarm?',
  source: { type: 'citizen' },
  status: 'new',
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  hasContact: true,
  public: false,
  ...overrides,
});

describe('parsing a decision', () => {
  it('accepts the contract fields and trims text', () => {
    expect(parseDecision({ status: 'in-review', note: '  Ser på det  ', public: false, publicAnswer: ' Svar ', version: 3 })).toEqual({
      status: 'in-review',
      note: 'Ser på det',
      public: false,
      publicAnswer: 'Svar',
      version: 3,
    });
  });

  it.each([
    [{ status: 'in-review' }, 'version'],
    [{ version: '3' }, 'version'],
    [{ version: 0 }, 'version'],
    [{ version: 1, status: 'done' }, 'status'],
    [{ version: 1, public: 'yes' }, 'public'],
    [{ version: 1, note: 'x'.repeat(2001) }, 'note'],
    [{ version: 1, publicAnswer: 42 }, 'publicAnswer'],
  ])('names the bad field in %j', (body, field) => {
    try {
      parseDecision(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields ?? {})).toContain(field);
    }
  });

  it.each([null, [], 'status', 42])('refuses a body that is not an object (%j)', (body) => {
    expect(() => parseDecision(body)).toThrow(BadRequestError);
  });

  it('ignores __proto__ without polluting anything', () => {
    const decision = parseDecision(JSON.parse('{"version":1,"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decision).toEqual({ version: 1 });
  });
});

describe('planning a decision', () => {
  it('moves the status with a note', () => {
    expect(planDecision(suggestion(), { status: 'in-review', note: 'Tar den', version: 3 }, 'Kari')).toEqual({
      expectedVersion: 3,
      actor: 'Kari',
      status: 'in-review',
      note: 'Tar den',
    });
  });

  it('refuses a stale version with the conflict message', () => {
    expect(() => planDecision(suggestion(), { status: 'in-review', version: 2 }, 'Kari')).toThrow(VersionConflictError);
    expect(() => planDecision(suggestion(), { status: 'in-review', version: 2 }, 'Kari')).toThrow(
      'Noen andre har endret dette forslaget. Last inn på nytt.',
    );
  });

  it('refuses a transition the table does not allow', () => {
    expect(() => planDecision(suggestion(), { status: 'published', version: 3 }, 'Kari')).toThrow(/kan ikke få status «Publisert»/);
  });

  it('treats the current status as no status change', () => {
    expect(planDecision(suggestion(), { status: 'new', note: 'Bare et notat', version: 3 }, 'Kari')).toEqual({
      expectedVersion: 3,
      actor: 'Kari',
      note: 'Bare et notat',
    });
  });

  it('needs an answer before a suggestion is shown publicly', () => {
    expect(() => planDecision(suggestion(), { public: true, version: 3 }, 'Kari')).toThrow(ValidationError);
    expect(planDecision(suggestion(), { public: true, publicAnswer: 'Vi har laget en ny side.', version: 3 }, 'Kari')).toEqual({
      expectedVersion: 3,
      actor: 'Kari',
      public: true,
      publicAnswer: 'Vi har laget en ny side.',
    });
    expect(() => planDecision(suggestion({ public: true, publicAnswer: 'Svar' }), { publicAnswer: '', version: 3 }, 'Kari')).toThrow(
      ValidationError,
    );
  });

  it('removes the answer with an empty string', () => {
    expect(planDecision(suggestion({ publicAnswer: 'Gammelt svar' }), { publicAnswer: '', version: 3 }, 'Kari')).toEqual({
      expectedVersion: 3,
      actor: 'Kari',
      publicAnswer: null,
    });
  });

  it('refuses a decision that changes nothing', () => {
    expect(() => planDecision(suggestion(), { version: 3 }, 'Kari')).toThrow(expect.objectContaining({ code: 'no-changes' }));
    expect(() =>
      planDecision(suggestion({ public: true, publicAnswer: 'Svar' }), { public: true, publicAnswer: 'Svar', version: 3 }, 'Kari'),
    ).toThrow(expect.objectContaining({ code: 'no-changes' }));
  });
});
