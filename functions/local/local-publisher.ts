/**
 * Publishing on `npm start`: each publication's book (git articles overlaid with the published
 * revisions) is written to a work folder under DATA_DIR and built there, one at a time, while the
 * current site keeps answering. Only a build that succeeded replaces the served site, by one
 * atomic rename of the pointer file; a failed one leaves it untouched. State lives in DATA_DIR,
 * so a restart serves the last published site and finishes publications it interrupted.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../shared/context.ts';
import type { ArticleStorage } from '../shared/storage/index.ts';
import { errorFields, log } from '../shared/log.ts';
import type { BuildState, Publisher } from '../shared/publisher.ts';
import { publicationStatus, publishedBook, type GitBook } from '../articles/editor-articles.ts';
import { writeBookFolder } from '../build/book-folder.ts';
import { buildSite as defaultBuildSite, type SiteBuilder } from './site-builder.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

export type LocalPublisherOptions = {
  dataDir: string;
  /** The git book the functions bundle (functions/generated/book.json). */
  book: GitBook;
  /** Called with the new site folder after each successful swap. */
  onSiteChanged: (siteDir: string) => void;
  buildSite?: SiteBuilder;
};

export type LocalPublisher = Publisher & {
  /** Starts the publisher: resumes publications a restart interrupted. Needs the context that reads storage. */
  attach(ctx: AppContext & { articles: ArticleStorage }): Promise<void>;
  /** Resolves when every queued build has finished (tests and shutdown). */
  idle(): Promise<void>;
};

const FAILED_MESSAGE = publishingText('publish.localFailed');

/** The published site to serve at start, if any: the folder the pointer names. */
export async function publishedSite(dataDir: string): Promise<{ dir: string; builtAt: number } | undefined> {
  try {
    const name = (await readFile(join(dataDir, 'site', 'current'), 'utf8')).trim();
    const dir = join(dataDir, 'site', name);
    return { dir, builtAt: (await stat(join(dir, 'index.html'))).mtimeMs };
  } catch {
    return undefined;
  }
}

export function localPublisher(options: LocalPublisherOptions): LocalPublisher {
  const buildSite = options.buildSite ?? defaultBuildSite;
  const publishDir = join(options.dataDir, 'publish');
  const siteDir = join(options.dataDir, 'site');
  const stateFile = (id: string) => join(publishDir, id, 'state.json');
  let ctx: (AppContext & { articles: ArticleStorage }) | undefined;
  let chain: Promise<void> = Promise.resolve();

  async function writeState(id: string, state: BuildState): Promise<void> {
    await mkdir(join(publishDir, id), { recursive: true });
    await writeFile(`${stateFile(id)}.tmp`, JSON.stringify(state));
    await rename(`${stateFile(id)}.tmp`, stateFile(id));
  }

  async function readState(id: string): Promise<BuildState | undefined> {
    try {
      return JSON.parse(await readFile(stateFile(id), 'utf8')) as BuildState;
    } catch {
      return undefined;
    }
  }

  async function swap(name: string): Promise<void> {
    const previous = (await readFile(join(siteDir, 'current'), 'utf8').catch(() => '')).trim();
    await writeFile(join(siteDir, 'current.tmp'), name);
    await rename(join(siteDir, 'current.tmp'), join(siteDir, 'current'));
    options.onSiteChanged(join(siteDir, name));
    // Keep the site before this one: readers in the middle of a page load still get its files.
    for (const entry of await readdir(siteDir)) {
      if (entry !== name && entry !== previous && entry !== 'current' && entry !== 'cache')
        await rm(join(siteDir, entry), { recursive: true, force: true });
    }
  }

  async function build(id: string): Promise<void> {
    if (!ctx) throw new Error('local publisher not attached');
    const articleContext = { ...ctx, book: options.book, publisher };
    const publication = await ctx.articles.getPublication(id);
    if (!publication) return;
    await writeState(id, { state: 'building' });
    const outDir = join(siteDir, id);
    try {
      const folder = await writeBookFolder(join(publishDir, id, 'book'), await publishedBook(articleContext, publication.items));
      await buildSite(folder, outDir, join(siteDir, 'cache'));
      await swap(id);
      await writeState(id, { state: 'succeeded' });
    } catch (error) {
      log.warn('publishing build failed', { publicationId: id, ...errorFields(error) });
      await rm(outDir, { recursive: true, force: true });
      await writeState(id, { state: 'failed', message: FAILED_MESSAGE });
    }
    // Make it live now rather than on the editor's next look at the status.
    await publicationStatus(articleContext, id);
  }

  function enqueue(id: string): void {
    chain = chain
      .then(() => build(id))
      .catch((error: unknown) => log.error('publishing failed', { publicationId: id, ...errorFields(error) }));
  }

  const publisher: LocalPublisher = {
    async start(publication) {
      await writeState(publication.id, { state: 'queued' });
      enqueue(publication.id);
      return publication.id;
    },
    async status(buildId) {
      return (await readState(buildId)) ?? { state: 'failed', message: FAILED_MESSAGE };
    },
    async attach(context) {
      ctx = context;
      await mkdir(siteDir, { recursive: true });
      const ids = await readdir(publishDir).catch(() => [] as string[]);
      for (const id of ids) {
        const state = await readState(id);
        if (state?.state === 'queued' || state?.state === 'building') enqueue(id);
        else if (state?.state === 'succeeded')
          await publicationStatus({ ...context, book: options.book, publisher }, id).catch(() => undefined);
      }
    },
    idle: () => chain,
  };
  return publisher;
}
