import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('refuses every frontmatter that Astro would split differently, before the code it hides runs, and an alias or link the rules refuse', () => {
    const articles = join(work, 'split-articles');
    const outDir = join(work, 'split-dist');
    const source = readFileSync('content/articles/sykehjem.mdx', 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const marker = join(work, 'split-ran');
    // Valid YAML for a reader that ends the frontmatter at a line that is exactly ---, and an export for Astro.
    const payload = `\nexport const ran = ({ x: import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'x')) })\n`;
    const variants: Record<string, string> = {
      'dash-text': `---\n${yaml}\n---x: 1\n${payload}\n---\n${body}`,
      'trailing-space': `---\n${yaml}\n---  \n${payload}\n---\n${body}`,
      'second-block': `---\n${yaml}\n---\n---\n${payload}\n---\n${body}`,
      'byte-order-mark': `\uFEFF---\n${yaml}\n---\n${body}`,
      'leading-blank-line': `\n---\n${yaml}\n---\n${body}`,
      'plus-closing': `---\n${yaml}\n+++\n${payload}\n---\n${body}`,
      // The same rules as at save and publish: an alias the A–Å index cannot file, a link a browser reads as another host.
      'alias-digit': `---\n${yaml.replace(/^aliases: \[/m, 'aliases: ["112-nummeret", ')}\n---\n${body}`,
      'backslash-link': `---\n${yaml}\n---\n${body}\nLes [mer](/\\evil.example/).\n`,
    };
    const rules: Record<string, string> = { 'alias-digit': 'frontmatter', 'backslash-link': 'unsafe-link' };
    for (const [name, text] of Object.entries(variants)) {
      mkdirSync(articles, { recursive: true });
      writeFileSync(join(articles, `${name}.mdx`), text);
    }
    const build = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, ARTICLES_DIR: articles, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'split-cache') },
      encoding: 'utf8',
      timeout: 180_000,
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status).not.toBe(0);
    for (const name of Object.keys(variants))
      expect(output).toMatch(new RegExp(`${name}\\.mdx:\\d+: [^\\n]*\\[${rules[name] ?? 'frontmatter'}\\]`));
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 200_000);
});
