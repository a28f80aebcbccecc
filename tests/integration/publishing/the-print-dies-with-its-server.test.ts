/**
 * The book is printed in a child process that runs Chromium. When the server that asked for it is
 * killed outright (kill -9, no chance to clean up), the print and its Chromium end too instead of
 * printing on as orphans.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../../tools/build/chromium.ts';

const site = mkdtempSync(join(tmpdir(), 'abc-print-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Live processes (zombies count as gone) and their parents, from /proc. */
function processes(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      if (/^State:\s+Z/m.test(status)) continue;
      parents.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
    } catch {
      // Gone while reading.
    }
  }
  return parents;
}

function descendants(root: number): number[] {
  const parents = processes();
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    frontier = [...parents].filter(([, parent]) => frontier.includes(parent)).map(([pid]) => pid);
    found.push(...frontier);
  }
  return found;
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never: ${what}`);
}

describe('printing the book', () => {
  it.skipIf(!hasChromium())(
    'ends with its parent: kill the parent, the print and its Chromium are gone',
    async () => {
      if (!existsSync('dist/trykk/boka/index.html')) throw new Error('Bygg nettstedet først: npm run build');
      // The pages to print, without an edition of their own: one can appear only if this print finishes.
      cpSync('dist', site, { recursive: true, filter: (path) => !/^dist\/(pagefind|bok)(\/|$)/.test(path) });
      const parent = spawn(process.execPath, ['tests/fixtures/processes/print-the-book.ts', site], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: parent.stdout! });
      for await (const line of lines) if (line.startsWith('{"parent"')) break;

      // The print has started Chromium under it.
      await until(() => descendants(parent.pid!).some((pid) => commandOf(pid).includes('chrom')), 'Chromium started');
      const started = descendants(parent.pid!);
      expect(started.length).toBeGreaterThan(1);

      parent.kill('SIGKILL');
      await until(() => {
        const alive = processes();
        return started.every((pid) => !alive.has(pid));
      }, 'the print and Chromium ended');
      // An orphaned print would have gone on to write the PDFs and their edition file.
      expect(existsSync(join(site, 'bok', 'utgave.json'))).toBe(false);
    },
    180_000,
  );
});
