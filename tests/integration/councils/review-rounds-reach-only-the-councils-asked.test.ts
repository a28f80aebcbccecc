/**
 * Review rounds over HTTP: editors send a saved revision to councils, each council sees and answers
 * only its own requests, editors read the statements, and what readers get of a recommended live
 * revision says «Gjennomgått av …» (the councilReviews frontmatter the build renders).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { frontmatterFields } from '../../../src/core/frontmatter-fields.ts';
import { publishSaved, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
/** The article sources of the last build, as the site build would read them. */
const built = new Map<string, string>();

const capturingBuild: SiteBuilder = async (book, outDir) => {
  built.clear();
  // The bokmål texts only: the folder also holds the nynorsk texts in nn/.
  for (const file of readdirSync(book.articlesDir).filter((name) => name.endsWith('.mdx')))
    built.set(file.replace(/\.mdx$/, ''), readFileSync(join(book.articlesDir, file), 'utf8'));
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: capturingBuild });
});

afterAll(() => moderation?.close());

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function newCouncil(name: string, contactEmail?: string): Promise<{ id: string; code: string }> {
  const response = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name } });
  const body = (await response.json()) as { council: { id: string }; code: string };
  if (contactEmail) await moderation.api(`/api/moderation/councils/${body.council.id}`, { method: 'PATCH', json: { contactEmail } });
  return { id: body.council.id, code: body.code };
}

const asCouncil = (code: string, path: string, init: RequestInit & { json?: unknown } = {}) =>
  moderation.api(path, { ...init, token: null, headers: { authorization: `Council ${code}` } });

/** Saves `slug`'s git text with a changed summary as a new revision; resolves its version. */
async function saveChanged(slug: string, summary: string): Promise<number> {
  const head = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as { version: number; source: string };
  const source = head.source.replace(/^summary: .*$/m, `summary: ${summary}`);
  const saved = await moderation.api(`/api/moderation/articles/${slug}`, { method: 'PUT', json: { source, version: head.version } });
  expect(saved.status).toBe(200);
  return ((await saved.json()) as { version: number }).version;
}

function outboxSubjects(): string[] {
  const dir = moderation.server.context.env.MAIL_OUTBOX_DIR!;
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files.map((file) =>
    Buffer.from(/^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(readFileSync(join(dir, file), 'utf8'))![1]!, 'base64').toString('utf8'),
  );
}

