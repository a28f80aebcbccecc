/**
 * The local parts desk's rules without a server: the slots it lists are the `<LocalPart name>` the
 * national text holds, with the article's title; a kommune's text keeps the articles' content rules
 * that apply to plain paragraphs; and an empty text takes the paragraph away from the built book.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLocalPartText } from '../../../src/core/local-parts/check-local-part.ts';
import { localSlotsOf } from '../../../src/core/local-parts/slots.ts';
import { publishedBook } from '../../../functions/shared/publishing/published-book.ts';

const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}`;

describe('the slots of the national text', () => {
  it('lists each <LocalPart name> of the articles once, with the title, by title', () => {
    const sources = {
      sykehjem: readFileSync('content/articles/sykehjem.mdx', 'utf8'),
      hjemmehjelp: readFileSync('content/articles/hjemmehjelp.mdx', 'utf8'),
    };
    expect(localSlotsOf(sources)).toEqual([{ slug: 'sykehjem', title: 'Sykehjem (langtidsopphold)', slot: 'tildeling' }]);
  });

  it('leaves out an article whose frontmatter cannot be read', () => {
    expect(localSlotsOf({ brutt: article('', '<LocalPart name="x" />\n') })).toEqual([]);
  });
});

describe('a kommune’s text', () => {
  it('passes as plain paragraphs, and empty (the paragraph taken away)', () => {
    expect(checkLocalPartText('Søk om plass hos kommunen.\n\nDu får svar i et brev.', 'nb')).toEqual([]);
    expect(checkLocalPartText('', 'nb')).toEqual([]);
  });

  it('refuses markup, which readers would see as written', () => {
    for (const text of ['Ring <b>nå</b>.', 'Se {pris}.', '<!-- skjult -->'])
      expect(checkLocalPartText(text, 'nb').map((problem) => problem.path)).toEqual(['text']);
  });

  it('refuses the other målform and hard words, in the kommune’s own målform', () => {
    expect(
      checkLocalPartText('Vi veit ikkje kva du treng.', 'nb')
        .map((problem) => problem.message)
        .join(' '),
    ).toContain('«ikkje»');
    expect(
      checkLocalPartText('Vi vet ikke hvordan du har det.', 'nn')
        .map((problem) => problem.message)
        .join(' '),
    ).toContain('«ikke»');
    expect(checkLocalPartText('Vi vet ikke hvordan du har det.', 'nb')).toEqual([]);
  });
});

describe('the built book', () => {
  it('loses the kommune’s paragraph, also one in git, when the published text is empty', async () => {
    const book = await publishedBook(
      { sources: {}, localParts: { sykehjem: { tildeling: { date: '2026-12-01', text: 'Fra git.' } } } },
      {
        articles: { heads: async () => [], revision: async () => undefined, reviews: async () => [] },
        localParts: {
          kommune: 'halden',
          heads: async () => [{ slug: 'sykehjem', slot: 'tildeling', liveVersion: 2 }],
          revision: async () => ({ date: '2026-12-07', text: '' }),
        },
      },
    );
    expect(book.localParts).toEqual({ sykehjem: {} });
  });
});
