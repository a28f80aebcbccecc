import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { forbidden } from './dependency-rules.ts';

/** The rules run on tests/fixtures/import-rules/, a tiny code base with one forbidden import of each kind and some allowed ones. */
async function violationsInFixture(): Promise<string[]> {
  const result = await cruise(['functions', 'src', 'tools', 'infra'], {
    baseDir: 'tests/fixtures/import-rules',
    validate: true,
    ruleSet: { forbidden },
    doNotFollow: { path: 'node_modules' },
  });
  const { summary } = result.output as ICruiseResult;
  return summary.violations.map((violation) => `${violation.from} → ${violation.to}  [${violation.rule.name}]`).sort();
}

describe('the dependency rules', () => {
  it('name each forbidden import (between features, shared to a feature, to or from tools, infra to storage, out of the table contract) and nothing allowed', async () => {
    expect(await violationsInFixture()).toEqual([
      'functions/alpha/alpha.ts → functions/beta/beta.ts  [features-import-only-shared-and-the-core]',
      'functions/shared/leans-on-a-feature.ts → functions/beta/beta.ts  [shared-imports-no-feature]',
      'functions/shared/table-contract.ts → functions/shared/base.ts  [table-contract-imports-nothing]',
      'infra/stack.ts → functions/shared/storage/table.ts  [infra-never-imports-storage]',
      'infra/stack.ts → functions/shared/storage/table.ts  [infra-reads-only-core-and-function-contracts]',
      'src/page.ts → tools/tool.ts  [nothing-deployed-imports-tools]',
      'tools/tool.ts → src/lib/helper.ts  [tools-import-functions-and-the-core]',
    ]);
  });
});