describe('a review round', () => {
  it('goes to the councils asked, by e-mail too, and each council sees only its own requests', async () => {
    const elders = await newCouncil('Eldrerådet i uttalelsestesten', 'eldreradet@example.no');
    const disability = await newCouncil('Rådet for personer med funksjonsnedsettelse i uttalelsestesten');
    const summary = 'Et sykehjem gir deg hjelp hele døgnet. Du søker om plass hos kommunen. Du betaler ut fra inntekten din.';
    const version = await saveChanged('sykehjem', summary);

    const sent = await moderation.api('/api/moderation/articles/sykehjem/reviews', {
      method: 'POST',
      json: { version, councils: [elders.id], deadline: tomorrow() },
    });
    expect(sent.status).toBe(201);
    expect(outboxSubjects()).toContain(`Eldrerådet i uttalelsestesten er bedt om uttalelse: «Sykehjem (langtidsopphold)»`);

    const own = (await (await asCouncil(elders.code, '/api/council/reviews')).json()) as {
      council: { name: string };
      items: { id: string; deadline: string; title: string }[];
    };
    expect(own.council.name).toBe('Eldrerådet i uttalelsestesten');
    expect(own.items).toEqual([
      expect.objectContaining({ id: `sykehjem.${version}`, deadline: tomorrow(), title: 'Sykehjem (langtidsopphold)' }),
    ]);
    expect(JSON.stringify(own)).not.toContain('Kari Redaktør');

    const opened = (await (await asCouncil(elders.code, `/api/council/reviews/sykehjem.${version}`)).json()) as {
      source: string;
      liveSource: string;
    };
    expect(opened.source).toContain(summary);
    expect(opened.liveSource).toBe(await readFile('content/articles/sykehjem.mdx', 'utf8'));

    const other = (await (await asCouncil(disability.code, '/api/council/reviews')).json()) as { items: unknown[] };
    expect(other.items).toEqual([]);
    expect((await asCouncil(disability.code, `/api/council/reviews/sykehjem.${version}`)).status).toBe(404);
    expect(
      (
        await asCouncil(disability.code, `/api/council/reviews/sykehjem.${version}/statement`, {
          method: 'POST',
          json: { verdict: 'recommend' },
        })
      ).status,
    ).toBe(404);
    expect((await asCouncil('FEIL-KODE-0000', '/api/council/reviews')).status).toBe(401);
  });

  it('takes a statement per council and revision, remarks required for «Vi har merknader», changeable until the text is published', async () => {
    const elders = await newCouncil('Eldrerådet med merknader');
    const version = await saveChanged(
      'fastlege',
      'Fastlegen er legen din. Du kan bytte fastlege to ganger i året. Bytte gjør du på helsenorge.no.',
    );
    await moderation.api('/api/moderation/articles/fastlege/reviews', {
      method: 'POST',
      json: { version, councils: [elders.id], deadline: tomorrow() },
    });
    const path = `/api/council/reviews/fastlege.${version}/statement`;

    const missing = await asCouncil(elders.code, path, { method: 'POST', json: { verdict: 'remarks', text: '  ' } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { fields: Record<string, string> } }).error.fields.text).toBe('Skriv merknadene deres.');

    const stated = await asCouncil(elders.code, path, {
      method: 'POST',
      json: { verdict: 'remarks', text: 'Skriv hvor man søker om bytte på papir.' },
    });
    expect(stated.status).toBe(200);
    expect(await stated.json()).toMatchObject({
      statement: { verdict: 'remarks', text: 'Skriv hvor man søker om bytte på papir.', council: 'Eldrerådet med merknader' },
    });
    const changed = await asCouncil(elders.code, path, { method: 'POST', json: { verdict: 'recommend' } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ statement: { verdict: 'recommend' } });

    const forEditors = (await (await moderation.api('/api/moderation/articles/fastlege/reviews')).json()) as {
      items: Record<string, unknown>[];
    };
    expect(forEditors.items).toEqual([
      expect.objectContaining({
        version,
        councilName: 'Eldrerådet med merknader',
        requestedBy: 'Kari Redaktør',
        statement: expect.objectContaining({ verdict: 'recommend' }),
        earlierStatements: [expect.objectContaining({ verdict: 'remarks', text: 'Skriv hvor man søker om bytte på papir.' })],
      }),
    ]);

    await publishSaved(moderation, 'fastlege');
    const closed = await asCouncil(elders.code, path, { method: 'POST', json: { verdict: 'remarks', text: 'For sent.' } });
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { error: { code: string } }).error.code).toBe('review-closed');
  });

  it('refuses a deadline in the past and a revision that was never saved', async () => {
    const elders = await newCouncil('Eldrerådet med frister');
    const past = await moderation.api('/api/moderation/articles/syn/reviews', {
      method: 'POST',
      json: { version: 1, councils: [elders.id], deadline: '2020-01-01' },
    });
    expect(past.status).toBe(400);
    const never = await moderation.api('/api/moderation/articles/syn/reviews', {
      method: 'POST',
      json: { version: 99, councils: [elders.id], deadline: tomorrow() },
    });
    expect(((await never.json()) as { error: { fields: Record<string, string> } }).error.fields.version).toContain(
      'Fant ikke den versjonen',
    );
  });

  it('puts «Gjennomgått av» (and a statement editors made public) into the published article', async () => {
    const elders = await newCouncil('Eldrerådet som anbefaler');
    const version = await saveChanged(
      'hjemmehjelp',
      'Hjemmehjelp er hjelp til rengjøring hjemme. Du søker hos kommunen. Du betaler en egenandel.',
    );
    await moderation.api('/api/moderation/articles/hjemmehjelp/reviews', {
      method: 'POST',
      json: { version, councils: [elders.id], deadline: tomorrow() },
    });
    await asCouncil(elders.code, `/api/council/reviews/hjemmehjelp.${version}/statement`, {
      method: 'POST',
      json: { verdict: 'recommend', text: 'Teksten er lett å forstå.' },
    });
    const shown = await moderation.api(`/api/moderation/articles/hjemmehjelp/reviews/${version}.${elders.id}`, {
      method: 'PATCH',
      json: { public: true },
    });
    expect(shown.status).toBe(200);

    await publishSaved(moderation, 'hjemmehjelp');
    const data = frontmatterFields(built.get('hjemmehjelp')!) as { councilReviews?: unknown };
    expect(data.councilReviews).toEqual([
      { council: 'Eldrerådet som anbefaler', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), statement: 'Teksten er lett å forstå.' },
    ]);
  });
});
