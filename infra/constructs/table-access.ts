import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';

/**
 * Item-level actions a function may be granted. Anything else (wildcards, table management,
 * backups, streams) is refused, so a typo in the route manifest fails the synth instead of
 * widening a role.
 */
const ITEM_ACTIONS = new Set([
  'BatchGetItem',
  'BatchWriteItem',
  'ConditionCheckItem',
  'DeleteItem',
  'DescribeTable',
  'GetItem',
  'PutItem',
  'Query',
  'Scan',
  'UpdateItem',
]);

/** `PutItem` or `dynamodb:PutItem` → `dynamodb:PutItem`; throws for anything not item-level. */
export function dynamoDbAction(action: string): string {
  const name = action.replace(/^dynamodb:/, '');
  if (!ITEM_ACTIONS.has(name)) {
    throw new Error(`"${action}" is not an item-level DynamoDB action (allowed: ${[...ITEM_ACTIONS].join(', ')}).`);
  }
  return `dynamodb:${name}`;
}

/**
 * Grants exactly the named actions on the table and its named indexes, nothing else: one
 * statement whose resources are the table ARN and each index ARN (no wildcard resource).
 * `leadingKeys` limits the items to those partition keys (IAM's StringLike: `*` is a wildcard).
 */
export function grantTableActions(
  grantee: IGrantable,
  table: { readonly tableArn: string },
  indexNames: readonly string[],
  actions: readonly string[],
  { leadingKeys }: { leadingKeys?: readonly string[] } = {},
): void {
  if (actions.length === 0) return;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...new Set(actions.map(dynamoDbAction))].sort(),
      resources: [table.tableArn, ...indexNames.map((name) => `${table.tableArn}/index/${name}`)],
      ...(leadingKeys ? { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] } } } : {}),
    }),
  );
}
