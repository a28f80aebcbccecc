/**
 * The local run: one node:http server that serves dist/ and routes /api/* through the real
 * handlers (functions/routes.ts) against dynalite in a thread of this process (embedded-dynamo.ts), persisted under dataDir.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createContext, type AppContext } from '../../functions/shared/dependencies.ts';
import { createDocumentClient } from '../../functions/shared/storage/client.ts';
import { emlSender } from './eml-sender.ts';
import {
  createArticleStorage,
  createFeedbackStorage,
  createLocalMaintenance,
  createSignInFailureStorage,
  createSuggestionLists,
} from '../../functions/shared/storage/index.ts';
import { readEnv } from '../../functions/shared/env.ts';
import { readFileSync } from 'node:fs';
import { municipalityOf, parseMunicipality, readFactFiles } from '../../src/core/municipality.ts';
import { useLanguage } from '../../src/core/text/language.ts';
import { MethodNotAllowedError, NotFoundError, PayloadTooLargeError } from '../../functions/shared/errors.ts';
import { createHandler, type RouteLogic } from '../../functions/shared/handler.ts';
import { errorResponse, type APIGatewayProxyEventV2, type Handler } from '../../functions/shared/http.ts';
import { errorFields, log } from '../../functions/shared/log.ts';
import { insightDigest, mailRetry, routeKey, routes as allRoutes, type Route } from '../../functions/routes.ts';
import { sendMonthlyDigests } from '../../functions/insight/digest.ts';
import { monthlyDigestDue } from '../../src/core/insight/days.ts';
import { matchRoute } from './match-route.ts';
import { runMailSchedule } from '../../functions/mail/schedule.ts';
import { BodyTooLargeError, toApiEvent, writeApiResult } from './api-event.ts';
import { councilAdmin } from '../../functions/councils/council-admin.ts';
import { seedDemoCouncil } from './demo-council.ts';
import { loadOrCreateEditorKey, localAuthEnv } from './editor-key.ts';
import { localEditorHandlers } from './editor-sign-in.ts';
import { signInThrottle } from './sign-in-throttle.ts';
import { startEmbeddedDynamo } from './embedded-dynamo.ts';
import { persistedValue, randomSalt } from './local-secrets.ts';
import { SECURITY_HEADERS, serveStatic } from './static-files.ts';
import { REDIRECTS, retiredAddresses } from '../../src/core/redirects.ts';
import gitBook from '../../functions/generated/book.json' with { type: 'json' };
import { localPublisher, publishedSite } from './local-publisher.ts';
import type { BookPrinter, SiteBuilder } from './site-builder.ts';
import { tickPublishing } from '../../functions/shared/publishing/publications.ts';
import type { GitBook } from '../../functions/shared/book/git-book.ts';
import { bookConfigFile, parseBook } from '../../src/core/books/parse-book.ts';
import { bookApiEnv } from '../../src/core/books/kommune-profiles.ts';
import { bookLayout } from '../../src/core/books/book-layout.ts';
import { inKommune } from '../../functions/shared/kommune-context.ts';
import type { BuiltSite } from '../../functions/shared/built-site.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';

export type LocalServerOptions = {
  /** 0 picks a free port. */
  port: number;
  /** Where dynalite and the local secrets live; survives restarts. */
  dataDir: string;
  /** The built site. */
  distDir: string;
  /** Default 127.0.0.1: the local run is not meant to be reachable from the network. */
  host?: string;
  /** Environment variables for the handlers (e.g. SUGGESTION_RATE_LIMIT); process.env by default. */
  env?: Record<string, string | undefined>;
  /** Valid article slugs; functions/generated/topics.json by default. */
  topics?: Iterable<string>;
  now?: () => Date;
  routes?: readonly Route[];
  /** How publishing builds the web pages; the real Astro + Pagefind build by default. */
  buildSite?: SiteBuilder;
  /** How publishing prints the book; the real print by default, none when `buildSite` is a stand-in. */
  printBook?: BookPrinter;
  /** The git book publishing lays the revisions over; functions/generated/book.json by default (the bench uses a generated one). */
  gitBook?: GitBook;
  /** Runs the publishing clock (default true); tests that drive the publishing domain themselves turn it off. */
  publishingClock?: boolean;
  /** Where the handlers reach the embedded store; tests put a recording proxy in front of it. */
  storeEndpoint?: (embeddedEndpoint: string) => string;
  /** Milliseconds between scheduled mail runs; every `mailRetry.everyMinutes` as in AWS by default. */
  mailEveryMs?: number;
  /** A book's kommuner on hosts of their own: host name → the folder of its built pages (`dist-hosts/<host>/`). A request is served from the folder its Host header names; any other host gets the site. */
  hostSites?: Readonly<Record<string, string>>;
  /** The prefixes of a book's kommuner (`/levanger/`): old addresses answer with a 301 under each of them too. */
  prefixes?: readonly string[];
};

