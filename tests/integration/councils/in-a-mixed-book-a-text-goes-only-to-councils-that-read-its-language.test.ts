/**
 * A book whose kommuner write in different målformer (tests/fixtures/books/voss-jevnaker.json: Voss
 * nynorsk, Jevnaker bokmål): the national editor's round of the bokmål text goes to Jevnaker's
 * councils, and is refused, in plain words, for Voss's, which review the nynorsk text instead —
 * a council never gets a text in the other målform, nor the version number of another text.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let book: ModerationServer;
let national: string;
let version: number;
const councils: Record<string, string> = {};

beforeAll(async () => {
  book = await startModerationServer({ env: { SUGGESTION_RATE_LIMIT: '0', BOOK_CONFIG: 'tests/fixtures/books/voss-jevnaker.json' } });
  national = await book.token({ name: 'Nina Nasjonal', groups: ['editors-national'] });
  for (const kommune of ['voss', 'jevnaker']) {
    const created = await book.api(`/api/moderation/councils?kommune=${kommune}`, {
      method: 'POST',
      token: national,
      json: { name: `Eldrerådet i ${kommune}` },
    });
    councils[kommune] = ((await created.json()) as { council: { id: string } }).council.id;
  }
  const saved = await book.api('/api/moderation/articles/syn?kommune=jevnaker', {
    method: 'PUT',
    token: national,
    json: { source: await readFile('content/articles/syn.mdx', 'utf8'), version: 0 },
  });
  version = ((await saved.json()) as { version: number }).version;
}, 60_000);

afterAll(() => book?.close());

const send = (kommuneCouncils: Record<string, string[]>) =>
  book.api('/api/moderation/articles/syn/reviews?kommune=jevnaker', {
    method: 'POST',
    token: national,
    json: { version, deadline: '2027-01-15', kommuneCouncils },
  });

describe('a national round in a book of two målformer', () => {
  it('is refused for the councils of a kommune that reads the other målform, naming it, and asks nobody', async () => {
    const refused = await send({ jevnaker: [councils.jevnaker!], voss: [councils.voss!] });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields.kommuneCouncils).toContain('Voss herad');
    expect(error.fields.kommuneCouncils).toContain('nynorsk');
    const asked = await book.api('/api/moderation/reviews?kommune=jevnaker', { token: national });
    expect(JSON.stringify(await asked.json())).not.toContain(councils.jevnaker!);
  });

  it('goes to the councils of the kommuner that read the text’s målform', async () => {
    const sent = await send({ jevnaker: [councils.jevnaker!] });
    expect(sent.status, await sent.clone().text()).toBe(201);
    const { items } = (await sent.json()) as { items: { kommune: string }[] };
    expect(items.map((item) => item.kommune)).toEqual(['jevnaker']);
  });
});
