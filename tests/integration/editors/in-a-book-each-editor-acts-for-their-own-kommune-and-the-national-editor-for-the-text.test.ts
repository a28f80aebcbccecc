/**
 * Editor roles through the handlers and the local server (functions/shared/editor-roles.ts): in a
 * book of Levanger and Verdal a Verdal editor can neither moderate Levanger's suggestions nor edit
 * the national text, and is told so in plain Norwegian; a national editor edits the national text
 * and may act for every kommune; the local sign-in on a kommune's editors' page gives that
 * kommune's groups, or the national editor's when chosen; a kommune on its own keeps working with
 * its one `editors` group.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

const BOOK = 'content/books/levanger-verdal.json';
let book: ModerationServer;
let alone: ModerationServer;
let verdalEditor: string;
let nationalEditor: string;
let levangerSuggestion: string;
let syn: string;

beforeAll(async () => {
  [book, alone] = await Promise.all([
    startModerationServer({ env: { SUGGESTION_RATE_LIMIT: '0', BOOK_CONFIG: BOOK } }),
    startModerationServer(),
  ]);
  verdalEditor = await book.token({ name: 'Vera Verdal', groups: ['editors-verdal'] });
  nationalEditor = await book.token({ name: 'Nina Nasjonal', groups: ['editors-national'] });
  levangerSuggestion = await submit(
    { ...book, api: (path, init) => book.api(`${path}?kommune=levanger`, init) },
    {
      kind: 'question',
      text: 'Hvem i Levanger svarer på spørsmål om trygghetsalarm?',
    },
  );
  syn = await readFile('content/articles/syn.mdx', 'utf8');
}, 60_000);

afterAll(async () => {
  await Promise.all([book?.close(), alone?.close()]);
});

type ErrorBody = { error: { code: string; message: string } };
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

/** Saves the git text of «syn» as a new revision, as the editors' form does. */
async function saveSyn(server: ModerationServer, token: string, query = ''): Promise<Response> {
  const head = (await (await server.api(`/api/moderation/articles/syn${query}`, { token })).json()) as { version: number };
  return server.api(`/api/moderation/articles/syn${query}`, { method: 'PUT', token, json: { source: syn, version: head.version } });
}

describe('a Verdal editor in the Levanger–Verdal book', () => {
  it("cannot read or moderate Levanger's suggestions, and is told why in Norwegian", async () => {
    const list = await book.api('/api/moderation/suggestions?kommune=levanger', { token: verdalEditor });
    expect(list.status).toBe(403);
    expect(await errorOf(list)).toEqual({
      code: 'other-kommune',
      message: expect.stringMatching(/^Du er ikke redaktør for denne kommunen\./),
    });
    const decide = await book.api(`/api/moderation/suggestions/${levangerSuggestion}?kommune=levanger`, {
      method: 'PATCH',
      token: verdalEditor,
      json: { status: 'in-progress', version: 1 },
    });
    expect(decide.status).toBe(403);
    expect((await book.api(`/api/moderation/suggestions/${levangerSuggestion}?kommune=levanger`, { token: verdalEditor })).status).toBe(
      403,
    );
  });

  it("moderates Verdal's own", async () => {
    expect((await book.api('/api/moderation/suggestions?kommune=verdal', { token: verdalEditor })).status).toBe(200);
    expect((await book.api('/api/moderation/councils?kommune=verdal', { token: verdalEditor })).status).toBe(200);
  });

  it('reads the national text, but may not edit, preview, send or publish it', async () => {
    const listed = await book.api('/api/moderation/articles?kommune=verdal', { token: verdalEditor });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ editable: false });
    const saved = await saveSyn(book, verdalEditor, '?kommune=verdal');
    expect(saved.status).toBe(403);
    expect(await errorOf(saved)).toEqual({
      code: 'national-text',
      message: expect.stringMatching(/^Artiklene er felles for alle kommunene/),
    });
    const refused = [
      await book.api('/api/moderation/articles/preview?kommune=verdal', { method: 'POST', token: verdalEditor, json: { source: syn } }),
      await book.api('/api/moderation/articles/syn/revisions?kommune=verdal', { token: verdalEditor }),
      await book.api('/api/moderation/articles/syn/reviews?kommune=verdal', {
        method: 'POST',
        token: verdalEditor,
        json: { version: 1, councils: ['x'], deadline: '2099-12-31' },
      }),
      await book.api('/api/moderation/publish?kommune=verdal', { method: 'POST', token: verdalEditor, json: { slugs: ['syn'] } }),
      await book.api('/api/moderation/publish?kommune=verdal', { method: 'POST', token: verdalEditor, json: {} }),
    ];
    expect(refused.map((response) => response.status)).toEqual([403, 403, 403, 403, 403]);
  });
});

describe('the national editor of the book', () => {
  it('edits the national text', async () => {
    const listed = await book.api('/api/moderation/articles?kommune=verdal', { token: nationalEditor });
    expect(await listed.json()).toMatchObject({ editable: true });
    const saved = await saveSyn(book, nationalEditor, '?kommune=verdal');
    expect(saved.status).toBe(200);
    const revisions = await book.api('/api/moderation/articles/syn/revisions?kommune=levanger', { token: nationalEditor });
    expect(revisions.status).toBe(200);
  });

  it('may act for every kommune of the book', async () => {
    for (const kommune of ['levanger', 'verdal']) {
      expect((await book.api(`/api/moderation/suggestions?kommune=${kommune}`, { token: nationalEditor })).status).toBe(200);
    }
  });
});

describe("the local sign-in on a kommune's editors' page", () => {
  const signIn = (body: Record<string, unknown>) =>
    book.api('/api/local/sign-in', {
      method: 'POST',
      token: null,
      json: { name: 'Lise Lokal', password: book.server.editorPassword, ...body },
    });
  const tokenOf = async (response: Response) => ((await response.json()) as { token: string }).token;

  it("gives that kommune's editor, who may not act for the other", async () => {
    const token = await tokenOf(await signIn({ kommune: 'levanger' }));
    expect((await book.api('/api/moderation/suggestions?kommune=levanger', { token })).status).toBe(200);
    expect((await book.api('/api/moderation/suggestions?kommune=verdal', { token })).status).toBe(403);
  });

  it('gives a national editor when chosen', async () => {
    const token = await tokenOf(await signIn({ kommune: 'levanger', role: 'national' }));
    expect((await saveSyn(book, token, '?kommune=levanger')).status).toBe(200);
  });

  it('refuses a sign-in that names no kommune of the book', async () => {
    for (const body of [{}, { kommune: 'halden' }]) {
      const response = await signIn(body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(/^Vi vet ikke hvilken kommune du er redaktør for\./);
    }
  });
});

describe('a kommune on its own', () => {
  it('keeps working with its editors group, for its suggestions and its articles', async () => {
    expect((await alone.api('/api/moderation/suggestions')).status).toBe(200);
    expect((await saveSyn(alone, await alone.token({ groups: ['editors'] }))).status).toBe(200);
    const signedIn = await alone.api('/api/local/sign-in', {
      method: 'POST',
      token: null,
      json: { name: 'Eva Eldre', password: alone.server.editorPassword },
    });
    const { token } = (await signedIn.json()) as { token: string };
    expect((await alone.api('/api/moderation/articles', { token })).status).toBe(200);
  });

  it('makes no editor of a book group', async () => {
    expect((await alone.api('/api/moderation/suggestions', { token: await alone.token({ groups: ['editors-verdal'] }) })).status).toBe(403);
  });
});
