import { describe, expect, it } from 'vitest';
import { needsEditors, noticeDue, openRounds, replacedBy, type Review } from '../../../src/core/articles/reviews.ts';

const review = (overrides: Partial<Review> = {}): Review => ({
  slug: 'sykehjem',
  version: 3,
  title: 'Sykehjem',
  councilId: 'eldreradet',
  councilName: 'Eldrerådet',
  deadline: '2027-03-15',
  requestedBy: 'Kari Redaktør',
  requestedAt: '2027-03-01T09:00:00.000Z',
  public: false,
  ...overrides,
});

const statement = { verdict: 'recommend' as const, council: 'Eldrerådet', at: '2027-03-10T10:00:00.000Z' };

describe('a review round', () => {
  it('is replaced for a council by a newer version of the same page sent to it, and only for that council', () => {
    const all = [
      review({ version: 2 }),
      review({ version: 3 }),
      review({ version: 2, councilId: 'brukerradet' }),
      review({ slug: 'syn', version: 1 }),
    ];
    const replacement = replacedBy(all);
    expect(all.map(replacement)).toEqual([3, undefined, undefined, undefined]);
  });

  it('owes the council a reminder from two days before the deadline, and the editors a notice the day after it', () => {
    const open = review();
    expect(noticeDue(open, '2027-03-12', undefined)).toBeUndefined();
    expect(noticeDue(open, '2027-03-13', undefined)).toBe('reminder');
    expect(noticeDue(open, '2027-03-15', undefined)).toBe('reminder');
    expect(noticeDue(open, '2027-03-16', undefined)).toBe('overdue');
  });

  it('owes each once per deadline, and nothing once answered, published or replaced', () => {
    expect(noticeDue(review({ remindedAt: '2027-03-13T06:00:00.000Z' }), '2027-03-14', undefined)).toBeUndefined();
    expect(noticeDue(review({ overdueNoticeAt: '2027-03-16T06:00:00.000Z' }), '2027-03-20', undefined)).toBeUndefined();
    expect(noticeDue(review({ statement }), '2027-03-16', undefined)).toBeUndefined();
    expect(noticeDue(review({ closedAt: '2027-03-11T10:00:00.000Z' }), '2027-03-16', undefined)).toBeUndefined();
    expect(noticeDue(review(), '2027-03-16', 4)).toBeUndefined();
  });

  it('owes no reminder when the council was asked (or the deadline moved) after the reminder day: that message was the notice', () => {
    expect(noticeDue(review({ requestedAt: '2027-03-14T09:00:00.000Z' }), '2027-03-14', undefined)).toBeUndefined();
    const moved = review({ deadline: '2027-03-20', deadlineChangedAt: '2027-03-19T09:00:00.000Z' });
    expect(noticeDue(moved, '2027-03-19', undefined)).toBeUndefined();
    expect(noticeDue(review({ deadline: '2027-03-20', deadlineChangedAt: '2027-03-10T09:00:00.000Z' }), '2027-03-18', undefined)).toBe(
      'reminder',
    );
  });

  it('is news for editors when a statement came after they last looked, or the deadline passed since', () => {
    expect(needsEditors(review({ statement }), '2027-03-10', undefined)).toBe('statement');
    expect(needsEditors(review({ statement, seenAt: '2027-03-10T11:00:00.000Z' }), '2027-03-10', undefined)).toBeUndefined();
    expect(
      needsEditors(
        review({ statement: { ...statement, at: '2027-03-12T10:00:00.000Z' }, seenAt: '2027-03-10T11:00:00.000Z' }),
        '2027-03-12',
        undefined,
      ),
    ).toBe('statement');
    expect(needsEditors(review(), '2027-03-15', undefined)).toBeUndefined();
    expect(needsEditors(review(), '2027-03-16', undefined)).toBe('overdue');
    expect(needsEditors(review({ seenAt: '2027-03-15T20:00:00.000Z' }), '2027-03-16', undefined)).toBe('overdue');
    expect(needsEditors(review({ seenAt: '2027-03-16T08:00:00.000Z' }), '2027-03-17', undefined)).toBeUndefined();
    expect(needsEditors(review(), '2027-03-16', 4)).toBeUndefined();
  });

  it('is open for «Publiser» while unanswered, unpublished and not replaced, about a version not yet live', () => {
    const rounds = [
      review({ version: 2 }),
      review({ version: 3 }),
      review({ version: 3, councilId: 'brukerradet', statement }),
      review({ version: 3, councilId: 'ungdomsradet', closedAt: '2027-03-11T10:00:00.000Z' }),
    ];
    expect(openRounds(rounds, 1).map((round) => `${round.version} ${round.councilId}`)).toEqual(['3 eldreradet']);
    expect(openRounds(rounds, 3)).toEqual([]);
  });
});
