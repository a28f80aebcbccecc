import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SCHEMA, TTL_ATTRIBUTE } from '../../functions/shared/table-contract.ts';

type KeyElement = { readonly AttributeName: string; readonly KeyType: 'HASH' | 'RANGE' };

/**
 * The book's one DynamoDB table, built from the storage module's TABLE_SCHEMA so the keys and
 * indexes in AWS are the ones the local run and the integration tests use. It holds citizens'
 * suggestions: on-demand (a kommune's traffic is tiny and spiky), point-in-time recovery,
 * deletion protection, and kept when the stack is deleted.
 */
export class DataTable extends Construct {
  readonly table: TableV2;
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const types = new Map<string, string>(
      TABLE_SCHEMA.AttributeDefinitions.map((definition) => [definition.AttributeName, definition.AttributeType]),
    );
    const attribute = (schema: readonly KeyElement[], keyType: KeyElement['KeyType']): Attribute | undefined => {
      const name = schema.find((element) => element.KeyType === keyType)?.AttributeName;
      if (name === undefined) return undefined;
      const type = types.get(name);
      if (type !== 'S' && type !== 'N' && type !== 'B') throw new Error(`TABLE_SCHEMA has no type for key ${name}`);
      return { name, type: { S: AttributeType.STRING, N: AttributeType.NUMBER, B: AttributeType.BINARY }[type] };
    };
    const required = (element: Attribute | undefined): Attribute => {
      if (!element) throw new Error('TABLE_SCHEMA needs a partition key for the table and each index');
      return element;
    };
    const sortKey = attribute(TABLE_SCHEMA.KeySchema, 'RANGE');
    this.table = new TableV2(this, 'Table', {
      partitionKey: required(attribute(TABLE_SCHEMA.KeySchema, 'HASH')),
      ...(sortKey ? { sortKey } : {}),
      billing: Billing.onDemand(),
      timeToLiveAttribute: TTL_ATTRIBUTE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => {
        const indexSortKey = attribute(index.KeySchema, 'RANGE');
        return {
          indexName: index.IndexName,
          partitionKey: required(attribute(index.KeySchema, 'HASH')),
          ...(indexSortKey ? { sortKey: indexSortKey } : {}),
        };
      }),
    });
    this.indexNames = TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => index.IndexName);
  }
}
