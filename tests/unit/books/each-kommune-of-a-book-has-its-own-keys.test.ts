import { describe, expect, it } from 'vitest';
import { kommunePartition, tableKeys } from '../../../functions/shared/storage/table.ts';

/** Every key a kommune owns, made for `kommune` (or for a kommune on its own). */
function ownKeys(kommune?: string) {
  const keys = tableKeys(kommune);
  return {
    suggestion: keys.suggestion('s1'),
    contact: keys.contact('s1'),
    history: keys.history('s1', 2),
    status: keys.statusPartition('new'),
    public: keys.publicPartition,
    council: keys.council('c1'),
    councils: keys.councilsPartition,
    councilCode: keys.councilCode('abc'),
    feedbackPage: keys.feedbackPage('/a/'),
    feedback: keys.feedback('/a/', 't', 'f1'),
    reviews: keys.review('a', 1, 'c1'),
    facts: keys.factHead('f'),
    factRevision: keys.factRevision('f', 1),
    receipt: keys.receipt('s1'),
    reference: keys.reference('F-2026-0001'),
    mail: keys.mail('t', 'm1'),
    order: keys.order('o1'),
    orderList: keys.orderList('waiting'),
    orderNotice: keys.orderNotice('o1'),
    insight: [keys.insightSearch('d', 'q'), keys.insightDay('d'), keys.insightPage('d', '/a/')],
  };
}

/** Every key the book's kommuner share. */
function sharedKeys(kommune?: string) {
  const keys = tableKeys(kommune);
  return {
    article: keys.articleHead('a'),
    revision: keys.articleRevision('a', 1),
    translation: keys.translationHead('nn', 'a'),
    translationDue: keys.translationDue('nn', 'a'),
    publication: keys.publication('p'),
    localPart: keys.localPartHead('verdal', 'a#slot'),
    rate: keys.rate('h', '2026-01-01T10'),
    signIn: keys.signInFailures('h'),
    health: keys.health,
    referenceCounter: keys.referenceCounter(2026),
  };
}

const partitionsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(partitionsOf)
      : Object.entries(value as Record<string, unknown>).flatMap(([name, key]) =>
          name === 'sk' ? [] : name === 'pk' ? [key as string] : partitionsOf(key),
        );

describe('the keys of the table', () => {
  it('a kommune on its own keeps the keys it always had, so its stored data is found as before', () => {
    expect(ownKeys()).toMatchObject({
      suggestion: { pk: 'SUGGESTION#s1', sk: 'META' },
      contact: { pk: 'SUGGESTION#s1', sk: 'CONTACT' },
      history: { pk: 'SUGGESTION#s1', sk: 'HISTORY#000002' },
      status: 'STATUS#new',
      public: 'PUBLIC',
      council: { pk: 'COUNCILS', sk: 'COUNCIL#c1' },
      councilCode: { pk: 'COUNCILCODE#abc', sk: 'META' },
      feedbackPage: { pk: 'FEEDBACK', sk: 'PAGE#/a/' },
      feedback: { pk: 'PAGE#/a/', sk: 'FEEDBACK#t#f1' },
      reviews: { pk: 'REVIEWS', sk: 'a#000001#c1' },
      facts: { pk: 'FACTS', sk: 'FACT#f' },
      receipt: { pk: 'RECEIPTS', sk: 'SUGGESTION#s1' },
      reference: { pk: 'REFERENCE#F-2026-0001', sk: 'META' },
      mail: { pk: 'OUTBOX', sk: 'MAIL#t#m1' },
      order: { pk: 'ORDER#o1', sk: 'META' },
      orderList: 'ORDERS#waiting',
      orderNotice: { pk: 'ORDER-NOTICES', sk: 'ORDER#o1' },
      insight: [
        { pk: 'INSIGHT#SEARCHES', sk: 'DAY#d#q' },
        { pk: 'INSIGHT#DAYS', sk: 'DAY#d' },
        { pk: 'INSIGHT#PAGES', sk: 'DAY#d#/a/' },
      ],
    });
  });

  it("in a book every partition of a kommune's own items starts with the kommune, and only the sort keys stay as they were", () => {
    const alone = ownKeys();
    const verdal = ownKeys('verdal');
    const alonePartitions = partitionsOf(alone);
    const verdalPartitions = partitionsOf(verdal);
    expect(verdalPartitions).toEqual(alonePartitions.map((partition) => `KOMMUNE#verdal#${partition}`));
    expect(JSON.stringify(verdal).replaceAll('KOMMUNE#verdal#', '')).toBe(JSON.stringify(alone));
    expect(verdal.suggestion).toEqual({ pk: 'KOMMUNE#verdal#SUGGESTION#s1', sk: 'META' });
    expect(kommunePartition('verdal', 'PUBLIC')).toBe(tableKeys('verdal').publicPartition);
  });

  it('two kommuner of a book never share a partition of their own items', () => {
    const levanger = new Set(partitionsOf(ownKeys('levanger')));
    expect(partitionsOf(ownKeys('verdal')).filter((partition) => levanger.has(partition))).toEqual([]);
  });

  it('what the book shares has one key for every kommune and for a kommune on its own', () => {
    expect(sharedKeys('verdal')).toEqual(sharedKeys());
    expect(sharedKeys('levanger')).toEqual(sharedKeys());
  });
});
