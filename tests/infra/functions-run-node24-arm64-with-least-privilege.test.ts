import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { TABLE_SCHEMA } from '../../functions/shared/table-contract.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let resources: Record<string, Json>;
let functions: [string, Json][];
let tableId: string;

beforeAll(() => {
  book = synthBookStack();
  resources = book.template.toJSON().Resources;
  // The route functions; the site's 404 page function has its own test (site-is-private…), the publishing functions theirs (publishing-…).
  functions = Object.entries(book.template.findResources('AWS::Lambda::Function')).filter(([, fn]) =>
    routes.some((route) => `${route.method} ${route.path}` === fn.Properties.Description),
  );
  tableId = Object.keys(book.template.findResources('AWS::DynamoDB::GlobalTable'))[0]!;
});

/** Every statement of the inline policies attached to a role. */
function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

describe('the functions', () => {
  it('are exactly one per route of the manifest', () => {
    const labels = functions.map(([, fn]) => fn.Properties.Description).sort();
    expect(labels).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('all run Node.js 24 on arm64', () => {
    for (const [id, fn] of functions) {
      expect(fn.Properties.Runtime, id).toBe('nodejs24.x');
      expect(fn.Properties.Architectures, id).toEqual(['arm64']);
    }
  });

  it('keep their logs for a set time and in JSON', () => {
    for (const [id, fn] of functions) {
      const [logGroupId] = referencedIds(fn.Properties.LoggingConfig.LogGroup);
      expect(resources[logGroupId!]!.Properties.RetentionInDays, id).toBeGreaterThan(0);
      expect(fn.Properties.LoggingConfig.LogFormat, id).toBe('JSON');
    }
  });

  it('each may do only the table actions its route lists, on the table (and its indexes if it queries them)', () => {
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const indexArns = TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.IndexName}`]] }));
    for (const [id, fn] of functions) {
      const route = routes.find((candidate) => `${candidate.method} ${candidate.path}` === fn.Properties.Description)!;
      const [roleId] = referencedIds(fn.Properties.Role);
      expect(resources[roleId!]!.Properties.ManagedPolicyArns, `${id} has no managed policies`).toBeUndefined();
      const dynamo = statementsOf(roleId!).filter((statement) =>
        asList(statement.Action).some((action) => String(action).startsWith('dynamodb:')),
      );
      const actions: readonly string[] = route.dynamodb;
      if (actions.length === 0) {
        expect(dynamo, `${route.method} ${route.path} needs no table`).toEqual([]);
        continue;
      }
      expect(dynamo, `${route.method} ${route.path}`).toHaveLength(1);
      expect(asList(dynamo[0]!.Action), `${route.method} ${route.path}`).toEqual([...route.dynamodb].sort());
      expect(asList(dynamo[0]!.Resource), `${route.method} ${route.path}`).toEqual(
        route.usesIndexes ? [tableArn, ...indexArns] : [tableArn],
      );
    }
  });

  it('no statement anywhere allows every action or every resource', () => {
    for (const policy of Object.values(book.template.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Json[]) {
        expect(asList(statement.Action)).not.toContain('*');
        expect(asList(statement.Action)).not.toContain('dynamodb:*');
        expect(asList(statement.Action).some((action) => String(action).endsWith(':*'))).toBe(false);
        expect(asList(statement.Resource)).not.toContain('*');
      }
    }
  });
});
