/**
 * The build service of `npm start`: runs publication builds one at a time in this process, while
 * the current site keeps answering, and reports each stage to reportBuild – the same function the
 * AWS build's events reach. A build writes its book (git overlaid with what is published) to a work
 * folder under DATA_DIR, builds the web pages there with an Astro cache of its own, carries the
 * PDFs served now into them, swaps them live by one atomic rename of the pointer file, and only
 * then prints the book into the live site. The work folder goes when the build ends, so no later
 * build depends on it. State lives in the table: after a restart the build the last process left
 * running is run again.
 *
 * In a book of several kommuner (BOOK_CONFIG) a build rebuilds the kommuner its publications
 * concern (src/core/publishing/kommuner.ts), one after the other, each from the book in git with
 * the published articles and that kommune's published local parts, own articles and facts (its own, and the
 * book's national figures) laid over it, into a site folder
 * of its own (`site/<kommune>/`) swapped by its own pointer, and reported on its own: a kommune
 * that fails is tried again at the end of the line (reportBuild decides, from the table) while the
 * others go on.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { AppContext } from '../../functions/shared/dependencies.ts';
import type { ArticleStorage } from '../../functions/shared/storage/index.ts';
import { errorFields, log } from '../../functions/shared/log.ts';
import type { Publisher } from '../../functions/shared/publisher.ts';
import type { GitBook } from '../../functions/shared/book/git-book.ts';
import { writeBookFolder } from '../build/book-folder.ts';
import { carryEdition } from '../booklet/carry-edition.ts';
import { publishedBook, storedContent } from '../../functions/shared/publishing/published-book.ts';
import { factStorageOf, kommuneFacts } from '../../functions/shared/publishing/live-facts.ts';
import { kommuneFactFiles } from '../build/seed-facts.ts';
import { reportBuild, tickPublishing, type PublishingContext } from '../../functions/shared/publishing/publications.ts';
import { buildSite as defaultBuildSite, printBook as defaultPrintBook, type BookPrinter, type SiteBuilder } from './site-builder.ts';
import { isFinal } from '../../src/core/publishing/stages.ts';
import { osloClock } from '../../src/core/opening-hours.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import { kommuneOf, kommuneSite } from '../../src/core/books/addresses.ts';
import type { Book } from '../../src/core/schemas/book.ts';
import { localPartsSchema, type LocalParts } from '../../src/core/schemas/local-parts.ts';
import { localPartStorageOf } from '../../functions/shared/publishing/go-live.ts';
import { ownArticleStorageOf } from '../../functions/shared/publishing/own-article-storage-of.ts';
import { gitOwnArticles } from '../build/git-own-articles.ts';
import { kommuneEnv } from '../build/book-layout.ts';
import { inKommune } from '../../functions/shared/kommune-context.ts';

/** A book of several kommuner: its config file (BOOK_CONFIG) and what it says. */
export type LocalBook = { file: string; book: Book };

