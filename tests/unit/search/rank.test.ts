import { describe, expect, it } from 'vitest';
import { rankPages, type TextHit } from '../../../src/core/search/rank.ts';
import { buildVocabulary } from '../../../src/core/search/vocabulary.ts';
import { searchDocuments } from '../../fixtures/search-documents.ts';

const vocabulary = buildVocabulary(searchDocuments);
const urlOf = (doc: number) => `/${searchDocuments[doc]!.slug}/`;
const exact = (key: string) => ({ key, matches: [{ key, quality: 1, kind: 'exact' as const }] });
const hit = (word: number, url: string, relevance: number): TextHit => ({ word, url, doc: undefined, relevance });

describe('rankPages', () => {
  it('puts a title or alias match above a full-text match', () => {
    const ranked = rankPages(vocabulary, [exact('gamlehjem')], [], [hit(0, '/om/', 1)], new Set(), urlOf);
    expect(ranked.map((page) => page.url)).toEqual(['/sykehjem/', '/om/']);
    expect(ranked[0]!.named).toBe(true);
  });

  it('prefers a page that answers every word to one that answers one word strongly', () => {
    const ranked = rankPages(
      vocabulary,
      [exact('trygghetsalarm'), { key: 'halsen', matches: [] }],
      [],
      [hit(0, '/a/', 1), hit(1, '/a/', 1), hit(0, '/b/', 1)],
      new Set(),
      urlOf,
    );
    expect(ranked.map((page) => page.url).indexOf('/a/')).toBeLessThan(ranked.map((page) => page.url).indexOf('/b/'));
  });

  it('gives a whole-phrase match a bonus', () => {
    const plain = rankPages(vocabulary, [exact('alarm')], [], [], new Set(), urlOf);
    const phrase = rankPages(vocabulary, [exact('alarm')], [], [], new Set([3]), urlOf);
    expect(phrase.find((page) => page.url === '/trygghetsalarm/')!.score).toBeGreaterThan(
      plain.find((page) => page.url === '/trygghetsalarm/')?.score ?? 0,
    );
  });
});
