/**
 * API bench: latency and throughput of POST /api/suggestions at 20 concurrent requests against
 * the local server in its own process (loopback only, a bounded number of requests), and for every function of the
 * route manifest its minified esbuild bundle (AWS SDK v3 included, the options infra deploys)
 * and the cold import time of that bundle in a fresh Node process; for the routes that render pages
 * (`rendersPages`), the server renderer their bundle carries beside it: its size and, in a fresh
 * process, the time to import it and to draw a first page (what such a function adds to a cold start).
 *
 * Run alone: node tests/bench/api.ts [site folder, default dist]   (prints JSON)
 */
import { execFileSync, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readdirSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE_OPTIONS } from '../../functions/bundle/bundle-options.ts';
import { publishingTasks, routes } from '../../functions/routes.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';

const FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));
const CONCURRENCY = 20;
const WARM_UP = 100;
const REQUESTS = 2_000;
const COLD_IMPORT_RUNS = 5;
/** More rounds for the SDK's placement than for the other functions: its two figures are compared with each other. */
const SDK_PLACEMENT_RUNS = 15;

export type ApiBench = {
  suggestions: {
    concurrency: number;
    requests: number;
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
    requestsPerSecond: number;
    errors: number;
    /**
     * The server's CPU per POST (Linux, from /proc): all its threads, and its main thread, the one
     * event loop the handlers share. Unlike the latencies it hardly depends on what else the machine runs.
     */
    serverCpuMsPerPost?: { total: number; handlersLoop: number };
    /** The load generator's CPU per POST (this process, which sends the requests and reads the server's log lines). */
    loadGeneratorCpuMsPerPost: number;
    /**
     * The mean latency the CPU alone sets with `concurrency` requests in flight (Little's law): each
     * request waits for the others' work, on the handlers' one loop and on the machine's cores
     * (server and load generator together): concurrency × max(loop, all / cores). What p95 cannot beat
     * on this machine even when it is otherwise idle.
     */
    cpuBoundMeanMs?: { cores: number; ms: number };
  };
  functions: Record<string, { bundleBytes: number; bundleGzipBytes: number; coldImportMs: number; rendersPages?: true }>;
  /**
   * One function bundled as deployed (the SDK in its bundle) and as it would be with the SDK left to
   * the runtime (`@aws-sdk/*` and `@smithy/*` external, loaded from node_modules as the runtime loads
   * its own copy): the bundle's size against the cold import the SDK then costs (README, «Figures»).
   */
  sdkPlacement: { function: string; bundled: SdkPlacementFigures; leftToRuntime: SdkPlacementFigures };
  /** What a function that renders pages carries beside its bundle, and adds to its cold start. */
  serverRenderer: { bytes: number; gzipBytes: number; coldImportMs: number; coldFirstPageMs: number };
  targets: { bundleBytesMax: number; p95MsMax: number };
};

type SdkPlacementFigures = { bundleBytes: number; coldImportMs: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 100) / 100;

