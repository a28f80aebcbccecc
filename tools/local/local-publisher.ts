/**
 * The build service of `npm start`: runs publication builds one at a time in this process, while
 * the current site keeps answering, and reports each stage to reportBuild – the same function the
 * AWS build's events reach. A build writes its book (git overlaid with what is published) to a work
 * folder under DATA_DIR, builds the web pages there with an Astro cache of its own, carries the
 * PDFs served now into them, swaps them live by one atomic rename of the pointer file, and only
 * then prints the book into the live site. The work folder goes when the build ends, so no later
 * build depends on it. State lives in the table: after a restart the build the last process left
 * running is run again.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppContext } from '../../functions/shared/dependencies.ts';
import type { ArticleStorage } from '../../functions/shared/storage/index.ts';
import { errorFields, log } from '../../functions/shared/log.ts';
import type { Publisher } from '../../functions/shared/publisher.ts';
import type { GitBook } from '../../functions/shared/book/git-book.ts';
import { writeBookFolder } from '../build/book-folder.ts';
import { carryEdition } from '../booklet/carry-edition.ts';
import { publishedBook, storedContent } from '../../functions/shared/publishing/published-book.ts';
import { factStorageOf } from '../../functions/shared/publishing/live-facts.ts';
import { reportBuild, tickPublishing, type PublishingContext } from '../../functions/shared/publishing/publications.ts';
import { buildSite as defaultBuildSite, printBook as defaultPrintBook, type BookPrinter, type SiteBuilder } from './site-builder.ts';
import { isFinal } from '../../src/core/publishing/stages.ts';
import { osloClock } from '../../src/core/opening-hours.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';

export type LocalPublisherOptions = {
  dataDir: string;
  /** The git book the functions bundle (functions/generated/book.json). */
  book: GitBook;
  /** The site served now (dist/ or the last publication): where the PDFs readers get come from. */
  currentSite: () => string;
  /** Called with the new site folder after each successful swap. */
  onSiteChanged: (siteDir: string) => void;
  /** The web pages; the real Astro + Pagefind build by default. */
  buildSite?: SiteBuilder;
  /** The PDFs; the real print when `buildSite` is the real build too, otherwise none (a build stand-in makes no printable site). */
  printBook?: BookPrinter;
};

export type LocalPublisher = Publisher & {
  /** Starts the publisher: runs again the build a restart interrupted, then starts what waits. */
  attach(ctx: AppContext & { articles: ArticleStorage }): Promise<void>;
  /** Resolves when no build runs or is lined up here (tests and shutdown). */
  idle(): Promise<void>;
};

const FAILED_MESSAGE = publishingText('publish.localFailed');
/** How often a running build checks that it is still wanted (the clock may have ended it at its time limit). */
const STILL_WANTED_MS = 10_000;

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
  const printBook = options.printBook ?? (options.buildSite ? undefined : defaultPrintBook);
  const publishDir = join(options.dataDir, 'publish');
  const siteDir = join(options.dataDir, 'site');
  let ctx: PublishingContext | undefined;
  let chain: Promise<void> = Promise.resolve();

  async function swap(name: string): Promise<void> {
    const previous = (await readFile(join(siteDir, 'current'), 'utf8').catch(() => '')).trim();
    await writeFile(join(siteDir, 'current.tmp'), name);
    await rename(join(siteDir, 'current.tmp'), join(siteDir, 'current'));
    options.onSiteChanged(join(siteDir, name));
    // Keep the site before this one: readers in the middle of a page load still get its files.
    // A site's server renderer lies beside it (src/core/rendered-pages.ts, serverDirFor) and goes with it.
    const kept = new Set([name, previous, 'current'].flatMap((entry) => [entry, basename(serverDirFor(entry))]));
    for (const entry of await readdir(siteDir)) {
      if (!kept.has(entry)) await rm(join(siteDir, entry), { recursive: true, force: true });
    }
  }

  /** Stops the build's steps once the table says it has ended (the clock's time limit). */
  function watchWanted(buildId: string): { signal: AbortSignal; stop: () => void } {
    const controller = new AbortController();
    const timer = setInterval(() => {
      void ctx?.articles
        .getBuild(buildId)
        .then((build) => {
          if (!build || isFinal(build.stage)) controller.abort();
        })
        .catch(() => undefined);
    }, STILL_WANTED_MS);
    timer.unref();
    return { signal: controller.signal, stop: () => clearInterval(timer) };
  }

  async function run(buildId: string): Promise<void> {
    if (!ctx) throw new Error('local publisher not attached');
    const build = await ctx.articles.getBuild(buildId);
    if (!build || isFinal(build.stage)) return;
    const work = join(publishDir, buildId);
    const outDir = join(siteDir, buildId);
    const wanted = watchWanted(buildId);
    try {
      // A build a restart interrupted while printing has its web pages live already.
      const printing = build.stage === 'print' && options.currentSite() === outDir;
      if (!printing) {
        try {
          const folder = await writeBookFolder(
            join(work, 'book'),
            await publishedBook(options.book, storedContent(ctx.articles, factStorageOf(ctx)), build),
          );
          // As of the publisher's clock: a build scheduled for a validFrom shows that day's values.
          const bookDate = osloClock(ctx.now()).date;
          await buildSite({ ...folder, bookDate }, outDir, join(work, 'astro-cache'), wanted.signal);
          await carryEdition(options.currentSite(), outDir);
        } catch (error) {
          log.warn('publishing build failed', { buildId, ...errorFields(error) });
          await rm(outDir, { recursive: true, force: true });
          await rm(serverDirFor(outDir), { recursive: true, force: true });
          if (!wanted.signal.aborted) await reportBuild(ctx, buildId, { kind: 'failed', message: FAILED_MESSAGE });
          return;
        }
        if (wanted.signal.aborted) {
          await rm(outDir, { recursive: true, force: true });
          return;
        }
        await swap(buildId);
        await reportBuild(ctx, buildId, { kind: 'site-live' });
      }
      try {
        await printBook?.(outDir, wanted.signal);
        await reportBuild(ctx, buildId, { kind: 'printed' });
      } catch (error) {
        log.warn('printing the book failed', { buildId, ...errorFields(error) });
        if (!wanted.signal.aborted)
          await reportBuild(ctx, buildId, { kind: 'print-failed', message: publishingText('publish.localPrintFailed') });
      }
    } finally {
      wanted.stop();
      await rm(work, { recursive: true, force: true });
    }
  }

  function enqueue(buildId: string): void {
    chain = chain.then(() => run(buildId)).catch((error: unknown) => log.error('publishing failed', { buildId, ...errorFields(error) }));
  }

  const publisher: LocalPublisher = {
    async start(build) {
      enqueue(build.id);
      return build.id;
    },
    async attach(context) {
      ctx = { ...context, publisher };
      await mkdir(siteDir, { recursive: true });
      const { running } = await context.articles.getQueue();
      if (running !== undefined) enqueue(running);
      await tickPublishing(ctx);
    },
    idle: async () => {
      // A build that ends starts the next one, which joins the chain: wait until none is added.
      let seen: Promise<void> | undefined;
      while (seen !== chain) {
        seen = chain;
        await seen;
      }
    },
  };
  return publisher;
}
