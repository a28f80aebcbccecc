/**
 * Facts in a book of several kommuner (the Levanger–Verdal book), through the handlers and the
 * local publisher with a stand-in build that keeps the fact files each kommune's build was given:
 * the facts desk of a kommune lists its own seed files' facts; a Verdal editor's edit of a Verdal
 * service is kept under Verdal's keys and published to Verdal only; a national figure is the
 * book's, edited once by the national editor (a kommune's editor may not), and its publication
 * rebuilds both kommuner with the new value. The AWS
 * build of one kommune (tools/build/pull-published.ts with BOOK_KOMMUNE) writes the same facts.
 */
import { mkdtemp, readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { kommunePull, pullPublished } from '../../../tools/build/pull-published.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { createArticleStorage } from '../../../functions/shared/storage/index.ts';
import { kommuneOf } from '../../../src/core/books/addresses.ts';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const BOOK = 'content/books/levanger-verdal.json';
const VERDAL_TEXT = 'Testendring som bare Verdal publiserer.';
const NATIONAL_TITLE = 'Grunnbeløpet i folketrygden (G) – testendring for hele boka';

type FactFiles = {
  municipality: { name: string; services: Record<string, { description?: string }> };
  national: { figures: Record<string, { title: string }> };
};
/** The fact files each kommune's build was given, newest last. */
const built: { kommune: string | undefined; facts: FactFiles }[] = [];
const recordingBuild: SiteBuilder = async (book, outDir) => {
  const read = async (name: string) => JSON.parse(await readFile(join(book.factsDir!, name), 'utf8'));
  built.push({
    kommune: book.kommuneEnv?.BOOK_KOMMUNE,
    facts: { municipality: await read('municipality.json'), national: await read('national.json') },
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

let moderation: ModerationServer;
/** Editors' tokens by role: each kommune's editor, and the national editor of the book. */
const tokens: Record<'levanger' | 'verdal' | 'national', string> = { levanger: '', verdal: '', national: '' };
beforeAll(async () => {
  moderation = await startModerationServer({
    buildSite: recordingBuild,
    publishingClock: false,
    env: { ...process.env, BOOK_CONFIG: BOOK, SUGGESTION_RATE_LIMIT: '0' },
  });
  for (const role of ['levanger', 'verdal', 'national'] as const)
    tokens[role] = await moderation.token({ name: `Redaktør ${role}`, groups: [`editors-${role}`] });
}, 60_000);
afterAll(async () => {
  await moderation?.close();
});

type Fact = { version: number; value: Record<string, unknown> };
type Role = keyof typeof tokens;
const inKommune = (path: string, kommune: string) => `${path}${path.includes('?') ? '&' : '?'}kommune=${kommune}`;
/** A request to the API of `kommune` as that kommune's editor, or as `role`. */
const api = (path: string, kommune: 'levanger' | 'verdal', init: { method?: string; json?: unknown; role?: Role } = {}) =>
  moderation.api(inKommune(path, kommune), {
    method: init.method ?? 'GET',
    token: tokens[init.role ?? kommune],
    ...(init.json === undefined ? {} : { json: init.json }),
  });
const fact = async (id: string, kommune: 'levanger' | 'verdal') =>
  (await (await api(`/api/moderation/facts/${id}`, kommune)).json()) as Fact;
async function publish(
  kommune: 'levanger' | 'verdal',
  facts: string[],
  role?: Role,
): Promise<{ id: string; items: unknown[]; kommuner: string[] | undefined }> {
  const response = await api('/api/moderation/publish', kommune, { method: 'POST', json: { facts }, ...(role ? { role } : {}) });
  expect(response.status).toBe(202);
  const publication = (await response.json()) as { id: string; items: unknown[] };
  await moderation.server.publishingIdle();
  return { ...publication, kommuner: (await moderation.server.context.articles!.getPublication(publication.id))?.kommuner };
}
const lastBuildOf = (kommune: string) => built.filter((build) => build.kommune === kommune).at(-1);

describe('facts in a book of several kommuner', () => {
  it('lists on each kommune’s facts desk its own facts from its own seed files', async () => {
    const list = async (kommune: 'levanger' | 'verdal') =>
      ((await (await api('/api/moderation/facts', kommune)).json()) as { items: { id: string; title: string }[] }).items;
    const levanger = await list('levanger');
    expect(levanger.find((item) => item.id === 'hjemmetjenesten')?.title).toBe('Hjemmetjenesten i Levanger');
    expect(levanger.find((item) => item.id === 'kommunen')?.title).toContain('Levanger kommune');
    expect(levanger.map((item) => item.title).join(' ')).not.toContain('Verdal');
    expect((await list('verdal')).find((item) => item.id === 'hjemmetjenesten')?.title).toBe('Hjemmetjenesten i Verdal');
  });

  it('publishes a Verdal editor’s edit of a Verdal service to Verdal only', async () => {
    const before = await fact('hjemmetjenesten', 'verdal');
    const value = { ...before.value, description: VERDAL_TEXT };
    const saved = await api('/api/moderation/facts/hjemmetjenesten', 'verdal', { method: 'PUT', json: { value, version: before.version } });
    expect(saved.status).toBe(200);
    // Levanger's fact of the same id is its own: untouched, and nothing of Levanger's waits to be published.
    expect((await fact('hjemmetjenesten', 'levanger')).version).toBe(0);
    const empty = await api('/api/moderation/publish', 'levanger', { method: 'POST', json: { facts: ['hjemmetjenesten'] } });
    expect(empty.status).toBe(400);

    const publication = await publish('verdal', ['hjemmetjenesten']);
    expect(publication.items).toEqual([{ fact: 'hjemmetjenesten', version: 1, kommune: 'verdal' }]);
    expect(publication.kommuner).toEqual(['verdal']);
    expect(built.map((build) => build.kommune)).toEqual(['verdal']);
    expect(lastBuildOf('verdal')?.facts.municipality.name).toBe('Verdal kommune');
    expect(lastBuildOf('verdal')?.facts.municipality.services.hjemmetjenesten?.description).toBe(VERDAL_TEXT);
    const revisions = await api('/api/moderation/facts/hjemmetjenesten/revisions', 'verdal');
    expect(((await revisions.json()) as { liveVersion: number }).liveVersion).toBe(1);
  });

  it('lets only the national editor edit and publish a national figure, kept once for the book and published to every kommune', async () => {
    const before = await fact('grunnbelop', 'levanger');
    const edit = { value: { ...before.value, title: NATIONAL_TITLE }, version: before.version };
    const refused = await api('/api/moderation/facts/grunnbelop', 'levanger', { method: 'PUT', json: edit });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('national-figures');
    const saved = await api('/api/moderation/facts/grunnbelop', 'levanger', { method: 'PUT', json: edit, role: 'national' });
    expect(saved.status).toBe(200);
    // A kommune's editor can neither publish it by name nor carry it along with the kommune's own facts.
    const named = await api('/api/moderation/publish', 'levanger', { method: 'POST', json: { facts: ['grunnbelop'] } });
    expect(named.status).toBe(403);
    // One figure for the book: Verdal's desk sees the same revision.
    expect((await fact('grunnbelop', 'verdal')).value.title).toBe(NATIONAL_TITLE);

    const publication = await publish('levanger', ['grunnbelop'], 'national');
    expect(publication.items).toEqual([{ fact: 'grunnbelop', version: 1 }]);
    expect(publication.kommuner).toEqual(['levanger', 'verdal']);
    for (const kommune of ['levanger', 'verdal'])
      expect(lastBuildOf(kommune)?.facts.national.figures.grunnbelop?.title).toBe(NATIONAL_TITLE);
    // Each kommune's build lays its own facts over its own files: Verdal keeps its edit, Levanger never gets it.
    expect(lastBuildOf('verdal')?.facts.municipality.services.hjemmetjenesten?.description).toBe(VERDAL_TEXT);
    expect(lastBuildOf('levanger')?.facts.municipality.name).toBe('Levanger kommune');
    expect(lastBuildOf('levanger')?.facts.municipality.services.hjemmetjenesten?.description).not.toBe(VERDAL_TEXT);
  });

  it('is in the book folder the AWS build of each kommune writes: its own facts and the national figures', async () => {
    const env = moderation.server.context.env;
    const options = {
      client: createDocumentClient({ region: 'local', endpoint: env.DYNAMODB_ENDPOINT }),
      tableName: env.TABLE_NAME,
      contactRetentionDays: 180,
    };
    const book = parseBook(await readFile(BOOK, 'utf8'), BOOK);
    const work = await mkdtemp(join(tmpdir(), 'abc-book-facts-pull-'));
    const pulledFacts = async (kommune: string): Promise<FactFiles> => {
      const articles = createArticleStorage({ ...options, kommune });
      const pull = await kommunePull(options, { sources: {} }, kommuneOf(book, kommune));
      const folder = await pullPublished(articles, pull.facts, pull.git, undefined, join(work, kommune), pull.kommune);
      const read = async (name: string) => JSON.parse(await readFile(join(folder.factsDir!, name), 'utf8'));
      return { municipality: await read('municipality.json'), national: await read('national.json') };
    };
    try {
      const verdal = await pulledFacts('verdal');
      const levanger = await pulledFacts('levanger');
      expect(verdal.municipality.services.hjemmetjenesten?.description).toBe(VERDAL_TEXT);
      expect(levanger.municipality.name).toBe('Levanger kommune');
      expect(levanger.municipality.services.hjemmetjenesten?.description).not.toBe(VERDAL_TEXT);
      for (const facts of [verdal, levanger]) expect(facts.national.figures.grunnbelop?.title).toBe(NATIONAL_TITLE);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
