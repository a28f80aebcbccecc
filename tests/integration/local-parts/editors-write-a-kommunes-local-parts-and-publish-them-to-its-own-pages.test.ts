/**
 * The local parts desk's API in a book of several kommuner (the test book of Jevnaker and Halden):
 * the slots of the national text with the request's kommune's text, a save refused with a
 * Norwegian message per field (nothing stored), a save, and «Publiser» making a publication for
 * that kommune only; the other kommune sees none of it, and a kommune on its own gets a plain 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const BOOK = { BOOK_CONFIG: 'tests/fixtures/books/jevnaker-halden.json', BOOK_KOMMUNER: 'jevnaker,halden', SUGGESTION_RATE_LIMIT: '0' };
const TEXT = 'Søk om plass på sykehjem hos tildelingskontoret i Halden.\n\nDu får svar i et brev.';

type Part = {
  slug: string;
  title: string;
  slot: string;
  text: string;
  date: string | null;
  version: number;
  liveVersion: number;
  state: string;
};

let book: ModerationServer;
let alone: ModerationServer;

beforeAll(async () => {
  [book, alone] = await Promise.all([
    startModerationServer({ env: BOOK, buildSite: quickBuild, publishingClock: false }),
    startModerationServer({ buildSite: quickBuild, publishingClock: false }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([book?.close(), alone?.close()]);
});

const list = async (kommune: string) => {
  const response = await book.api(`/api/moderation/local-parts?kommune=${kommune}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Part[] }).items;
};
const slot = (items: Part[]) => items.find((item) => item.slug === 'sykehjem' && item.slot === 'tildeling');
const save = (kommune: string, body: unknown) =>
  book.api(`/api/moderation/local-parts/sykehjem/tildeling?kommune=${kommune}`, { method: 'PUT', json: body });

describe('the local parts desk in a book', () => {
  it('lists the slots of the national text with the article’s title and nothing saved yet', async () => {
    expect(slot(await list('halden'))).toEqual({
      slug: 'sykehjem',
      title: 'Sykehjem (langtidsopphold)',
      slot: 'tildeling',
      text: '',
      date: null,
      version: 0,
      liveVersion: 0,
      state: 'empty',
    });
  });

  it('refuses markup and a missing date with a Norwegian message per field, and stores nothing', async () => {
    const refused = await save('halden', { text: 'Ring oss <b>i dag</b>.', version: 0 });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe('validation-failed');
    expect(error.fields.text).toContain('Skriv vanlig tekst');
    expect(error.fields.date).toBe('Velg datoen da kommunen sist sjekket at teksten stemmer.');
    expect(slot(await list('halden'))).toMatchObject({ version: 0, state: 'empty' });
  });

  it('refuses a slot the national text does not have', async () => {
    const response = await book.api('/api/moderation/local-parts/sykehjem/finnes-ikke?kommune=halden', {
      method: 'PUT',
      json: { text: 'Tekst.', date: '2026-12-07', version: 0 },
    });
    expect(response.status).toBe(404);
  });

  it('saves the kommune’s text as a version waiting for publication, seen by that kommune only', async () => {
    const saved = await save('halden', { text: TEXT, date: '2026-12-07', version: 0 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ slug: 'sykehjem', slot: 'tildeling', version: 1 });
    expect(slot(await list('halden'))).toMatchObject({ text: TEXT, date: '2026-12-07', version: 1, liveVersion: 0, state: 'waiting' });
    expect(slot(await list('jevnaker'))).toMatchObject({ text: '', version: 0, state: 'empty' });

    const one = await book.api('/api/moderation/local-parts?slug=sykehjem&slot=tildeling&kommune=halden');
    const detail = (await one.json()) as Part & { revisions: { version: number; text: string; actor: string }[] };
    expect(detail.revisions).toMatchObject([{ version: 1, text: TEXT, actor: 'Kari Redaktør' }]);
    const stale = await save('halden', { text: 'Eldre utgangspunkt.', date: '2026-12-07', version: 0 });
    expect(stale.status).toBe(409);
  });

  it('publishes the kommune’s text in a publication that rebuilds that kommune only', async () => {
    const published = await book.api('/api/moderation/publish?kommune=halden', {
      method: 'POST',
      json: { localParts: [{ slug: 'sykehjem', slot: 'tildeling' }] },
    });
    expect(published.status).toBe(202);
    const { id } = (await published.json()) as { id: string };
    const publication = await book.server.context.articles!.getPublication(id);
    expect(publication).toMatchObject({
      kommuner: ['halden'],
      items: [{ kommune: 'halden', slug: 'sykehjem', slot: 'tildeling', version: 1 }],
    });
    await book.server.publishingIdle();
    expect(slot(await list('halden'))).toMatchObject({ version: 1, liveVersion: 1, state: 'live' });
    expect(slot(await list('jevnaker'))).toMatchObject({ version: 0, state: 'empty' });

    const again = await book.api('/api/moderation/publish?kommune=halden', {
      method: 'POST',
      json: { localParts: [{ slug: 'sykehjem', slot: 'tildeling' }] },
    });
    expect(again.status).toBe(400);
  });

  it('takes the paragraph away with an empty text', async () => {
    expect((await save('halden', { text: '  ', version: 1 })).status).toBe(200);
    expect(slot(await list('halden'))).toMatchObject({ text: '', date: null, version: 2, state: 'waiting' });
  });
});

describe('a kommune on its own', () => {
  it('has no local parts: a plain 404 in Norwegian', async () => {
    for (const response of [
      await alone.api('/api/moderation/local-parts'),
      await alone.api('/api/moderation/local-parts?slug=sykehjem&slot=tildeling'),
      await alone.api('/api/moderation/publish', { method: 'POST', json: { localParts: [{ slug: 'sykehjem', slot: 'tildeling' }] } }),
    ]) {
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        'Lokale tekster finnes bare når kommunen er med i en bok med flere kommuner.',
      );
    }
  });
});
