/**
 * `npm run graph`: prints the import graph between the parts of the code base as Mermaid
 * (README's «Project layout» shows it), collapsed to folders so the one-way arrows are visible.
 * `npm run graph -- --readme` writes it into README.md instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cruiseFolders } from './folder-graph.ts';
import { withMermaidBlock } from './readme-sections.ts';

const graph = (await cruiseFolders('mermaid')).output as string;
if (process.argv.includes('--readme')) writeFileSync('README.md', withMermaidBlock(readFileSync('README.md', 'utf8'), graph));
else console.log(graph);
