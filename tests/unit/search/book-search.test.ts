import { describe, expect, it } from 'vitest';
import { createBookSearch, type PagefindLike } from '../../../src/core/search/search.ts';
import { closestPhrases } from '../../../src/core/search/suggest.ts';
import { buildVocabulary, titleNames } from '../../../src/core/search/vocabulary.ts';
import { searchDocuments } from '../../fixtures/search-documents.ts';

interface FakePage {
  url: string;
  title: string;
  words: string[];
}

/** Pagefind as the browser sees it: one search per term, a page matches when it has the word. */
function fakePagefind(pages: FakePage[]) {
  const asked: string[] = [];
  const pagefind: PagefindLike = {
    async search(term) {
      asked.push(term);
      const results = pages
        .filter((page) => page.words.includes(term))
        .map((page, index) => ({
          id: page.url,
          score: 10 - index,
          words: page.words.flatMap((word, position) => (word.startsWith(term.slice(0, 2)) ? [position] : [])),
          data: async () => ({
            url: page.url,
            meta: { title: page.title },
            excerpt: `Om <mark>${term}</mark> &amp; mer`,
            content: page.words.join(' '),
          }),
        }));
      return { results };
    },
  };
  return { pagefind, asked };
}

const firstUrls = async (query: string, pagefind?: PagefindLike) =>
  (await createBookSearch(searchDocuments, pagefind).search(query)).hits.slice(0, 3).map((hit) => hit.url);

describe('createBookSearch', () => {
  it.each([
    ['gamlehjem', '/sykehjem/'],
    ['alarm på armen', '/trygghetsalarm/'],
    ['parorende', '/parorende/'],
    ['fullmakter', '/fremtidsfullmakt/'],
    ['taxi kort', '/tt-kort/'],
    ['hvordan søker jeg om sykehjemsplass', '/sykehjem/'],
    ['honnør', '/honnorrabatt/'],
    ['pensjon', '/alderspensjon/'],
    ['trygghetsalram', '/trygghetsalarm/'],
  ])('puts the right article first for «%s»', async (query, url) => {
    expect((await firstUrls(query))[0]).toBe(url);
  });

  it('shows title, "Kort fortalt" and life area of an article', async () => {
    const outcome = await createBookSearch(searchDocuments).search('tannlege');
    expect(outcome.hits[0]).toEqual({
      url: '/tannhelse/',
      title: 'Tannhelse',
      summary: searchDocuments.find((document) => document.slug === 'tannhelse')!.summary,
      area: 'Helse',
      good: true,
    });
  });

  it('asks Pagefind one word at a time, only when the alias index finds no page', async () => {
    const { pagefind, asked } = fakePagefind([]);
    await createBookSearch(searchDocuments, pagefind).search('hjelp til parorende');
    expect(asked).toEqual([]);
    await createBookSearch(searchDocuments, pagefind).search('dørstokk xylofon');
    expect(asked).toEqual(['dørstokk', 'xylofon']);
  });

  it('ranks as the page without JavaScript does when the alias index answers, whatever full text holds', async () => {
    const { pagefind } = fakePagefind([
      { url: '/om/', title: 'Om Alderdommens ABC', words: ['gamlehjem', 'dørstokk'] },
      { url: '/sykehjem/', title: 'Sykehjem (langtidsopphold)', words: ['gamlehjem'] },
    ]);
    const withFullText = await createBookSearch(searchDocuments, pagefind).search('gamlehjem');
    const aliasOnly = await createBookSearch(searchDocuments).search('gamlehjem');
    expect(withFullText.hits).toEqual(aliasOnly.hits);
    const bodyOnly = await createBookSearch(searchDocuments, pagefind).search('dørstokk');
    expect(bodyOnly.hits[0]).toMatchObject({ url: '/om/', title: 'Om Alderdommens ABC', summary: 'Om dørstokk & mer' });
  });

  it('ignores Pagefind hits on a shorter word than the one asked for', async () => {
    const { pagefind } = fakePagefind([{ url: '/ensomhet/', title: 'Ensomhet', words: ['deprimert', 'de'] }]);
    const outcome = await createBookSearch(searchDocuments, pagefind).search('deprimert');
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/ensomhet/']);
    const junk = fakePagefind([{ url: '/ensomhet/', title: 'Ensomhet', words: ['de', 'deprimert'] }]);
    junk.pagefind.search = async () => ({
      results: [{ id: 'x', score: 1, words: [0], data: async () => ({ url: '/ensomhet/', meta: {}, excerpt: '', content: 'de sa' }) }],
    });
    expect((await createBookSearch(searchDocuments, junk.pagefind).search('deprimert')).hits).toEqual([]);
  });

  it('brings in pages only Pagefind knows', async () => {
    const { pagefind } = fakePagefind([{ url: '/fallforebygging/', title: 'Forebygge fall', words: ['dørstokk'] }]);
    expect(await firstUrls('dørstokk', pagefind)).toEqual(['/fallforebygging/']);
  });

  it('offers the book spelling and the official title: "Mente du …?"', async () => {
    const outcome = await createBookSearch(searchDocuments).search('gamlehjem parorende');
    expect(outcome.didYouMean.map((link) => link.label)).toContain('gamlehjem pårørende');
    const alias = await createBookSearch(searchDocuments).search('gamlehjem');
    expect(alias.didYouMean).toEqual([{ label: 'Sykehjem (langtidsopphold)', url: '/sykehjem/' }]);
  });

  it('finds nothing for words the book does not know, and says so with no suggestion', async () => {
    const outcome = await createBookSearch(searchDocuments).search('xylofon');
    expect(outcome.hits).toEqual([]);
    expect(outcome.closest).toEqual([]);
  });
});

