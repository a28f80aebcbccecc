import { beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

const ISSUER = 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0';
const JWKS = 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/discovery/v2.0/keys';

let book: SynthesizedBook;

beforeAll(() => {
  book = synthBookStack({
    context: { jwtIssuer: ISSUER, jwtAudience: 'abc-redaksjon', jwksUrl: JWKS, editorGroupClaim: 'roles' },
  });
});

describe('with the kommune’s own OpenID Connect provider', () => {
  it('creates no Cognito user pool', () => {
    book.template.resourceCountIs('AWS::Cognito::UserPool', 0);
  });

  it('has API Gateway check its tokens', () => {
    book.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: ISSUER, Audience: ['abc-redaksjon'] },
    });
  });

  it('tells the editors’ functions the issuer, audience, key set and group claim', () => {
    const editorFunctions = Object.values(book.template.findResources('AWS::Lambda::Function')).filter((fn) =>
      String(fn.Properties.Description).includes('/api/moderation/'),
    );
    expect(editorFunctions.length).toBeGreaterThan(0);
    for (const fn of editorFunctions) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: 'abc-redaksjon',
        JWKS_URL: JWKS,
        EDITOR_GROUP_CLAIM: 'roles',
      });
    }
  });

  it('lets the pages call the provider and nothing else outside the site', () => {
    const [policy] = Object.values(book.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp: string = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com;");
  });
});
