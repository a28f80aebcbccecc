/**
 * A national text's review round in a book (functions/reviews/reviews.ts, requestReviewsInKommuner):
 * the national editor sends a revision to the chosen councils of every kommune, each request made in
 * that kommune's own context; each council sees and answers only its own request; a wrong council
 * in one kommune leaves no kommune asked; a kommune's editor cannot send the national text at all.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let book: ModerationServer;
let national: string;
let version: number;
const councils: Record<string, { id: string; code: string }> = {};

beforeAll(async () => {
  book = await startModerationServer({ env: { SUGGESTION_RATE_LIMIT: '0', BOOK_CONFIG: 'content/books/levanger-verdal.json' } });
  national = await book.token({ name: 'Nina Nasjonal', groups: ['editors-national'] });
  for (const kommune of ['levanger', 'verdal']) {
    const created = await book.api(`/api/moderation/councils?kommune=${kommune}`, {
      method: 'POST',
      token: national,
      json: { name: `Eldrerådet i ${kommune}` },
    });
    const { council, code } = (await created.json()) as { council: { id: string }; code: string };
    councils[kommune] = { id: council.id, code };
  }
  const saved = await book.api('/api/moderation/articles/syn?kommune=levanger', {
    method: 'PUT',
    token: national,
    json: { source: await readFile('content/articles/syn.mdx', 'utf8'), version: 0 },
  });
  version = ((await saved.json()) as { version: number }).version;
}, 60_000);

afterAll(() => book?.close());

const send = (token: string, json: unknown) =>
  book.api('/api/moderation/articles/syn/reviews?kommune=levanger', { method: 'POST', token, json });
const asCouncil = (kommune: string, path: string) =>
  book.api(`${path}?kommune=${kommune}`, { token: null, headers: { authorization: `Council ${councils[kommune]!.code}` } });

describe('the national text in the Levanger–Verdal book', () => {
  it('refuses a round that names a council a kommune does not have, and asks no kommune', async () => {
    const response = await send(national, {
      version,
      deadline: '2099-12-31',
      kommuneCouncils: { levanger: [councils.levanger!.id], verdal: ['no-such-council'] },
    });
    expect(response.status).toBe(400);
    const own = (await (await asCouncil('levanger', '/api/council/reviews')).json()) as { items: unknown[] };
    expect(own.items).toEqual([]);
  });

  it('refuses a kommune the book does not have', async () => {
    const response = await send(national, { version, deadline: '2099-12-31', kommuneCouncils: { halden: [councils.levanger!.id] } });
    expect(response.status).toBe(400);
  });

  it('is sent to the chosen councils of every kommune, each request under its kommune, and each council sees only its own', async () => {
    const response = await send(national, {
      version,
      deadline: '2099-12-31',
      kommuneCouncils: { levanger: [councils.levanger!.id], verdal: [councils.verdal!.id] },
    });
    expect(response.status).toBe(201);
    const sent = (await response.json()) as {
      items: { kommune: string; councilId: string }[];
      notices: { kommune: string; outcome: string }[];
    };
    expect(sent.items.map(({ kommune, councilId }) => ({ kommune, councilId }))).toEqual([
      { kommune: 'levanger', councilId: councils.levanger!.id },
      { kommune: 'verdal', councilId: councils.verdal!.id },
    ]);
    expect(sent.notices.map(({ kommune, outcome }) => [kommune, outcome])).toEqual([
      ['levanger', 'created'],
      ['verdal', 'created'],
    ]);
    for (const kommune of ['levanger', 'verdal']) {
      const own = (await (await asCouncil(kommune, '/api/council/reviews')).json()) as { items: { councilId?: string; slug: string }[] };
      expect(own.items, kommune).toHaveLength(1);
      expect(own.items[0], kommune).toMatchObject({ slug: 'syn', version });
    }
  });

  it("shows each kommune's requests under it: a kommune's editor its own, the national editor every kommune's", async () => {
    const verdal = await book.token({ name: 'Vera Verdal', groups: ['editors-verdal'] });
    const own = (await (await book.api('/api/moderation/articles/syn/reviews?kommune=verdal', { token: verdal })).json()) as {
      items: { kommune: string; councilId: string }[];
    };
    expect(own.items.map(({ kommune, councilId }) => ({ kommune, councilId }))).toEqual([
      { kommune: 'verdal', councilId: councils.verdal!.id },
    ]);
    const all = (await (await book.api('/api/moderation/articles/syn/reviews?kommune=verdal', { token: national })).json()) as {
      items: { kommune: string; councilId: string }[];
    };
    expect(all.items.map(({ kommune, councilId }) => ({ kommune, councilId }))).toEqual([
      { kommune: 'levanger', councilId: councils.levanger!.id },
      { kommune: 'verdal', councilId: councils.verdal!.id },
    ]);
  });

  it("cannot be sent by a kommune's editor, to any kommune", async () => {
    const verdal = await book.token({ name: 'Vera Verdal', groups: ['editors-verdal'] });
    const response = await book.api('/api/moderation/articles/syn/reviews?kommune=verdal', {
      method: 'POST',
      token: verdal,
      json: { version, deadline: '2099-12-31', kommuneCouncils: { verdal: [councils.verdal!.id] } },
    });
    expect(response.status).toBe(403);
  });
});
