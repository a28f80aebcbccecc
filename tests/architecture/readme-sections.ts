/**
 * The parts of README.md that describe the code: the «Project layout» map, its Mermaid graph and
 * the list of text namespaces. Read by the test that keeps them true and by `npm run graph -- --readme`.
 */

const MERMAID = /```mermaid\n([\s\S]*?)```/;

/** The graph inside README's ```mermaid block. */
export function mermaidBlock(readme: string): string {
  const match = MERMAID.exec(readme);
  if (!match) throw new Error('README.md has no ```mermaid block');
  return match[1]!;
}

export function withMermaidBlock(readme: string, graph: string): string {
  mermaidBlock(readme);
  return readme.replace(MERMAID, () => `\`\`\`mermaid\n${graph.trim()}\n\`\`\``);
}

/** «Project layout»'s map: each folder at the start of a line, with its text and the indented lines under it. */
export function layoutRows(readme: string): Map<string, string> {
  const map = /## Project layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!map) throw new Error('README.md has no «Project layout» map');
  const rows = new Map<string, string>();
  let label = '';
  for (const line of map.split('\n')) {
    const row = /^(\S+)\s+(.*)$/.exec(line);
    if (row) rows.set((label = row[1]!), row[2]!);
    else if (label && line.trim()) rows.set(label, `${rows.get(label)} ${line.trim()}`);
  }
  return rows;
}

/** The folders a row names itself, `name/`, leaving out what its parentheses say about their insides. */
export function namedFolders(row: string): string[] {
  let outside = row;
  while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, '');
  return [...outside.matchAll(/(?:^|[\s·])([a-z][\w-]*)\/(?=[\s·]|$)/g)].map((match) => match[1]!);
}

/** The paragraph of «Texts» that lists the catalogue's namespaces. */
export function textsParagraph(readme: string): string {
  const paragraph = /## Texts\n\n(.*)\n/.exec(readme)?.[1];
  if (!paragraph) throw new Error('README.md has no «Texts» section');
  return paragraph;
}
