import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.ts';

export interface PageWeight {
  requests: number;
  /** Bytes by resource type (document, stylesheet, script, …), raw and gzip -9. */
  byType: Record<string, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number };
  /** HTML + CSS + JS only, the budgeted figure. */
  htmlCssJsGzip: number;
  renderBlockingScripts: number;
  /** Paths of the scripts the page loaded, to show which code reaches which page. */
  scripts: string[];
}

/** Scripts that belong to the planning tools and must never load on article pages. */
export const TOOL_SCRIPT = /min-plan|hvem-gjor-hva|tool-page|form-fields|plan-file/;

/** First-visit weight of each page in a fresh Chromium profile (empty cache). */
export async function measurePages(baseUrl: string, paths: Record<string, string>): Promise<Record<string, PageWeight>> {
  const browser = await launchBrowser();
  const result: Record<string, PageWeight> = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Promise<{ type: string; body: Buffer }>[] = [];
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
        responses.push(
          response
            .body()
            .then((body) => ({ type: response.request().resourceType(), body }))
            .catch(() => ({ type: response.request().resourceType(), body: Buffer.alloc(0) })),
        );
      });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const renderBlockingScripts = await page.locator('head script[src]:not([type="module"]):not([async]):not([defer])').count();
      const byType: PageWeight['byType'] = {};
      for (const { type, body } of await Promise.all(responses)) {
        const entry = (byType[type] ??= { raw: 0, gzip: 0 });
        entry.raw += body.length;
        entry.gzip += gzipSync(body, { level: 9 }).length;
      }
      const sum = (types: string[]) => types.reduce((acc, type) => acc + (byType[type]?.gzip ?? 0), 0);
      const total = Object.values(byType).reduce((acc, entry) => ({ raw: acc.raw + entry.raw, gzip: acc.gzip + entry.gzip }), {
        raw: 0,
        gzip: 0,
      });
      result[name] = {
        requests: responses.length,
        byType,
        total,
        htmlCssJsGzip: sum(['document', 'stylesheet', 'script']),
        renderBlockingScripts,
        scripts,
      };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Builds the site (Astro + Pagefind) into outDir and reports the wall time and output size. */
export function measureBuild(outDir: string, env: Record<string, string> = {}): { seconds: number; distBytes: number; distFiles: number } {
  const started = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { env: { ...process.env, ...env, ASTRO_OUT_DIR: outDir }, stdio: 'ignore' });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const { bytes, files } = directorySize(outDir);
  return { seconds, distBytes: bytes, distFiles: files };
}
