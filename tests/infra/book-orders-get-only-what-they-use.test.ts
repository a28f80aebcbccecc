/**
 * «Bestill boka i posten» in AWS: the public order function may read and write the table and
 * nothing else (no e-mail: the scheduled mail run tells the editors), carries the built form it
 * gives back with errors, and the editors' order routes sit behind the JWT authorizer with only
 * the actions they use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { TABLE_SCHEMA } from '../../functions/shared/table-contract.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let resources: Record<string, Json>;

beforeAll(() => {
  book = synthBookStack({ context: { mailIdentity: 'jevnaker.kommune.no', editorsEmail: 'redaksjonen@jevnaker.kommune.no' } });
  resources = book.template.toJSON().Resources;
});

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Every statement of the policies on the role of the function serving `routeKey`. */
function statementsOf(routeKey: string): Json[] {
  const fn = Object.values(resources).find(
    (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === routeKey,
  );
  expect(fn, routeKey).toBeDefined();
  const [roleId] = referencedIds(fn!.Properties.Role);
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId!))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Json[]);
}

function tableStatement(routeKey: string): Json {
  const dynamo = statementsOf(routeKey).filter((statement) =>
    asList(statement.Action).some((action) => String(action).startsWith('dynamodb:')),
  );
  expect(dynamo, routeKey).toHaveLength(1);
  return dynamo[0]!;
}

describe('book orders in AWS', () => {
  it('let the public order function get, put and update items of the table, on no index, and never send e-mail', () => {
    const tableId = Object.keys(book.template.findResources('AWS::DynamoDB::GlobalTable'))[0]!;
    const statement = tableStatement('POST /api/orders');
    expect(asList(statement.Action)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(asList(statement.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    expect(
      statementsOf('POST /api/orders')
        .flatMap((entry) => asList(entry.Action))
        .filter((action) => String(action).startsWith('ses:')),
    ).toEqual([]);
  });

  it('bundle the server renderer with the public order function, to give the form back with the errors', () => {
    const route = routes.find((candidate) => candidate.path === '/api/orders')!;
    expect(route).toMatchObject({ rendersPages: true });
    expect('siteFiles' in route).toBe(false);
  });

  it("give the editors' routes exactly their actions, the listing the status index too, behind the JWT authorizer", () => {
    const tableId = Object.keys(book.template.findResources('AWS::DynamoDB::GlobalTable'))[0]!;
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const indexArns = TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.IndexName}`]] }));
    const expected: Record<string, { actions: string[]; resources: unknown[] }> = {
      'GET /api/moderation/orders': { actions: ['dynamodb:Query'], resources: [tableArn, ...indexArns] },
      'POST /api/moderation/orders': { actions: ['dynamodb:PutItem'], resources: [tableArn] },
      'POST /api/moderation/orders/{id}/sent': { actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [tableArn] },
    };
    const [authorizerId] = Object.keys(book.template.findResources('AWS::ApiGatewayV2::Authorizer'));
    for (const [routeKey, { actions, resources: arns }] of Object.entries(expected)) {
      const statement = tableStatement(routeKey);
      expect(asList(statement.Action), routeKey).toEqual(actions);
      expect(asList(statement.Resource), routeKey).toEqual(arns);
      book.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
    }
  });
});
