import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let distribution: Json;
let headersPolicies: Record<string, Json>;

/** The CSP as the browser receives it, with CloudFormation tokens written as placeholders. */
function cspText(policy: Json): string {
  const value = policy.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
  if (typeof value === 'string') return value;
  const [, parts] = value['Fn::Join'] as [string, unknown[]];
  return parts.map((part) => (typeof part === 'string' ? part : '<token>')).join('');
}

function directive(csp: string, name: string): string[] {
  const found = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  expect(found, `${name} in ${csp}`).toBeDefined();
  return found!.slice(1);
}

beforeAll(() => {
  book = synthBookStack();
  distribution = Object.values(book.template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
  headersPolicies = Object.fromEntries(
    Object.entries(book.template.findResources('AWS::CloudFront::ResponseHeadersPolicy')).map(([id, resource]) => [
      id,
      resource.Properties,
    ]),
  );
});

describe('the site bucket', () => {
  it('is private: every kind of public access is blocked and objects belong to the bucket owner', () => {
    book.template.resourceCountIs('AWS::S3::Bucket', 1);
    book.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    const bucket = Object.values(book.template.findResources('AWS::S3::Bucket'))[0]!;
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
    expect(bucket.Properties.AccessControl).toBeUndefined();
  });

  it('is encrypted at rest and refuses unencrypted connections', () => {
    book.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: Match.anyValue() } }],
      },
    });
    book.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('is readable only by this distribution, through Origin Access Control', () => {
    const [oacId] = Object.keys(book.template.findResources('AWS::CloudFront::OriginAccessControl'));
    book.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origins = distribution.Origins.filter((origin: Json) => origin.S3OriginConfig);
    expect(s3Origins).toHaveLength(1);
    expect(s3Origins[0].OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
    expect(s3Origins[0].S3OriginConfig.OriginAccessIdentity).toBe('');

    const policy = Object.values(book.template.findResources('AWS::S3::BucketPolicy'))[0]!;
    const allows = policy.Properties.PolicyDocument.Statement.filter((statement: Json) => statement.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(0);
    for (const statement of allows) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(statement.Condition.StringEquals['AWS:SourceArn'])).toContain('Distribution');
    }
  });
});

describe('the distribution', () => {
  const behaviors = () => [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors];

  it('answers only over HTTPS with modern TLS and compresses responses', () => {
    for (const behavior of behaviors()) {
      expect(['redirect-to-https', 'https-only']).toContain(behavior.ViewerProtocolPolicy);
      expect(behavior.Compress).toBe(true);
    }
    const apiOrigin = distribution.Origins.find((origin: Json) => origin.CustomOriginConfig);
    expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });

  it('sends every response with a security headers policy whose CSP forbids inline and foreign scripts', () => {
    for (const behavior of behaviors()) {
      const [policyId] = Object.keys(headersPolicies).filter((id) => behavior.ResponseHeadersPolicyId?.Ref === id);
      expect(policyId, `headers policy on ${behavior.PathPattern ?? 'default'}`).toBeDefined();
      const config = headersPolicies[policyId!]!.ResponseHeadersPolicyConfig;
      const csp = cspText(headersPolicies[policyId!]!);
      const scripts = directive(csp, 'script-src');
      expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(directive(csp, 'default-src')).toEqual(["'self'"]);
      expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
      expect(directive(csp, 'object-src')).toEqual(["'none'"]);
      expect(config.SecurityHeadersConfig.ContentSecurityPolicy.Override).toBe(true);
      expect(config.SecurityHeadersConfig.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
      expect(config.SecurityHeadersConfig.ContentTypeOptions).toEqual({ Override: true });
      expect(config.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
      expect(config.SecurityHeadersConfig.FrameOptions.FrameOption).toBe('DENY');
      expect(config.CustomHeadersConfig.Items).toContainEqual(
        expect.objectContaining({ Header: 'Permissions-Policy', Value: expect.stringContaining('camera=()') }),
      );
    }
  });

  it('caches hashed assets for a year and pages only briefly', () => {
    const cachePolicy = (behavior: Json) => book.template.toJSON().Resources[behavior.CachePolicyId.Ref].Properties.CachePolicyConfig;
    const assets = behaviors().filter((behavior) => /^\/(_astro|pagefind)\//.test(behavior.PathPattern ?? ''));
    expect(assets.map((behavior) => behavior.PathPattern)).toContain('/_astro/*');
    for (const behavior of assets) expect(cachePolicy(behavior).DefaultTTL).toBe(365 * 24 * 3600);
    expect(cachePolicy(distribution.DefaultCacheBehavior).DefaultTTL).toBeLessThanOrEqual(300);
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);
  });

  it("serves the site's own 404 page for missing pages, and leaves the API's JSON 404 answers alone", () => {
    // Distribution-wide error pages would replace the API's answers too.
    expect(distribution.CustomErrorResponses).toBeUndefined();
    const group = (distribution.OriginGroups.Items as Json[])[0]!;
    expect(group.FailoverCriteria.StatusCodes.Items).toEqual([404]);
    const [primary, fallback] = (group.Members.Items as Json[]).map((member) =>
      distribution.Origins.find((origin: Json) => origin.Id === member.OriginId),
    );
    expect(primary.S3OriginConfig).toBeDefined();
    expect(JSON.stringify(fallback.DomainName)).toContain('NotFoundPage');
    // API behaviours (/api/* and the cached results page /api/sok) go straight to the API.
    const isApi = (behavior: Json) => typeof behavior.PathPattern === 'string' && behavior.PathPattern.startsWith('/api/');
    const siteBehaviors = [distribution.DefaultCacheBehavior, ...behaviors().filter((behavior) => !isApi(behavior))];
    for (const behavior of siteBehaviors) expect(behavior.TargetOriginId, behavior.PathPattern ?? 'default').toBe(group.Id);
    const apiBehaviors = behaviors().filter(isApi);
    expect(apiBehaviors.map((behavior) => behavior.PathPattern)).toContain('/api/*');
    for (const api of apiBehaviors)
      expect(
        distribution.Origins.find((origin: Json) => origin.Id === api.TargetOriginId).CustomOriginConfig,
        api.PathPattern,
      ).toBeDefined();
  });

  it('lets the 404 page function read nothing but 404.html', () => {
    const [fn] = Object.values(book.template.findResources('AWS::Lambda::Function')).filter(
      (candidate) => candidate.Properties.Environment?.Variables?.SITE_BUCKET,
    );
    const roleId = fn!.Properties.Role['Fn::GetAtt'][0];
    const statements = Object.values(book.template.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Json[]);
    const s3 = statements.filter((statement) => String(statement.Action).startsWith('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0]!.Action).toBe('s3:GetObject');
    expect(JSON.stringify(s3[0]!.Resource)).toMatch(/\/404\.html"\]\]\}$/);
  });

  it('serves the API under /api/* uncached, passing on the Authorization header and query strings', () => {
    const api = distribution.CacheBehaviors.find((behavior: Json) => behavior.PathPattern === '/api/*');
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'DELETE']));
    // Managed policies CachingDisabled and AllViewerExceptHostHeader.
    expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    expect(api.FunctionAssociations).toHaveLength(1);
  });
});