export type LocalServer = {
  url: string;
  /** The code of the seeded "Eldrerådet". */
  demoCouncilCode: string;
  /** In a book of several kommuner: the code of each kommune's own "Eldrerådet", by kommune id. */
  demoCouncilCodes: Readonly<Record<string, string>>;
  /** The password of the local editor sign-in on /redaksjon/. */
  editorPassword: string;
  /** The handlers' context, for tests that want to look into storage. */
  context: AppContext;
  /** The folder the site is served from now: distDir, or the last published build under dataDir. */
  siteDir(): string;
  /** In a book of several kommuner: the folder the kommune's pages are served from now (its part of distDir, or its last published build). */
  kommuneSiteDir(kommune: string): string | undefined;
  /** Resolves when no publishing build is running or queued. */
  publishingIdle(): Promise<void>;
  /** Runs the scheduled mail run now (receipts, reminders, retries), as the timer does. */
  runMailSchedule(): Promise<void>;
  close(): Promise<void>;
};

/** Locally nothing is sent: this is the From of the .eml files in DATA_DIR/outbox/. */
const LOCAL_SENDER = 'Alderdommens ABC <ikke-svar@localhost>';
/** Locally the editors' mailbox is an address in the .eml files, like every other. */
const LOCAL_EDITORS = 'redaksjonen@localhost';
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const MAIL_INTERVAL_MS = mailRetry.everyMinutes * 60 * 1000;
/** How often the local server checks whether the councils' monthly e-mail is due (it goes once per council and month). */
const DIGEST_CHECK_MS = 60 * 60 * 1000;
const PUBLISHING_CLOCK_MS = 10_000;
export const LOCAL_TABLE_NAME = 'alderdommens-abc-local';

/** The host a request names, without its port, as host names compare: `Abc.Verdal.Kommune.no:4321` → `abc.verdal.kommune.no`. */
function hostName(header: string | undefined): string {
  return (header ?? '').replace(/:\d+$/, '').toLowerCase();
}

