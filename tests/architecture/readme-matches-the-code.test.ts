import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cruiseFolders } from './folder-graph.ts';
import { layoutRows, mermaidBlock, namedFolders, textsParagraph } from './readme-sections.ts';

const readme = readFileSync('README.md', 'utf8');
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** The folders whose sub-folders README's map must name, each on its own line of the map. */
const MAPPED = ['src/core', 'src/components', 'functions', 'tools'];

describe('README', () => {
  it('draws the import graph `npm run graph` draws (`npm run graph -- --readme` writes it in)', async () => {
    const { output } = await cruiseFolders('mermaid');
    expect(mermaidBlock(readme).trim()).toBe(String(output).trim());
  }, 60_000);

  it.each(MAPPED)('names every folder of %s/ in its line of «Project layout», and only folders that exist', (root) => {
    const row = layoutRows(readme).get(`${root}/`);
    expect(row, `a line of the map starting with ${root}/`).toBeDefined();
    const named = namedFolders(row!);
    const existing = folders(root).filter((name) => name !== 'generated' || named.includes(name));
    expect(existing.filter((name) => !named.includes(name))).toEqual([]);
    expect(named.filter((name) => !existing.includes(name))).toEqual([]);
  });

  it('lists every namespace of the text catalogue under «Texts»', () => {
    const paragraph = textsParagraph(readme);
    const namespaces = readdirSync('src/core/text/nb').map((file) => file.replace(/\.json$/, ''));
    expect(namespaces.length).toBeGreaterThan(10);
    expect(namespaces.filter((namespace) => !paragraph.includes(`\`${namespace}\``))).toEqual([]);
  });

  it('reads the folders a line names, not what its parentheses say about them', () => {
    expect(namedFolders('shared/ (http, storage/ = DynamoDB, mail/ (outbox)) · articles/ · routes.ts · <feature>/ handler')).toEqual([
      'shared',
      'articles',
    ]);
  });
});
