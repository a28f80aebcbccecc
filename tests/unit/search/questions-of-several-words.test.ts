import { describe, expect, it, vi } from 'vitest';
import type { SearchDocument } from '../../../src/core/search/search-document.ts';
import { createBookSearch, type FullTextSource, type PagefindLike } from '../../../src/core/search/search.ts';

const price = { heading: 'Hva koster det?', anchor: 'hva-koster-det' };
const apply = { heading: 'Slik gjør du', anchor: 'slik-gjør-du' };

/** A book where a neighbouring article mentions the topic and has a price section too, as in the real book. */
const documents: SearchDocument[] = [
  {
    slug: 'korttidsopphold',
    title: 'Korttidsopphold',
    summary: 'Et korttidsopphold er en plass på sykehjem for en kort periode. Du betaler en fast pris per døgn.',
    area: 'Når du trenger mer hjelp',
    aliases: ['opphold på sykehjem', 'rehabiliteringsopphold', 'avlastningsopphold'],
    terms: ['døgnpris', 'pris'],
    sections: { price, apply },
  },
  {
    slug: 'sykehjem',
    title: 'Sykehjem (langtidsopphold)',
    summary: 'Et sykehjem er et hjem med hjelp hele døgnet. Du søker om plass hos kommunen.',
    area: 'Når du trenger mer hjelp',
    aliases: ['gamlehjem', 'aldershjem', 'pleiehjem'],
    terms: ['vederlag', 'langtidsplass'],
    sections: { price, apply },
  },
  {
    slug: 'demens',
    title: 'Demens',
    summary: 'Demens er en sykdom i hjernen som gjør det vanskelig å huske.',
    area: 'Helse',
    aliases: ['glemsk', 'alzheimer', 'hukommelse'],
    terms: ['dagaktivitet'],
    sections: { rights: { heading: 'Hvem kan få hjelp?', anchor: 'hvem-kan-få-hjelp' } },
  },
  {
    slug: 'parorendeskole',
    title: 'Pårørendeskole',
    summary: 'Et kurs for deg som er pårørende til en med demens. Du lærer om rettigheter og får treffe andre.',
    area: 'For pårørende',
    aliases: ['kurs for pårørende', 'demenskurs', 'demensskole'],
    terms: ['rettigheter'],
  },
  {
    slug: 'nar-det-haster',
    title: 'Når det haster: nødnumre',
    summary: 'Ring 113 ved fare for liv.',
    area: 'Helse',
    aliases: ['nødnummer', 'ambulanse', 'nødtelefon', 'telefon ved nød'],
    terms: ['legevakt'],
  },
];

const search = (query: string, fullText?: FullTextSource) => createBookSearch(documents, fullText).search(query);

describe('questions of several words', () => {
  it.each(['sykehjem pris', 'hva koster sykehjem', 'hvordan søke sykehjem'])(
    'lets the topic word decide the article for «%s»',
    async (query) => {
      const outcome = await search(query);
      expect(outcome.hits[0]!.url).toBe('/sykehjem/');
      expect(outcome.didYouMean).toEqual([]);
    },
  );

  it('links straight to the section that answers the aspect asked about', async () => {
    const [first] = (await search('hva koster sykehjem')).hits;
    expect(first!.section).toEqual({ label: 'Hva koster det?', url: '/sykehjem/#hva-koster-det' });
  });

  it('lifts the article with a section for the aspect above one that only mentions the words', async () => {
    const outcome = await search('demens rettigheter');
    expect(outcome.hits.map((hit) => hit.url).slice(0, 2)).toEqual(['/demens/', '/parorendeskole/']);
    expect(outcome.didYouMean).toEqual([]);
  });

  it('never offers the top hit as «Mente du» for an aspect word alone', async () => {
    const outcome = await search('telefon');
    expect(outcome.hits[0]!.url).toBe('/nar-det-haster/');
    expect(outcome.didYouMean).toEqual([]);
  });

  it('offers «Mente du» for an everyday word and for a corrected spelling', async () => {
    expect((await search('gamlehjem')).didYouMean).toEqual([{ label: 'Sykehjem (langtidsopphold)', url: '/sykehjem/' }]);
    expect((await search('sykehjm')).didYouMean.map((link) => link.label)).toEqual(['sykehjem']);
    expect((await search('sykehjm')).didYouMean[0]!.url).toBe('/api/sok?q=sykehjem');
  });

  it('marks the results that match well and keeps the weaker tail apart, after them', async () => {
    const { hits } = await search('sykehjem');
    expect(hits[0]).toMatchObject({ url: '/sykehjem/', good: true });
    const firstWeak = hits.findIndex((hit) => !hit.good);
    expect(firstWeak).toBeGreaterThan(0);
    expect(hits.slice(firstWeak).every((hit) => !hit.good)).toBe(true);
  });
});

describe('a lighter first search', () => {
  const fakePagefind = (): PagefindLike => ({ search: vi.fn(async () => ({ results: [] })) });

  it('answers a query the alias index knows without loading full text', async () => {
    const load = vi.fn(async () => fakePagefind());
    const outcome = await search('gamlehjem', load);
    expect(outcome.hits[0]!.url).toBe('/sykehjem/');
    expect(load).not.toHaveBeenCalled();
  });

  it('loads full text once, the first time a query has a word the alias index lacks', async () => {
    const pagefind = fakePagefind();
    const load = vi.fn(async () => pagefind);
    const book = createBookSearch(documents, load);
    await book.search('dørstokk');
    await book.search('rullestol');
    expect(load).toHaveBeenCalledTimes(1);
    expect(pagefind.search).toHaveBeenCalledWith('dørstokk');
  });

  it('still answers from the alias index when full text fails to load', async () => {
    const outcome = await search('gamlehjm', async () => {
      throw new Error('offline');
    });
    expect(outcome.hits[0]!.url).toBe('/sykehjem/');
  });
});
