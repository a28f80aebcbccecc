import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

let book: SynthesizedBook;
let apiRoutes: Map<string, Record<string, any>>;

beforeAll(() => {
  book = synthBookStack();
  apiRoutes = new Map(
    Object.values(book.template.findResources('AWS::ApiGatewayV2::Route')).map((route) => [route.Properties.RouteKey, route.Properties]),
  );
});

describe('the API routes', () => {
  it('are the routes of the manifest, no more', () => {
    expect([...apiRoutes.keys()].sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('carry the JWT authorizer on every /api/moderation/ route, and on no public route', () => {
    const [authorizerId] = Object.keys(book.template.findResources('AWS::ApiGatewayV2::Authorizer'));
    for (const route of routes) {
      const properties = apiRoutes.get(`${route.method} ${route.path}`)!;
      const moderation = route.path.startsWith('/api/moderation/');
      const council = route.path.startsWith('/api/council/');
      expect(route.auth, `${route.path} is an editors' route exactly when under /api/moderation/, a council's under /api/council/`).toBe(
        moderation ? 'editor' : council ? 'council' : 'public',
      );
      if (moderation) {
        expect(properties.AuthorizationType, route.path).toBe('JWT');
        expect(properties.AuthorizerId, route.path).toEqual({ Ref: authorizerId });
      } else {
        expect(properties.AuthorizationType, route.path).toBe('NONE');
        expect(properties.AuthorizerId, route.path).toBeUndefined();
      }
    }
  });

  it("check tokens against the stack's own Cognito pool and moderation page client by default", () => {
    const [poolId] = Object.keys(book.template.findResources('AWS::Cognito::UserPool'));
    const [clientId] = Object.keys(book.template.findResources('AWS::Cognito::UserPoolClient'));
    const [authorizer] = Object.values(book.template.findResources('AWS::ApiGatewayV2::Authorizer'));
    expect(authorizer!.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer!.Properties.IdentitySource).toEqual(['$request.header.Authorization']);
    expect(referencedIds(authorizer!.Properties.JwtConfiguration.Issuer)).toContain(poolId);
    expect(authorizer!.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
  });

  it('are throttled at the stage', () => {
    book.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });
});

describe('the editors’ sign-in', () => {
  it('is invitation only, with strong passwords, optional TOTP and an editors group', () => {
    book.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
    book.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'editors' });
  });

  it('lets the moderation page sign in with the authorization code flow only, back to /redaksjon/', () => {
    const [client] = Object.values(book.template.findResources('AWS::Cognito::UserPoolClient'));
    expect(client!.Properties.AllowedOAuthFlows).toEqual(['code']);
    expect(client!.Properties.GenerateSecret).toBe(false);
    expect(JSON.stringify(client!.Properties.CallbackURLs)).toMatch(/\/redaksjon\/"/);
  });
});
