import { globSync } from 'node:fs';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { astroImports } from './astro-imports.ts';
import { forbidden } from './dependency-rules.ts';

async function cruiseProject(): Promise<ICruiseResult> {
  const result = await cruise(['src', 'functions', 'tools', 'infra'], {
    validate: true,
    ruleSet: { forbidden },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^src/env[.]d[.]ts$', '[.]astro/'] },
    doNotFollow: { path: 'node_modules' },
    extraExtensionsToScan: ['.astro'],
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned a report instead of a result');
  return result.output;
}

describe('imports run one way', () => {
  it('breaks no dependency rule (each violation names the importing file, the import and the rule)', async () => {
    const { summary } = await cruiseProject();
    const violations = summary.violations.map((violation) => `${violation.from} → ${violation.to}  [${violation.rule.name}]`);
    expect(violations).toEqual([]);
  });

  it('holds for the imports of .astro pages, layouts and components too', () => {
    const rule = forbidden.find((candidate) => candidate.name === 'site-never-imports-functions-or-infra');
    const targets = [rule && 'to' in rule ? (rule.to.path ?? []) : []].flat().map((pattern) => new RegExp(pattern));
    const imports = astroImports(process.cwd(), globSync('src/**/*.astro'));
    expect(imports.length).toBeGreaterThan(50);
    const violations = imports
      .filter((edge) => targets.some((target) => target.test(edge.to)))
      .map((edge) => `${edge.from} → ${edge.to}  [${rule?.name}]`);
    expect(violations).toEqual([]);
  });

  it('actually follows the imports of pages, browser scripts, functions and infra', async () => {
    const { modules } = await cruiseProject();
    const follows = (from: string, to: string) =>
      modules.some(
        (module) => module.source.startsWith(from) && module.dependencies.some((dependency) => dependency.resolved.startsWith(to)),
      );
    expect(follows('src/scripts/', 'src/core/')).toBe(true);
    expect(follows('functions/', 'src/core/')).toBe(true);
    expect(follows('infra/', 'functions/routes.ts')).toBe(true);
    expect(follows('infra/', 'src/core/')).toBe(true);
  });
});
