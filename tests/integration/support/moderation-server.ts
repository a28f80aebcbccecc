import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateEditorKey, signEditorToken, type LocalEditorKey, type LocalTokenOptions } from '../../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer, type LocalServerOptions } from '../../../tools/local/server.ts';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';

export interface ModerationServer {
  server: LocalServer;
  key: LocalEditorKey;
  /** A bearer token from the server's own local key. */
  token(options?: LocalTokenOptions): Promise<string>;
  /** fetch against the server, as an editor (in a book, the national editor) unless `token` is given (null: no Authorization header). */
  api(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The local server (API only) with a fresh data directory, the rate limit off (unless `env` says otherwise) and the key editor-token uses.
 * `now` is the handlers' clock (a `manualClock()` makes timestamps distinct without waiting); `distDir` a built site, if the test needs one.
 * Its mail timer waits a day: a test sends due mail with `server.runMailSchedule()`, so what it finds in the outbox is what it caused.
 */
export async function startModerationServer(
  options: Pick<LocalServerOptions, 'storeEndpoint' | 'now' | 'buildSite' | 'printBook' | 'publishingClock' | 'env'> & {
    distDir?: string;
    /** The data directory of a server that ran before (a restart); its owner removes it. Default: a fresh one, removed on close. */
    dataDir?: string;
  } = {},
): Promise<ModerationServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'abc-moderation-'));
  const server = await startLocalServer({
    port: 0,
    dataDir,
    env: { SUGGESTION_RATE_LIMIT: '0' },
    mailEveryMs: 24 * 60 * 60 * 1000,
    ...options,
    distDir: options.distDir ?? join(dataDir, 'no-dist'),
  });
  const key = await loadOrCreateEditorKey(dataDir);
  // In a book «an editor» is the national editor, who may act for every kommune (functions/shared/editor-roles.ts).
  const editorToken = await signEditorToken(key, {
    name: 'Kari Redaktør',
    ...(options.env?.BOOK_CONFIG ? { groups: ['editors-national'] } : {}),
  });
  return {
    server,
    key,
    token: (options) => signEditorToken(key, options),
    api: (path, init = {}) => {
      const { token = editorToken, json, headers, ...rest } = init;
      return fetch(server.url + path, {
        ...rest,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...(headers as Record<string, string> | undefined),
        },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });
    },
    close: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Submits a suggestion the way the public form does; returns its id. */
export async function submit(moderation: ModerationServer, body: Record<string, unknown>): Promise<string> {
  const response = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: body });
  if (response.status !== 201) throw new Error(`submit: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Publishing's build stands in for Astro: what goes live is tested, not the pages. */
export const quickBuild: SiteBuilder = async (_book, outDir) => {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

/**
 * Saves `slug`'s git text as a new revision (linked to a suggestion when given), publishes it and
 * follows the publication until it is live, as an editor's «Publiser» does. Needs a server started
 * with `buildSite: quickBuild`.
 */
export async function publishArticle(
  moderation: ModerationServer,
  slug: string,
  link: { suggestionId?: string; source?: string } = {},
): Promise<void> {
  const head = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as { version: number };
  const source = link.source ?? (await readFile(`content/articles/${slug}.mdx`, 'utf8'));
  const saved = await moderation.api(`/api/moderation/articles/${slug}`, {
    method: 'PUT',
    json: { source, version: head.version, ...(link.suggestionId ? { suggestionId: link.suggestionId } : {}) },
  });
  if (saved.status !== 200) throw new Error(`save: ${saved.status} ${await saved.text()}`);
  await publishSaved(moderation, slug);
}

/** Publishes the newest saved revision of `slug` and follows the publication until it is live. */
export async function publishSaved(moderation: ModerationServer, slug: string): Promise<void> {
  const { id } = (await (await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: [slug] } })).json()) as {
    id: string;
  };
  await moderation.server.publishingIdle();
  const status = (await (await moderation.api(`/api/moderation/publish/${id}`)).json()) as { status: string };
  if (status.status !== 'live') throw new Error(`publish: ${JSON.stringify(status)}`);
}