/** The målform of the kommune whose config (or facts folder) the environment names. */
function kommuneLanguage(source: Record<string, string | undefined>) {
  const { files, paths } = readFactFiles((path) => readFileSync(resolve(path), 'utf8'), source);
  return municipalityOf(files, paths).language;
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const dataDir = resolve(options.dataDir);
  const distDir = resolve(options.distDir);
  const dynamo = await startEmbeddedDynamo(join(dataDir, 'dynamodb'));
  const source = options.env ?? process.env;
  // Editors sign in against a local key unless the caller points the run at a real provider.
  const editorKey = await loadOrCreateEditorKey(dataDir);
  // A book of several kommuner (BOOK_CONFIG): one API for all its kommuner, each request naming its own
  // (request-kommune.ts) and each kommune known by its profile (name, address, målform).
  const bookFile = bookConfigFile(source);
  const bookConfig = bookFile ? { file: bookFile, book: parseBook(readFileSync(resolve(bookFile), 'utf8'), bookFile) } : undefined;
  const siteUrl = source.SITE_URL ?? `http://localhost:${options.port || 4321}`;
  const bookKommuner = bookConfig?.book.kommuner.map((kommune) => kommune.id) ?? [];
  const env = readEnv({
    ...(bookConfig
      ? bookApiEnv(bookConfig.book, (config) => parseMunicipality(readFileSync(resolve(config), 'utf8'), config), siteUrl)
      : {}),
    ...source,
    ...(source.JWKS_URL ? {} : localAuthEnv(editorKey)),
    TABLE_NAME: source.TABLE_NAME ?? LOCAL_TABLE_NAME,
    AWS_REGION: 'local',
    DYNAMODB_ENDPOINT: options.storeEndpoint ? options.storeEndpoint(dynamo.endpoint) : dynamo.endpoint,
    RATE_LIMIT_SALT: source.RATE_LIMIT_SALT ?? (await persistedValue(dataDir, 'rate-limit-salt', randomSalt)),
    // E-mail is never sent locally: each message is an .eml file in DATA_DIR/outbox/.
    MAIL_OUTBOX_DIR: join(dataDir, 'outbox'),
    SITE_URL: siteUrl,
    // The editors' news (councils' statements, passed deadlines) lands in the outbox folder too.
    EDITORS_EMAIL: source.EDITORS_EMAIL ?? LOCAL_EDITORS,
    // E-mails and the API's messages in the målform of the kommune the site is built for.
    BOOK_LANGUAGE: source.BOOK_LANGUAGE ?? kommuneLanguage(source),
  });
  useLanguage(env.BOOK_LANGUAGE);
  // The newer of the built dist/ and the last published site: a fresh `npm run build` after
  // `npm run content:pull` wins, and so does a publication made after the last build.
  const published = await publishedSite(dataDir);
  const distBuiltAt = await stat(join(distDir, 'index.html')).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  let siteDir = published && published.builtAt >= distBuiltAt ? published.dir : distDir;
  // A book of several kommuner (BOOK_CONFIG): each kommune under a prefix is served from its own
  // folder – the newer of its part of dist/ and its last published site – swapped on its own.
  const kommuneSites = new Map<string, { base: string; dir: string }>();
  const kommuneBuilds = bookConfig ? bookLayout(bookConfig.book, distDir).kommuner : [];
  for (const kommune of kommuneBuilds) {
    if (kommune.base === '/') continue;
    const own = await publishedSite(dataDir, kommune.id);
    const builtAt = await stat(join(kommune.outDir, 'index.html')).then(
      (info) => info.mtimeMs,
      () => 0,
    );
    kommuneSites.set(kommune.id, { base: kommune.base, dir: own && own.builtAt >= builtAt ? own.dir : kommune.outDir });
  }
  const publisher = localPublisher({
    dataDir,
    book: options.gitBook ?? gitBook,
    currentSite: (kommune) => (kommune ? (kommuneSites.get(kommune)?.dir ?? siteDir) : siteDir),
    onSiteChanged: (dir, kommune) => {
      const site = kommune ? kommuneSites.get(kommune) : undefined;
      if (site) site.dir = dir;
      else siteDir = dir;
    },
    ...(bookConfig ? { bookConfig } : {}),
    ...(options.buildSite ? { buildSite: options.buildSite } : {}),
    ...(options.printBook ? { printBook: options.printBook } : {}),
  });
  function kommuneSite(kommune: string): BuiltSite | undefined {
    const built = kommuneBuilds.find((build) => build.id === kommune);
    if (!built) return undefined;
    const dir = kommuneSites.get(kommune)?.dir ?? built.outDir;
    return dir === built.outDir ? { siteDir: dir, serverDir: built.serverDir } : { siteDir: dir, serverDir: serverDirFor(dir) };
  }
  const localStorage = {
    client: createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT }),
    tableName: env.TABLE_NAME,
    contactRetentionDays: env.CONTACT_RETENTION_DAYS,
    ...(options.now ? { now: options.now } : {}),
  };
  const articles = createArticleStorage(localStorage);
  const maintenance = createLocalMaintenance(localStorage);
  const lists = createSuggestionLists(localStorage);
  const feedback = createFeedbackStorage(localStorage);
  const context = createContext(env, {
    ...(options.topics ? { topics: options.topics } : {}),
    ...(options.now ? { now: options.now } : {}),
    publisher,
    articles,
    lists,
    feedback,
    mail: { from: env.MAIL_FROM ?? LOCAL_SENDER, send: emlSender(env.MAIL_OUTBOX_DIR!) },
    // Pages the API renders read the site served now, also after a publication.
    ...(source.SITE_DIR ? {} : { siteDir: () => siteDir }),
    // In a book, the pages of the request's kommune: its last publication, else its part of dist/ (renderer in dist-server/<id>/).
    ...(source.SITE_DIR || kommuneBuilds.length === 0 ? {} : { kommuneSite }),
  });
  await maintenance.ensureTable();
  await publisher.attach({ ...context, articles });
  const demoCouncilCode = await seedDemoCouncil(councilAdmin(context), dataDir);
  // In a book each kommune has its own demo council, whose code opens that kommune only.
  const demoCouncilCodes: Record<string, string> = {};
  for (const kommune of bookKommuner)
    demoCouncilCodes[kommune] = await seedDemoCouncil(councilAdmin(inKommune(context, kommune)), dataDir, kommune);

  const signInFailures = createSignInFailureStorage(localStorage);
  const localHandlers = localEditorHandlers(editorKey, signInThrottle(signInFailures, env.RATE_LIMIT_SALT, context.now), env);
  const handlers = new Map<Route, Handler>();
  for (const route of options.routes ?? allRoutes) {
    const module = (await import(/* @vite-ignore */ `../../functions/${route.handler}`)) as { run: RouteLogic };
    handlers.set(
      route,
      createHandler(module.run, () => context),
    );
  }

  const sweep = () => maintenance.sweepExpired().catch((error: unknown) => log.warn('local TTL sweep failed', errorFields(error)));
  // The local stand-in for the scheduled mail function in AWS; a run still going is not started twice.
  let mailRun: Promise<void> | undefined;
  const runMail = () =>
    (mailRun ??= runMailSchedule(context)
      .then(
        () => undefined,
        (error: unknown) => log.warn('local mail run failed', errorFields(error)),
      )
      .finally(() => {
        mailRun = undefined;
      }));
  await sweep();
  await runMail();
  const sweepTimer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);
  sweepTimer.unref();
  const mailTimer = setInterval(() => void runMail(), options.mailEveryMs ?? MAIL_INTERVAL_MS);
  mailTimer.unref();
  // The local stand-in for the monthly schedule in AWS: on the 1st from its hour on, the councils' e-mail,
  // at most once per council and month (the outbox key), so checking every hour is safe.
  let digestRun: Promise<unknown> = Promise.resolve();
  const digestTimer = setInterval(() => {
    if (!monthlyDigestDue(context.now(), insightDigest.hour)) return;
    digestRun = sendMonthlyDigests(context).catch((error: unknown) => log.warn('local digest run failed', errorFields(error)));
  }, DIGEST_CHECK_MS);
  digestTimer.unref();
  // The local stand-in for the publishing clock in AWS (EventBridge Scheduler): scheduled builds,
  // time limits and what waits. Its state is in the table, so a restart loses nothing.
  let clockRun: Promise<void> = Promise.resolve();
  const publishingClock = setInterval(() => {
    if (options.publishingClock === false) return;
    clockRun = tickPublishing({ ...context, articles, publisher }).catch((error: unknown) =>
      log.warn('local publishing clock failed', errorFields(error)),
    );
  }, PUBLISHING_CLOCK_MS);
  publishingClock.unref();

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const localKey = `${request.method ?? 'GET'} ${url.pathname}`;
    const local = localHandlers.get(localKey);
    if (local) return writeApiResult(response, await local(await toApiEvent(request, url, localKey, {})));
    const match = matchRoute(request.method ?? 'GET', url.pathname, options.routes ?? allRoutes);
    const fallbackEvent = { routeKey: '$default', requestContext: { requestId: 'local' } } as APIGatewayProxyEventV2;
    if (!match) return writeApiResult(response, errorResponse(new NotFoundError(), fallbackEvent));
    if ('allowed' in match) return writeApiResult(response, errorResponse(new MethodNotAllowedError(match.allowed), fallbackEvent));
    let event: APIGatewayProxyEventV2;
    try {
      event = await toApiEvent(request, url, routeKey(match.route), match.pathParameters);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return writeApiResult(response, errorResponse(new PayloadTooLargeError(), fallbackEvent));
      throw error;
    }
    writeApiResult(response, await handlers.get(match.route)!(event));
  }

  // Old addresses: src/core/redirects.ts and the articles retired in git (content/redirects.json, in the git book).
  const moved = { ...REDIRECTS, ...retiredAddresses((options.gitBook ?? gitBook).redirects ?? {}) };
  const hostSites = new Map(Object.entries(options.hostSites ?? {}).map(([host, dir]) => [host.toLowerCase(), resolve(dir)]));

  /** The site, or in a book the site of the kommune whose prefix the address starts with (its published one, once there is one). */
  function serveSite(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    for (const site of kommuneSites.values()) {
      if (url.pathname.startsWith(site.base))
        return serveStatic(request, response, url, site.dir, { moved, prefixes: [site.base] }, site.base);
    }
    return serveStatic(request, response, url, siteDir, { moved, prefixes: options.prefixes ?? [] });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const hostSite = hostSites.get(hostName(request.headers.host));
    const work =
      url.pathname === '/api' || url.pathname.startsWith('/api/')
        ? handleApi(request, response, url)
        : hostSite
          ? serveStatic(request, response, url, hostSite, { moved })
          : serveSite(request, response, url);
    work.catch((error: unknown) => {
      log.error('local server failed', errorFields(error));
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end('Intern feil');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
    demoCouncilCode,
    demoCouncilCodes,
    editorPassword: editorKey.password,
    context,
    siteDir: () => siteDir,
    kommuneSiteDir: (kommune) => kommuneSites.get(kommune)?.dir,
    publishingIdle: () => publisher.idle(),
    runMailSchedule: async () => {
      // A timer's run may be under way: wait for it, then run once more so everything due by now is sent.
      await mailRun;
      await runMail();
    },
    close: async () => {
      clearInterval(sweepTimer);
      clearInterval(mailTimer);
      clearInterval(digestTimer);
      await digestRun;
      clearInterval(publishingClock);
      await mailRun;
      await clockRun;
      await publisher.idle();
      articles.close();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      context.storage.close();
      await dynamo.close();
    },
  };
}
