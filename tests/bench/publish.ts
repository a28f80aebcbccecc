/**
 * From «Publiser» to readers on `npm start`, web first and print after: an edit to /sykehjem/'s
 * «Kort fortalt» is saved and published through the API; `publishToLiveMs` is the time until the
 * reader's page shows it, `pdfsReadyMs` until the publication is done (the book reprinted and
 * swapped in), and `printMs` the print stage alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitBook } from '../../functions/shared/book/git-book.ts';
import { loadOrCreateEditorKey, signEditorToken } from '../../tools/local/editor-key.ts';
import { startLocalServer } from '../../tools/local/server.ts';
import { BUILD_TIME_LIMIT_MINUTES } from '../../src/core/publishing/stages.ts';

const SUMMARY = 'Et sykehjem gir deg hjelp hele døgnet. Du søker om plass hos kommunen. Du betaler ut fra hva du tjener.';
const POLL_MS = 250;

/** The targets `npm run bench` prints beside the figures (issue 22), never asserted. */
export const PUBLISH_TARGETS = {
  realBook: { publishToLiveMsMax: 30_000, pdfsReadyMsMax: 5 * 60_000 },
  generatedBook1000: { publishToLiveMsMax: 90_000 },
};

export async function measurePublish(
  distDir: string,
  gitBook?: GitBook,
): Promise<{ publishToLiveMs: number; pdfsReadyMs: number; printMs: number; stage: string; articles: number | undefined }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-bench-publish-'));
  const server = await startLocalServer({ port: 0, dataDir, distDir, ...(gitBook ? { gitBook } : {}) });
  try {
    const token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Benk' });
    const call = (path: string, method: string, body: unknown) =>
      fetch(server.url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const source = readFileSync('content/articles/sykehjem.mdx', 'utf8').replace(/^summary: [\s\S]*?(?=^area:)/m, `summary: ${SUMMARY}\n`);
    const saved = await call('/api/moderation/articles/sykehjem', 'PUT', { source, version: 0 });
    if (!saved.ok) throw new Error(`save: ${saved.status} ${await saved.text()}`);
    const started = performance.now();
    const published = await call('/api/moderation/publish', 'POST', { slugs: ['sykehjem'] });
    if (published.status !== 202) throw new Error(`publish: ${published.status} ${await published.text()}`);
    const { id } = (await published.json()) as { id: string };
    const deadline = started + BUILD_TIME_LIMIT_MINUTES * 60_000;
    for (;;) {
      if ((await (await fetch(`${server.url}/sykehjem/`)).text()).includes(SUMMARY)) break;
      if (performance.now() > deadline) throw new Error('the page never went live');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const live = performance.now();
    let stage = '';
    for (;;) {
      stage = (await server.context.articles!.getPublication(id))?.stage ?? '';
      if (stage === 'done' || stage === 'print-failed' || stage === 'failed' || performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const done = performance.now();
    return {
      publishToLiveMs: Math.round(live - started),
      pdfsReadyMs: Math.round(done - started),
      printMs: Math.round(done - live),
      stage,
      articles: gitBook ? Object.keys(gitBook.sources).length : undefined,
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
