import { describe, expect, it } from 'vitest';
import { buildOutcome, kommunerToRebuild, unionOfKommuner } from '../../../src/core/publishing/kommuner.ts';

const BOOK = ['levanger', 'verdal', 'halden'];

describe('which kommuner a publication rebuilds', () => {
  it('rebuilds every kommune of the book for an edit of the national text', () => {
    expect(kommunerToRebuild([{ slug: 'sykehjem', version: 2 }], BOOK)).toEqual(BOOK);
    expect(
      kommunerToRebuild(
        [
          { slug: 'sykehjem', version: 2 },
          { kommune: 'verdal', slug: 'sykehjem', slot: 'x', version: 1 },
        ],
        BOOK,
      ),
    ).toEqual(BOOK);
  });

  it('rebuilds only its own kommune for a local part, in the book’s order', () => {
    expect(kommunerToRebuild([{ kommune: 'verdal', slug: 'sykehjem', slot: 'tildeling', version: 3 }], BOOK)).toEqual(['verdal']);
    expect(
      kommunerToRebuild(
        [
          { kommune: 'halden', slug: 'sykehjem', slot: 'tildeling', version: 1 },
          { kommune: 'levanger', slug: 'syn', slot: 'tilbud', version: 1 },
        ],
        BOOK,
      ),
    ).toEqual(['levanger', 'halden']);
  });

  it('rebuilds every kommune for what is live (a scheduled build) and for a national figure, which is the book’s', () => {
    expect(kommunerToRebuild([], BOOK)).toEqual(BOOK);
    expect(kommunerToRebuild([{ fact: 'grunnbelop', version: 1 }], BOOK)).toEqual(BOOK);
    expect(
      kommunerToRebuild(
        [
          { fact: 'grunnbelop', version: 1 },
          { fact: 'kommunen', version: 2, kommune: 'verdal' },
        ],
        BOOK,
      ),
    ).toEqual(BOOK);
  });

  it('rebuilds only its own kommune for a kommune’s own fact, and a local part’s kommune with it', () => {
    expect(kommunerToRebuild([{ fact: 'hjemmetjenesten', version: 2, kommune: 'verdal' }], BOOK)).toEqual(['verdal']);
    expect(
      kommunerToRebuild(
        [
          { fact: 'tt-kort', version: 1, kommune: 'halden' },
          { kommune: 'verdal', slug: 'sykehjem', slot: 'tildeling', version: 1 },
        ],
        BOOK,
      ),
    ).toEqual(['verdal', 'halden']);
  });

  it('joins the kommuner of the publications one build takes; one stored without kommuner rebuilds all', () => {
    expect(unionOfKommuner([['halden'], ['levanger']], BOOK)).toEqual(['levanger', 'halden']);
    expect(unionOfKommuner([['halden'], undefined], BOOK)).toEqual(BOOK);
  });
});

describe('how far a build of several kommuner has come', () => {
  it('builds while any kommune has neither its web pages nor failed for good', () => {
    expect(buildOutcome({ a: { stage: 'print', attempt: 1 }, b: { stage: 'queued', attempt: 2 } })).toEqual({ kind: 'building' });
  });

  it('is live once every kommune has its web pages or failed for good, and one has them', () => {
    expect(buildOutcome({ a: { stage: 'print', attempt: 1 }, b: { stage: 'failed', attempt: 2 } })).toEqual({ kind: 'site-live' });
  });

  it('ends done only when every kommune is printed; with a failed kommune it ends print-failed naming it; failed when none got its pages', () => {
    expect(buildOutcome({ a: { stage: 'done', attempt: 1 }, b: { stage: 'done', attempt: 2 } })).toEqual({
      kind: 'ended',
      stage: 'done',
      failed: [],
    });
    expect(buildOutcome({ a: { stage: 'done', attempt: 1 }, b: { stage: 'failed', attempt: 2 } })).toEqual({
      kind: 'ended',
      stage: 'print-failed',
      failed: ['b'],
    });
    expect(buildOutcome({ a: { stage: 'failed', attempt: 2 }, b: { stage: 'failed', attempt: 2 } })).toEqual({
      kind: 'ended',
      stage: 'failed',
      failed: ['a', 'b'],
    });
  });
});
