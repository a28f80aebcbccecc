import { z } from 'zod';

/**
 * How /redaksjon/ signs editors in, published as /redaksjon/config.json at build time so one
 * build can be pointed at Cognito, Entra ID or ID-porten by environment variables alone.
 */
export const editorAuthConfigSchema = z.discriminatedUnion('provider', [
  z.object({
    /** OpenID Connect authorization-code flow with PKCE (no client secret in the browser). */
    provider: z.literal('oidc'),
    /** The provider's issuer (`iss` of its ID tokens), checked in the browser with the nonce; the same as JWT_ISSUER. */
    issuer: z.url(),
    /** The provider's authorization endpoint, e.g. https://<domain>/oauth2/authorize for Cognito. */
    authorizeUrl: z.url(),
    /** The provider's token endpoint; it must allow CORS from the site (Cognito and Entra ID do). */
    tokenUrl: z.url(),
    /** The public app client id; also the audience the API expects (JWT_AUDIENCE). */
    clientId: z.string().min(1),
    /** Scopes to ask for; the ID token must carry the group claim. Default "openid email profile". */
    scope: z.string().min(1),
    /** Where "Logg ut" sends the browser after the local session is gone, if anywhere. */
    logoutUrl: z.url().optional(),
  }),
  z.object({
    /** The local run: a password form that asks the local server for a token. */
    provider: z.literal('local'),
    signInUrl: z.string().startsWith('/'),
  }),
]);

export type EditorAuthConfig = z.infer<typeof editorAuthConfigSchema>;

export const LOCAL_EDITOR_AUTH: EditorAuthConfig = { provider: 'local', signInUrl: '/api/local/sign-in' };

/**
 * Reads EDITOR_AUTH_* variables: EDITOR_AUTH_CLIENT_ID plus either EDITOR_AUTH_DOMAIN (a Cognito
 * hosted UI, whose endpoints are derived) or EDITOR_AUTH_AUTHORIZE_URL and EDITOR_AUTH_TOKEN_URL
 * (any OIDC provider), and EDITOR_AUTH_ISSUER (default JWT_ISSUER); optional EDITOR_AUTH_SCOPE and
 * EDITOR_AUTH_LOGOUT_URL. Without a client id
 * the site uses the local sign-in of `npm start`. Throws a ZodError when the set is incomplete.
 */
export function editorAuthFromEnv(env: Record<string, string | undefined>): EditorAuthConfig {
  const clientId = env.EDITOR_AUTH_CLIENT_ID;
  if (!clientId) return LOCAL_EDITOR_AUTH;
  const domain = env.EDITOR_AUTH_DOMAIN?.replace(/\/+$/, '');
  return editorAuthConfigSchema.parse({
    provider: 'oidc',
    issuer: env.EDITOR_AUTH_ISSUER ?? env.JWT_ISSUER,
    authorizeUrl: env.EDITOR_AUTH_AUTHORIZE_URL ?? (domain ? `${domain}/oauth2/authorize` : undefined),
    tokenUrl: env.EDITOR_AUTH_TOKEN_URL ?? (domain ? `${domain}/oauth2/token` : undefined),
    clientId,
    scope: env.EDITOR_AUTH_SCOPE ?? 'openid email profile',
    ...(env.EDITOR_AUTH_LOGOUT_URL ? { logoutUrl: env.EDITOR_AUTH_LOGOUT_URL } : {}),
  });
}
