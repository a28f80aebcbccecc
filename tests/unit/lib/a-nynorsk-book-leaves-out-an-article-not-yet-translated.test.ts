import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { safeArticlesLoader } from '../../../src/lib/safe-articles-loader.ts';

/**
 * A national article the editors publish new in bokmål has no nynorsk text until a nynorsk editor
 * writes one: the nynorsk kommune's book leaves it out meanwhile (saying so in the build's log)
 * instead of failing its whole publication.
 */
const work = mkdtempSync(join(tmpdir(), 'abc-translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folders() {
  const base = join(work, 'articles');
  const nynorsk = join(base, 'nn');
  mkdirSync(nynorsk, { recursive: true });
  for (const slug of ['sykehjem', 'legevakt']) copyFileSync(`content/articles/${slug}.mdx`, join(base, `${slug}.mdx`));
  copyFileSync('content/articles/nn/sykehjem.mdx', join(nynorsk, 'sykehjem.mdx'));
  return { base, nynorsk };
}

describe('a nynorsk book', () => {
  it('reads each article’s nynorsk text and leaves out one that has none yet, with a warning naming it', async () => {
    const { base, nynorsk } = folders();
    const stored = new Map<string, { filePath?: string }>();
    const warnings: string[] = [];
    const context = {
      store: { clear: () => stored.clear(), set: (entry: { id: string; filePath?: string }) => stored.set(entry.id, entry) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (text: string) => String(text.length),
      logger: { warn: (message: string) => warnings.push(message), error: () => undefined, info: () => undefined },
    } as unknown as LoaderContext;
    await safeArticlesLoader(base, nynorsk).load(context);
    expect([...stored.keys()]).toEqual(['sykehjem']);
    expect(stored.get('sykehjem')?.filePath).toContain('nn/sykehjem.mdx');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('legevakt.mdx');
  });
});
