/**
 * `npm run graph`: prints the import graph between the parts of the code base as Mermaid
 * (README's «Project layout» shows it), collapsed to folders so the one-way arrows are visible.
 */
import { cruise } from 'dependency-cruiser';
import { forbidden } from './dependency-rules.ts';

const result = await cruise(['src', 'functions', 'infra'], {
  validate: true,
  ruleSet: { forbidden },
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
  doNotFollow: { path: 'node_modules' },
  includeOnly: '^(src|functions|infra)/',
  collapse: '^(src/core|src/lib|src/scripts|src/pages|src/components|src/layouts|functions/shared/storage|functions/local|functions/build|functions/bundle|functions|infra)/',
  outputType: 'mermaid',
});
console.log(result.output);
