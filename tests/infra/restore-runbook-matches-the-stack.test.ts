import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

const readme = readFileSync(new URL('../../infra/README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## Restoring the table'),
  readme.indexOf('\n## ', readme.indexOf('## Restoring the table') + 3),
);
const runbook = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

let book: SynthesizedBook;
let tableId: string;
let table: Json;

beforeAll(() => {
  book = synthBookStack();
  [tableId, table] = Object.entries(book.template.findResources('AWS::DynamoDB::GlobalTable'))[0]! as [string, Json];
});

describe('the restore runbook in infra/README.md', () => {
  it('names the stack the CDK app synthesizes for the default kommune and stage', () => {
    expect(runbook).toContain(`STACK=${book.config.stackName}\n`);
  });

  it('reads the table name from an output that is the table', () => {
    const keys = [...runbook.matchAll(/OutputKey=='(\w+)'/g)].map((match) => match[1]!);
    expect(keys).toEqual(['TableName']);
    const outputs = book.template.toJSON().Outputs as Record<string, Json>;
    expect(referencedIds(outputs.TableName!.Value)).toEqual([tableId]);
  });

  it('restores from point-in-time backups the table really keeps', () => {
    expect(runbook).toMatch(/aws dynamodb restore-table-to-point-in-time --source-table-name "\$TABLE"/);
    expect(table.Properties.Replicas[0].PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.Replicas[0].DeletionProtectionEnabled).toBe(true);
  });

  it('expects the indexes the table has after the restore', () => {
    const expected = /# expect: ([\w ]+)/.exec(runbook)?.[1]?.trim().split(' ');
    expect(expected).toEqual(table.Properties.GlobalSecondaryIndexes.map((index: Json) => index.IndexName));
  });
});