/** Starts the local server in a child process and resolves with its URL and a stop function. */
async function startServerProcess(dataDir: string): Promise<{ url: string; pid: number | undefined; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./api-server.ts', import.meta.url)), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`API-serveren stoppet (kode ${code})`)));
    child.stdout.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString('utf8')) as { url: string }).url));
  });
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** CPU milliseconds a process has used so far, in all its threads and in its main thread; undefined where /proc is missing. */
function cpuOf(pid: number | undefined): { total: number; main: number } | undefined {
  if (pid === undefined) return undefined;
  // utime and stime, the 14th and 15th fields of /proc/…/stat, in clock ticks of 10 ms.
  const ms = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  try {
    return { total: ms(readFileSync(`/proc/${pid}/stat`, 'utf8')), main: ms(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')) };
  } catch {
    return undefined;
  }
}

export async function measureSubmissions(): Promise<ApiBench['suggestions']> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-bench-api-'));
  const server = await startServerProcess(dataDir);
  // node:http with kept-alive connections rather than fetch: the generator shares the machine's cores
  // with the server, and fetch took about twice its CPU per request (0.9 against 0.4 ms, README «Figures»).
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = (index: number) =>
    new Promise<number>((resolve, reject) => {
      // A typical submission: most people leave no contact data (that would add one write).
      const body = JSON.stringify({
        kind: 'question',
        text: `Benkmåling nummer ${index}: hvordan søker jeg om sykehjem?`,
        topic: 'sykehjem',
      });
      const sent = request(
        `${server.url}/api/suggestions`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          response.once('error', reject);
          response.once('end', () => resolve(response.statusCode ?? 0));
          response.resume();
        },
      );
      sent.once('error', reject);
      sent.end(body);
    });
  try {
    let next = 0;
    const run = async (total: number, latencies: number[] | undefined, statuses: number[]) => {
      next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < total) {
            const index = next++;
            const start = performance.now();
            statuses.push(await post(index));
            latencies?.push(performance.now() - start);
          }
        }),
      );
    };
    await run(WARM_UP, undefined, []);
    const latencies: number[] = [];
    const statuses: number[] = [];
    const cpuBefore = cpuOf(server.pid);
    const ownBefore = process.cpuUsage();
    const start = performance.now();
    await run(REQUESTS, latencies, statuses);
    const seconds = (performance.now() - start) / 1000;
    const cpuAfter = cpuOf(server.pid);
    const own = process.cpuUsage(ownBefore);
    const loadGeneratorCpuMsPerPost = (own.user + own.system) / 1000 / REQUESTS;
    const cores = availableParallelism();
    latencies.sort((a, b) => a - b);
    return {
      concurrency: CONCURRENCY,
      requests: REQUESTS,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(latencies.at(-1)!),
      requestsPerSecond: round(REQUESTS / seconds),
      errors: statuses.filter((status) => status !== 201).length,
      loadGeneratorCpuMsPerPost: round(loadGeneratorCpuMsPerPost),
      ...(cpuBefore && cpuAfter
        ? {
            serverCpuMsPerPost: {
              total: round((cpuAfter.total - cpuBefore.total) / REQUESTS),
              handlersLoop: round((cpuAfter.main - cpuBefore.main) / REQUESTS),
            },
            cpuBoundMeanMs: {
              cores,
              ms: round(
                CONCURRENCY *
                  Math.max(
                    (cpuAfter.main - cpuBefore.main) / REQUESTS,
                    ((cpuAfter.total - cpuBefore.total) / REQUESTS + loadGeneratorCpuMsPerPost) / cores,
                  ),
              ),
            },
          }
        : {}),
    };
  } finally {
    agent.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The median time, in fresh Node processes, to import a bundle (what it adds to a Lambda's cold start). */
function coldImportMs(file: string): number {
  return coldImportsMs([file], COLD_IMPORT_RUNS)[0]!;
}

/**
 * The median cold import of each file over `runs` fresh processes, the files taken in turn in every
 * round, so a change in the machine's load falls on all of them alike.
 */
function coldImportsMs(files: readonly string[], runs: number): number[] {
  const times = files.map((): number[] => []);
  for (let i = 0; i < runs; i += 1) {
    files.forEach((file, index) => {
      const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH, TABLE_NAME: 'bench', RATE_LIMIT_SALT: 'bench-salt-long-enough', AWS_REGION: 'eu-north-1' },
        encoding: 'utf8',
      });
      times[index]!.push(Number(output.trim()));
    });
  }
  return times.map((list) => round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!));
}

