import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SCHEMA, TTL_ATTRIBUTE } from '../../functions/shared/table-contract.ts';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

let book: SynthesizedBook;
let table: Record<string, any>;

beforeAll(() => {
  book = synthBookStack();
  table = Object.values(book.template.findResources('AWS::DynamoDB::GlobalTable'))[0]!;
});

describe('the table', () => {
  it('is the only one, billed per request', () => {
    book.template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    book.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('has point-in-time recovery and deletion protection, and survives deleting the stack', () => {
    const [replica] = table.Properties.Replicas;
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('deletes expired contact data and counters through TTL on the storage module’s attribute', () => {
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
  });

  it('has the keys and indexes the storage module uses locally', () => {
    expect(table.Properties.KeySchema).toEqual(TABLE_SCHEMA.KeySchema);
    expect(
      table.Properties.GlobalSecondaryIndexes.map((index: { IndexName: string; KeySchema: unknown }) => [index.IndexName, index.KeySchema]),
    ).toEqual(TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => [index.IndexName, index.KeySchema]));
    expect(table.Properties.TableName).toBeUndefined();
  });
});
