import { describe, expect, it } from 'vitest';
import { letterSections } from '../../../src/core/booklet/sections.ts';
import { buildThumbIndex } from '../../../src/core/thumb-index.ts';

const index = buildThumbIndex([
  { slug: 'sykehjem', title: 'Sykehjem', aliases: ['gamlehjem', 'aldershjem', 'pleiehjem'] },
  { slug: 'avlastning', title: 'Avlastning', aliases: ['pause'] },
  { slug: 'hjemmesykepleie', title: 'Hjemmesykepleie', aliases: ['sykepleier hjemme'] },
]);

describe('the printed A–Å part', () => {
  it('starts each article on its own page, with the cross-references before it that come first in the alphabet', () => {
    const sections = letterSections(index);
    const a = sections.find((section) => section.letter === 'A');
    expect(a?.groups.map((group) => [group.before.map((entry) => entry.label), group.article?.slug])).toEqual([
      [['Aldershjem'], 'avlastning'],
    ]);
  });

  it('puts cross-references after the letter’s last article at the end of that article', () => {
    const s = letterSections(index).find((section) => section.letter === 'S');
    expect(s?.groups).toHaveLength(1);
    expect(s?.groups[0]?.article?.slug).toBe('sykehjem');
    expect(s?.groups[0]?.after.map((entry) => entry.label)).toEqual(['Sykepleier hjemme']);
  });

  it('gives a letter with only cross-references a page of its own, and leaves out letters without entries', () => {
    const sections = letterSections(index);
    const g = sections.find((section) => section.letter === 'G');
    expect(g?.groups).toEqual([{ before: [expect.objectContaining({ label: 'Gamlehjem', slug: 'sykehjem' })], after: [] }]);
    expect(sections.map((section) => section.letter)).toEqual(['A', 'G', 'H', 'P', 'S']);
  });
});