/** The SDK placement figures for one route (see ApiBench['sdkPlacement']). */
export async function measureSdkPlacement(label = 'POST /api/suggestions'): Promise<ApiBench['sdkPlacement']> {
  const route = routes.find((candidate) => `${candidate.method} ${candidate.path}` === label);
  if (!route) throw new Error(`Ingen rute ${label}`);
  // Inside the repository (.bench/, ignored by git), so the external SDK resolves from its node_modules.
  const benchDir = join(FUNCTIONS_DIR, '..', '.bench');
  mkdirSync(benchDir, { recursive: true });
  const outDir = mkdtempSync(join(benchDir, 'sdk-placement-'));
  try {
    const bundle = async (leftToRuntime: boolean) => {
      const outfile = join(outDir, `${leftToRuntime ? 'runtime' : 'bundled'}.mjs`);
      await build({
        ...LAMBDA_BUNDLE_OPTIONS,
        mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
        external: [...LAMBDA_BUNDLE_OPTIONS.external, ...(leftToRuntime ? ['@aws-sdk/*', '@smithy/*'] : [])],
        // The runtime's SDK is whole: nothing of it is replaced.
        ...(leftToRuntime ? { alias: {} } : {}),
        entryPoints: [join(FUNCTIONS_DIR, route.handler)],
        outfile,
        logLevel: 'error',
      });
      return outfile;
    };
    const files = [await bundle(false), await bundle(true)];
    const [bundled, leftToRuntime] = coldImportsMs(files, SDK_PLACEMENT_RUNS);
    return {
      function: label,
      bundled: { bundleBytes: statSync(files[0]!).size, coldImportMs: bundled! },
      leftToRuntime: { bundleBytes: statSync(files[1]!).size, coldImportMs: leftToRuntime! },
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measureBundles(): Promise<ApiBench['functions']> {
  const outDir = mkdtempSync(join(tmpdir(), 'abc-bench-bundles-'));
  const result: ApiBench['functions'] = {};
  try {
    // Every route, and the publishing functions that serve none.
    const entries = [
      ...routes.map((route) => ({ label: `${route.method} ${route.path}`, handler: route.handler, rendersPages: 'rendersPages' in route })),
      ...Object.entries(publishingTasks).map(([task, definition]) => ({ label: `publishing ${task}`, handler: definition.handler })),
    ];
    for (const entry of entries) {
      const outfile = join(outDir, `${entry.handler.replace(/[/.]/g, '-')}.mjs`);
      await build({
        ...LAMBDA_BUNDLE_OPTIONS,
        mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
        external: [...LAMBDA_BUNDLE_OPTIONS.external],
        entryPoints: [join(FUNCTIONS_DIR, entry.handler)],
        outfile,
        logLevel: 'error',
      });
      result[entry.label] = {
        bundleBytes: statSync(outfile).size,
        bundleGzipBytes: gzipSync(readFileSync(outfile), { level: 9 }).byteLength,
        coldImportMs: coldImportMs(outfile),
        ...('rendersPages' in entry && entry.rendersPages ? { rendersPages: true as const } : {}),
      };
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** The server renderer of the site built in `siteDir`: its size, and in fresh processes the median time to import it and to draw a first page. */
export function measureServerRenderer(siteDir: string): ApiBench['serverRenderer'] {
  const serverDir = serverDirFor(siteDir);
  const files = filesIn(serverDir);
  const entry = pathToFileURL(resolve(serverDir, 'entry.mjs')).href;
  const script = [
    'const start = performance.now();',
    `const { renderPage } = await import(${JSON.stringify(entry)});`,
    'const imported = performance.now();',
    "const page = await renderPage(new Request('http://renderer.invalid/rendered/foresla/takk/'), { thanks: { reference: 'F-2026-0042', contact: 'email' } });",
    'if (!page.ok) throw new Error(String(page.status));',
    'await page.text();',
    'console.log(JSON.stringify([imported - start, performance.now() - start]));',
  ].join('\n');
  const runs = Array.from(
    { length: COLD_IMPORT_RUNS },
    () =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH }, encoding: 'utf8' }),
      ) as [number, number],
  );
  const median = (values: number[]) => round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
  return {
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).byteLength, 0),
    coldImportMs: median(runs.map((run) => run[0])),
    coldFirstPageMs: median(runs.map((run) => run[1])),
  };
}

export async function measureApi(siteDir = 'dist'): Promise<ApiBench> {
  return {
    suggestions: await measureSubmissions(),
    functions: await measureBundles(),
    sdkPlacement: await measureSdkPlacement(),
    serverRenderer: measureServerRenderer(siteDir),
    targets: { bundleBytesMax: 250 * 1024, p95MsMax: 50 },
  };
}

if (import.meta.main) {
  console.log(JSON.stringify(await measureApi(process.argv[2]), null, 2));
}
