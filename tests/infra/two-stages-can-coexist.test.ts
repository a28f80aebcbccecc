import { beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

let prod: SynthesizedBook;
let test: SynthesizedBook;

beforeAll(() => {
  prod = synthBookStack({ context: { stage: 'prod' } });
  test = synthBookStack({ context: { stage: 'test' } });
});

type Properties = Record<string, any>;

/** Where each resource type keeps a name that must be unique in the account (or globally). */
const UNIQUE_NAMES: Record<string, (properties: Properties) => unknown> = {
  'AWS::DynamoDB::GlobalTable': (p) => p.TableName,
  'AWS::S3::Bucket': (p) => p.BucketName,
  'AWS::Lambda::Function': (p) => p.FunctionName,
  'AWS::IAM::Role': (p) => p.RoleName,
  'AWS::Logs::LogGroup': (p) => p.LogGroupName,
  'AWS::SNS::Topic': (p) => p.TopicName,
  'AWS::SecretsManager::Secret': (p) => p.Name,
  'AWS::Cognito::UserPoolDomain': (p) => p.Domain,
  'AWS::CloudFront::Function': (p) => p.Name,
  'AWS::CloudFront::CachePolicy': (p) => p.CachePolicyConfig.Name,
  'AWS::CloudFront::ResponseHeadersPolicy': (p) => p.ResponseHeadersPolicyConfig.Name,
  'AWS::CloudFront::OriginAccessControl': (p) => p.OriginAccessControlConfig.Name,
};

/** The unique names a stage's template sets, as text (tokens included). */
function uniqueNames(book: SynthesizedBook): string[] {
  return Object.values(book.template.toJSON().Resources as Record<string, { Type: string; Properties: Properties }>).flatMap((resource) => {
    const name = UNIQUE_NAMES[resource.Type]?.(resource.Properties);
    return name === undefined ? [] : [`${resource.Type} ${JSON.stringify(name)}`];
  });
}

describe('two stages in one account', () => {
  it('get their own stack and sign-in domain', () => {
    expect(prod.config.stackName).not.toBe(test.config.stackName);
    expect(prod.config.authDomainPrefix).not.toBe(test.config.authDomainPrefix);
  });

  it('share no resource name that must be unique', () => {
    const prodNames = uniqueNames(prod);
    expect(prodNames.length).toBeGreaterThan(0);
    const testNames = new Set(uniqueNames(test));
    for (const name of prodNames) expect(testNames.has(name), name).toBe(false);
  });
});