describe('closestPhrases', () => {
  it('offers the titles and aliases nearest a whole query', () => {
    const labels = closestPhrases(buildVocabulary(searchDocuments), 'gamle hjemm').map((phrase) => phrase.label);
    expect(labels[0]).toBe('gamlehjem');
  });
});

describe('titleNames', () => {
  it('splits a title into its name and its gloss', () => {
    expect(titleNames('Sykehjem (langtidsopphold)')).toEqual(['Sykehjem', 'langtidsopphold']);
    expect(titleNames('Pårørende: rettigheter og støtte')).toEqual(['Pårørende', 'rettigheter og støtte']);
    expect(titleNames('Tannhelse')).toEqual(['Tannhelse']);
  });
});

describe('createBookSearch when Pagefind fails', () => {
  it('still answers from the alias index', async () => {
    const broken = { search: async () => Promise.reject(new Error('offline')) };
    const outcome = await createBookSearch(searchDocuments, broken).search('gamlehjem');
    expect(outcome.hits[0]?.url).toBe('/sykehjem/');
  });
});

describe('createBookSearch for questions people ask in their own words', () => {
  const first = async (query: string) => (await createBookSearch(searchDocuments).search(query)).hits[0]?.url;

  it.each([
    ['hvem kan handle for mor', '/hjemmehjelp/'],
    ['far trenger hjelp til å dusje', '/hjemmesykepleie/'],
    ['kva kostar det å bu på sjukeheim', '/sykehjem/'],
    ['pappa klarer ikke ta bussen lenger, han trenger taxi', '/tt-kort/'],
  ])('reaches the service for «%s» through its everyday words, nynorsk and light words', async (query, url) => {
    expect(await first(query)).toBe(url);
  });

  it('puts the safety page first when a question says someone may be in danger, whatever else its words match', async () => {
    const outcome = await createBookSearch(searchDocuments).search('sønnen tar pengene til mor og truer henne, hun har trygghetsalarm');
    expect(outcome.danger).toEqual(['abuse']);
    expect(outcome.hits[0]).toMatchObject({ url: '/vold-og-overgrep/', good: true });
    expect(outcome.hits.map((hit) => hit.url)).toContain('/trygghetsalarm/');
  });

  it('puts each kind’s safety page first, the most urgent first', async () => {
    const outcome = await createBookSearch(searchDocuments).search('har tatt mange tabletter og vil ikke leve lenger');
    expect(outcome.danger).toEqual(['emergency', 'suicide']);
    expect(outcome.hits.slice(0, 2).map((hit) => hit.url)).toEqual(['/nar-det-haster/', '/psykisk-helse/']);
  });

  it('shows no danger for an ordinary question', async () => {
    expect((await createBookSearch(searchDocuments).search('noe som slår av komfyren')).danger).toEqual([]);
  });

  it('lifts the services that answer at the time a question names, and gives each result its service', async () => {
    const outcome = await createBookSearch(searchDocuments).search('hjelp om natta');
    expect(outcome.when).toEqual(['night']);
    const good = outcome.hits.filter((hit) => hit.good).map((hit) => hit.url);
    expect(good).toEqual(expect.arrayContaining(['/legevakt/', '/nar-det-haster/', '/hjemmesykepleie/']));
    expect(good).not.toContain('/tannhelse/');
    expect(outcome.hits.find((hit) => hit.url === '/hjemmesykepleie/')?.contact).toMatchObject({ name: 'Hjemmetjenesten' });
  });

  it('says nothing about opening hours when the question names no time', async () => {
    const outcome = await createBookSearch(searchDocuments).search('hjemmesykepleie');
    expect(outcome.when).toEqual([]);
    expect(outcome.hits[0]?.contact).toBeUndefined();
  });
});
