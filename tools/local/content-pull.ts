/**
 * `npm run content:pull`: writes the articles and facts editors published on the running local
 * instance (same DATA_DIR and PORT as `npm start`) into content/ – articles into
 * content/articles/, facts into the kommune's file, its county's file and the national figures –
 * so the repository catches up and a developer can commit them. Retired articles leave
 * content/articles/ and their redirect goes into content/redirects.json; cross-references follow as
 * they do when publishing (the same overlay, functions/shared/publishing/published-book.ts). Afterwards the
 * store and git build the same book. From a nynorsk kommune's instance it writes the nynorsk texts
 * into content/articles/nn/ instead, and leaves the bokmål as it is.
 */
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Review } from '../../src/core/articles/reviews.ts';
import type { ArticleSummary } from '../../src/core/articles/types.ts';
import { ARTICLES_DIR, articleSlugs } from '../build/generated-files.ts';
import { writeArticles } from '../build/write-articles.ts';
import { writeTopics } from '../build/write-topics.ts';
import { publishedBook, type PublishedSource } from '../../functions/shared/publishing/published-book.ts';
import type { FactListItem } from '../../src/core/facts/types.ts';
import { municipalityOf, readFactFiles, type FactFilePaths } from '../../src/core/municipality.ts';
import { loadOrCreateEditorKey, signEditorToken } from './editor-key.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type PullResult = { written: string[]; removed: string[]; factFiles: string[] };

/** What the running instance publishes, read through its editors' API. */
function instanceContent(get: <T>(path: string) => Promise<T>): PublishedSource {
  return {
    articles: {
      heads: async () => (await get<{ items: ArticleSummary[] }>('/api/moderation/articles')).items,
      revision: (slug, version) => get<{ source: string; retiredBy?: string }>(`/api/moderation/articles/${slug}?version=${version}`),
      reviews: async (slug) => (await get<{ items: Review[] }>(`/api/moderation/articles/${slug}/reviews`)).items,
    },
    facts: {
      heads: async () => {
        const saved = (await get<{ items: FactListItem[] }>('/api/moderation/facts')).items.filter((item) => item.version > 0);
        const heads = [];
        for (const item of saved) {
          const { liveVersion } = await get<{ liveVersion: number }>(`/api/moderation/facts/${item.id}/revisions`);
          heads.push({ id: item.id, liveVersion });
        }
        return heads;
      },
      revision: (id, version) => get<{ value: Record<string, unknown> }>(`/api/moderation/facts/${id}?version=${version}`),
    },
  };
}

/** Pulls from the instance at `baseUrl`, as the editor `token` names, into `articlesDir`. */
export async function pullContent(
  baseUrl: string,
  token: string,
  articlesDir = ARTICLES_DIR,
  redirectsFile = join(root, 'content', 'redirects.json'),
  env: Record<string, string | undefined> = { MUNICIPALITY_CONFIG: process.env.MUNICIPALITY_CONFIG },
  /** Where the fact files' paths (content/municipality.json …) are read and written from. */
  factsRoot = root,
): Promise<PullResult> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const seed = readFactFiles((path) => readFileSync(resolve(factsRoot, path), 'utf8'), env);
  // A nynorsk kommune's instance publishes the nynorsk texts (its API serves them): they go to
  // content/articles/nn/, and the bokmål, which that instance does not edit, stays as it is in git.
  const nynorsk = municipalityOf(seed.files, seed.paths).language === 'nn';
  const dir = nynorsk ? join(articlesDir, 'nn') : articlesDir;
  const git: Record<string, string> = {};
  for (const slug of await articleSlugs(dir)) git[slug] = await readFile(join(dir, `${slug}.mdx`), 'utf8');
  const existing = nynorsk ? {} : (JSON.parse(await readFile(redirectsFile, 'utf8').catch(() => '{}')) as Record<string, string>);
  const instance = instanceContent(get);
  // The same overlay a publication builds: what this writes is what readers get. Councils review the bokmål text.
  const source = nynorsk ? { ...instance, articles: { ...instance.articles, reviews: async () => [] } } : instance;
  const book = await publishedBook({ sources: git, redirects: existing, facts: seed.files }, source);

  const written: string[] = [];
  for (const [slug, text] of Object.entries(book.sources)) {
    if (git[slug] === text) continue;
    await writeFile(join(dir, `${slug}.mdx`), text);
    written.push(nynorsk ? `nn/${slug}` : slug);
  }
  const removed = nynorsk ? [] : Object.keys(git).filter((slug) => !Object.hasOwn(book.sources, slug));
  for (const slug of removed) await rm(join(articlesDir, `${slug}.mdx`));
  if (Object.keys(book.redirects).length > 0) await writeFile(redirectsFile, `${JSON.stringify(book.redirects, null, 2)}\n`);
  const factFiles: string[] = [];
  for (const part of ['municipality', 'county', 'national'] as const satisfies (keyof FactFilePaths)[]) {
    const next = `${JSON.stringify(book.facts![part], null, 2)}\n`;
    const path = resolve(factsRoot, seed.paths[part]);
    if ((await readFile(path, 'utf8')) === next) continue;
    await writeFile(path, next);
    factFiles.push(seed.paths[part]);
  }
  return { written, removed, factFiles };
}

if (import.meta.main) {
  const port = process.env.PORT ?? '4321';
  try {
    const token = await signEditorToken(await loadOrCreateEditorKey(process.env.DATA_DIR ?? `${root}.data`), { name: 'content:pull' });
    const { written, removed, factFiles } = await pullContent(`http://127.0.0.1:${port}`, token);
    await writeTopics();
    await writeArticles();
    console.info(
      written.length + removed.length + factFiles.length === 0
        ? 'content/ er allerede lik det som er publisert.'
        : `Skrev ${written.length} artikler${written.length ? ` (${written.join(', ')})` : ''}${removed.length ? `, fjernet ${removed.join(', ')} (videresendes, se content/redirects.json)` : ''}${factFiles.length ? `, fakta i ${factFiles.join(', ')}` : ''}. Se over med git diff og commit.`,
    );
  } catch (error) {
    console.error(
      `Fikk ikke hentet publiserte artikler og fakta fra http://127.0.0.1:${port}/ – kjører npm start med samme DATA_DIR og PORT?\n${(error as Error).message}`,
    );
    process.exit(1);
  }
}
