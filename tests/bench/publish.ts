/**
 * Time from «Publiser» to the live page on `npm start`: an edit to /sykehjem/'s «Kort fortalt»
 * is saved and published through the API, and the reader's page is fetched until it shows it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitBook } from '../../functions/articles/editor-articles.ts';
import { loadOrCreateEditorKey, signEditorToken } from '../../functions/local/editor-key.ts';
import { startLocalServer } from '../../functions/local/server.ts';

const SUMMARY = 'Et sykehjem gir deg hjelp hele døgnet. Du søker om plass hos kommunen. Du betaler ut fra hva du tjener.';

export async function measurePublish(
  distDir: string,
  gitBook?: GitBook,
): Promise<{ publishToLiveMs: number; articles: number | undefined }> {
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
    for (;;) {
      if ((await (await fetch(`${server.url}/sykehjem/`)).text()).includes(SUMMARY)) break;
      if (performance.now() - started > 30 * 60_000) throw new Error('the page never went live');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return {
      publishToLiveMs: Math.round(performance.now() - started),
      articles: gitBook ? Object.keys(gitBook.sources).length : undefined,
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