export type LocalPublisherOptions = {
  dataDir: string;
  /** The git book the functions bundle (functions/generated/book.json). */
  book: GitBook;
  /** The site served now (dist/ or the last publication; in a book, the kommune's): where the PDFs readers get come from. */
  currentSite: (kommune?: string) => string;
  /** Called with the new site folder after each successful swap (in a book, with the kommune). */
  onSiteChanged: (siteDir: string, kommune?: string) => void;
  /** A book of several kommuner: each kommune is built and swapped on its own. */
  bookConfig?: LocalBook;
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

/** The published site to serve at start (in a book, the kommune's), if any: the folder the pointer names. */
export async function publishedSite(dataDir: string, kommune?: string): Promise<{ dir: string; builtAt: number } | undefined> {
  const sites = kommune ? join(dataDir, 'site', kommune) : join(dataDir, 'site');
  try {
    const name = (await readFile(join(sites, 'current'), 'utf8')).trim();
    const dir = join(sites, name);
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

  /** Points `sites` (the site folder, or a kommune's in a book) at its build `name`. */
  async function swap(name: string, sites = siteDir, kommune?: string): Promise<void> {
    const previous = (await readFile(join(sites, 'current'), 'utf8').catch(() => '')).trim();
    await writeFile(join(sites, 'current.tmp'), name);
    await rename(join(sites, 'current.tmp'), join(sites, 'current'));
    options.onSiteChanged(join(sites, name), kommune);
    // Keep the site before this one: readers in the middle of a page load still get its files.
    // A site's server renderer lies beside it (src/core/rendered-pages.ts, serverDirFor) and goes with it.
    // In a book the kommuner's own folders stay.
    const kept = new Set([
      ...[name, previous, 'current'].flatMap((entry) => [entry, basename(serverDirFor(entry))]),
      ...(sites === siteDir ? (options.bookConfig?.book.kommuner.map((entry) => entry.id) ?? []) : []),
    ]);
    for (const entry of await readdir(sites)) {
      if (!kept.has(entry)) await rm(join(sites, entry), { recursive: true, force: true });
    }
  }

  /** The kommune's local parts file in git ({} when its entry names none). */
  async function gitLocalParts(file: string | undefined): Promise<LocalParts> {
    return file ? localPartsSchema.parse(JSON.parse(await readFile(resolve(file), 'utf8'))) : {};
  }

  /**
   * Builds one kommune of a book's build: its web pages from the book in git with the published
   * articles and its own published local parts laid over it, and its own seed fact files (its
   * municipality config from the book's entry, its county's file, the national figures) with its
   * own published facts and the national ones laid over them,
   * swapped into its own site folder, then its PDFs; each stage reported for that kommune and attempt.
   */
  async function runKommune(buildId: string, kommune: string): Promise<void> {
    if (!ctx || !options.bookConfig) throw new Error('local publisher not attached to a book');
    const build = await ctx.articles.getBuild(buildId);
    const run = build?.kommuner?.[kommune];
    if (!build || !run || isFinal(build.stage) || isFinal(run.stage)) return;
    const { file, book } = options.bookConfig;
    const entry = kommuneOf(book, kommune);
    const base = kommuneSite(book, entry).base;
    const env = kommuneEnv(file, { id: kommune, config: entry.config, base });
    const sites = join(siteDir, kommune);
    await mkdir(sites, { recursive: true });
    const work = join(publishDir, buildId, kommune);
    const outDir = join(sites, buildId);
    const report = (kind: Parameters<typeof reportBuild>[2]) => reportBuild(ctx!, buildId, kind, { id: kommune, attempt: run.attempt });
    const wanted = watchWanted(buildId);
    try {
      // A kommune a restart interrupted while printing has its web pages live already.
      const printing = run.stage === 'print' && options.currentSite(kommune) === outDir;
      if (!printing) {
        try {
          const published = await publishedBook(
            {
              ...options.book,
              facts: kommuneFactFiles(entry.config),
              localParts: await gitLocalParts(entry.localParts),
              own: await gitOwnArticles(entry.ownArticles),
            },
            // The book's articles with the kommune's own councils' statements (its review rounds).
            storedContent(inKommune(ctx, kommune).articles, kommuneFacts(ctx, kommune), {
              kommune,
              storage: localPartStorageOf(ctx),
              own: ownArticleStorageOf(ctx).of(kommune),
            }),
            build,
          );
          const folder = await writeBookFolder(join(work, 'book'), published);
          const bookDate = osloClock(ctx.now()).date;
          await buildSite({ ...folder, bookDate, kommuneEnv: env }, outDir, join(work, 'astro-cache'), wanted.signal);
          await carryEdition(options.currentSite(kommune), outDir, base);
        } catch (error) {
          log.warn('publishing build of a kommune failed', { buildId, kommune, attempt: run.attempt, ...errorFields(error) });
          await rm(outDir, { recursive: true, force: true });
          await rm(serverDirFor(outDir), { recursive: true, force: true });
          if (!wanted.signal.aborted) await report({ kind: 'failed', message: FAILED_MESSAGE });
          return;
        }
        if (wanted.signal.aborted) {
          await rm(outDir, { recursive: true, force: true });
          return;
        }
        await swap(buildId, sites, kommune);
        await report({ kind: 'site-live' });
      }
      try {
        await printBook?.(outDir, wanted.signal, env);
        await report({ kind: 'printed' });
      } catch (error) {
        log.warn('printing the book of a kommune failed', { buildId, kommune, ...errorFields(error) });
        if (!wanted.signal.aborted) await report({ kind: 'print-failed', message: publishingText('publish.localPrintFailed') });
      }
    } finally {
      wanted.stop();
      await rm(work, { recursive: true, force: true });
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
    if (build.kommuner && options.bookConfig) {
      for (const kommune of Object.keys(build.kommuner)) await runKommune(buildId, kommune);
      return;
    }
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

  function enqueue(buildId: string, kommune?: string): void {
    chain = chain
      .then(() => (kommune ? runKommune(buildId, kommune) : run(buildId)))
      .catch((error: unknown) => log.error('publishing failed', { buildId, kommune, ...errorFields(error) }));
  }

  const publisher: LocalPublisher = {
    async start(build) {
      enqueue(build.id);
      return build.id;
    },
    ...(options.bookConfig
      ? {
          kommuner: options.bookConfig.book.kommuner.map((kommune) => kommune.id),
          // At the end of the line: the other kommuner of the build go first.
          retryKommune: async (buildId: string, kommune: string) => enqueue(buildId, kommune),
        }
      : {}),
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
