import { describe, expect, it } from 'vitest';
import { buildThumbIndex } from '../../../src/core/thumb-index.ts';

const articles = [
  { slug: 'sykehjem', title: 'Sykehjem (langtidsopphold)', aliases: ['gamlehjem', 'aldershjem', 'sykehjem (langtidsopphold)'] },
  { slug: 'okonomisk-radgivning', title: 'Økonomisk rådgivning', aliases: ['gjeld', 'pengeproblemer'] },
  { slug: 'avlastning', title: 'Avlastning for pårørende', aliases: ['åndehull', 'pause fra omsorg'] },
  { slug: 'eldreradet', title: 'Eldrerådet', aliases: ['ældre', 'zebra'] },
];

describe('thumb index', () => {
  const index = buildThumbIndex(articles);

  it('files cross-references from aliases under their own letter, pointing to the article', () => {
    expect(index.get('G')?.[0]).toEqual({ label: 'Gamlehjem', slug: 'sykehjem', title: 'Sykehjem (langtidsopphold)', seeAlso: true });
  });

  it('sorts Æ, Ø and Å after Z and keeps each under its own letter', () => {
    expect(index.get('Ø')?.map((entry) => entry.label)).toEqual(['Økonomisk rådgivning']);
    expect(index.get('Å')?.map((entry) => entry.label)).toEqual(['Åndehull']);
    expect(index.get('Æ')?.map((entry) => entry.label)).toEqual(['Ældre']);
  });

  it('orders entries within a letter in Norwegian order, articles and cross-references together', () => {
    expect(index.get('A')?.map((entry) => entry.label)).toEqual(['Aldershjem', 'Avlastning for pårørende']);
    expect(index.get('P')?.map((entry) => entry.label)).toEqual(['Pause fra omsorg', 'Pengeproblemer']);
  });

  it('leaves out an alias that repeats a title', () => {
    const all = [...index.values()].flat();
    expect(all.filter((entry) => entry.slug === 'sykehjem' && !entry.seeAlso)).toHaveLength(1);
    expect(all.some((entry) => entry.seeAlso && entry.label === 'Sykehjem (langtidsopphold)')).toBe(false);
  });

  it('has a list for every one of the 29 letters', () => {
    expect(index.size).toBe(29);
  });
});
