/**
 * Search quality for `npm run bench:search`: the project's own set, the two tuning files, the
 * fresh set and the held-out set on the bokmål book, and the nynorsk held-out set on Voss's book,
 * each through the search page's script in Chromium («withScript») and through
 * the server-rendered results page `/api/sok` («withoutScript»), with top-1, recall@3 and the
 * danger questions (safety page first; the box before the results with the right numbers).
 *
 * The misses of the project, tuning and fresh sets go to stderr so they can be worked on; the held-out
 * set is only ever counted.
 *
 * Run alone: node tests/bench/search-quality.ts <dist>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer } from '../../tools/local/server.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import {
  answerAll,
  answerOnPage,
  answerWithoutScript,
  loadSet,
  missLines,
  score,
  HELD_OUT_SETS,
  SET_NAMES,
  type SetName,
  type SetScore,
} from '../e2e/support/search-sets.ts';

/** The targets (issue 26), printed beside the figures. */
export const QUALITY_TARGETS = {
  /** For the held-out set. */
  heldout: { top1Min: 0.95, recall3Min: 0.98, dangerSafetyPageFirst: 'every one', dangerBoxWithNumbers: 'every one' },
  everySet: { empty: 0, boxOnOrdinaryQuestions: 0 },
};

export type QualityReport = Partial<Record<SetName, { withScript: SetScore; withoutScript: SetScore }>>;

/**
 * Asks the sets of a built site; `env` names the kommune it was built for when that is not the
 * environment's (the nynorsk book: `MUNICIPALITY_CONFIG`, so its server answers in nynorsk).
 */
export async function measureSearchQuality(
  dist: string,
  { sets = SET_NAMES, env }: { sets?: readonly SetName[]; env?: Record<string, string | undefined> } = {},
): Promise<QualityReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-bench-quality-'));
  const site = await startLocalServer({ port: 0, dataDir, distDir: dist, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/sok/`, { waitUntil: 'networkidle' });
    const report = {} as QualityReport;
    for (const name of sets) {
      const questions = loadSet(name);
      const withScript = await answerAll(questions, (query) => answerOnPage(page, query));
      const withoutScript = await answerAll(questions, (query) => answerWithoutScript(site.url, query));
      if (!HELD_OUT_SETS.includes(name)) {
        for (const [label, scored] of [
          ['with JavaScript', withScript],
          ['without JavaScript', withoutScript],
        ] as const) {
          const lines = missLines(scored);
          if (lines.length > 0) console.error(`${name} set, ${label}:\n${lines.join('\n')}`);
        }
      }
      report[name] = { withScript: score(withScript), withoutScript: score(withoutScript) };
    }
    return report;
  } finally {
    await browser.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  console.log(JSON.stringify({ targets: QUALITY_TARGETS, quality: await measureSearchQuality(dist) }, null, 2));
}
