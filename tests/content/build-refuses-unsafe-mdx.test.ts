import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'unsafe-book-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the site build', () => {
  it('refuses an article outside the safe subset before any of it runs, naming file, line and rule', () => {
    const articles = join(work, 'articles');
    const outDir = join(work, 'dist');
    cpSync('content/articles/sykehjem.mdx', join(articles, 'sykehjem.mdx'));
    const marker = join(work, 'ran');
    const source = readFileSync(join(articles, 'sykehjem.mdx'), 'utf8');
    writeFileSync(
      join(articles, 'sykehjem.mdx'),
      `${source.trimEnd()}\n\nexport const ran = require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')\n`,
    );
    const build = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, ARTICLES_DIR: articles, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(build.status).not.toBe(0);
    const line = source.trimEnd().split('\n').length + 2;
    expect(`${build.stdout}${build.stderr}`).toContain(`sykehjem.mdx:${line}: «import» og «export» er ikke tillatt`);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 200_000);
});
