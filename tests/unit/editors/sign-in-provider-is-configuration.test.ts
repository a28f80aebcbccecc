import { describe, expect, it } from 'vitest';
import { editorAuthFromEnv, LOCAL_EDITOR_AUTH } from '../../../src/core/schemas/editor-auth.ts';

describe('the editors\u2019 sign-in configuration', () => {
  it('is the local password sign-in without a client id', () => {
    expect(editorAuthFromEnv({})).toEqual(LOCAL_EDITOR_AUTH);
  });

  it('derives the endpoints of a Cognito hosted UI from its domain', () => {
    expect(
      editorAuthFromEnv({
        EDITOR_AUTH_CLIENT_ID: 'abc123',
        EDITOR_AUTH_DOMAIN: 'https://abc.auth.eu-north-1.amazoncognito.com/',
        EDITOR_AUTH_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc',
      }),
    ).toEqual({
      provider: 'oidc',
      issuer: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc',
      authorizeUrl: 'https://abc.auth.eu-north-1.amazoncognito.com/oauth2/authorize',
      tokenUrl: 'https://abc.auth.eu-north-1.amazoncognito.com/oauth2/token',
      clientId: 'abc123',
      scope: 'openid email profile',
    });
  });

  it('takes any OIDC provider\u2019s endpoints, e.g. Entra ID', () => {
    const tenant = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0';
    expect(
      editorAuthFromEnv({
        EDITOR_AUTH_CLIENT_ID: 'entra-app',
        JWT_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
        EDITOR_AUTH_AUTHORIZE_URL: `${tenant}/authorize`,
        EDITOR_AUTH_TOKEN_URL: `${tenant}/token`,
        EDITOR_AUTH_SCOPE: 'openid profile',
        EDITOR_AUTH_LOGOUT_URL: `${tenant}/logout`,
      }),
    ).toMatchObject({
      provider: 'oidc',
      authorizeUrl: `${tenant}/authorize`,
      tokenUrl: `${tenant}/token`,
      scope: 'openid profile',
      logoutUrl: `${tenant}/logout`,
    });
  });

  it('fails the build when a client id has no endpoints or no issuer', () => {
    expect(() => editorAuthFromEnv({ EDITOR_AUTH_CLIENT_ID: 'abc123' })).toThrow();
    expect(() =>
      editorAuthFromEnv({ EDITOR_AUTH_CLIENT_ID: 'abc123', EDITOR_AUTH_DOMAIN: 'https://abc.auth.eu-north-1.amazoncognito.com/' }),
    ).toThrow();
  });
});
