/**
 * The import graph between the parts of the code base, collapsed to folders (each feature of
 * functions/ is one node): what `npm run graph` draws and what the one-way test walks.
 */
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { forbidden } from './dependency-rules.ts';

const COLLAPSE = '^(src/core/|src/lib/|src/scripts/|src/pages/|src/components/|src/layouts/|functions/[^/]+/|tools/[^/]+/|infra/)';

export async function cruiseFolders(outputType: 'json' | 'mermaid') {
  return cruise(['src', 'functions', 'tools', 'infra'], {
    validate: true,
    ruleSet: { forbidden },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|functions|tools|infra)/',
    collapse: COLLAPSE,
    outputType,
  });
}

/** Each folder (or loose file) and the folders it imports, itself left out. */
export async function folderEdges(): Promise<Map<string, Set<string>>> {
  const { output } = await cruiseFolders('json');
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  return new Map(
    result.modules.map((module) => [
      module.source,
      new Set(module.dependencies.map((dependency) => dependency.resolved).filter((target) => target !== module.source)),
    ]),
  );
}

/** A cycle through the folders, as the list of folders on it, or undefined when arrows run one way. */
export function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}
