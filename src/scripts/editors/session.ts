/**
 * The editor's session in this tab: how to sign in (local password, or OpenID Connect's
 * authorization-code flow with PKCE, state and nonce through oauth4webapi, from
 * /redaksjon/config.json), the bearer token in sessionStorage, and signing out. The API verifies
 * every token itself; what is read from the token here is only the name and expiry shown on the page.
 */
import { decodeJwt } from 'jose';
import * as oauth from 'oauth4webapi';
import type { EditorAuthConfig } from '../../core/schemas/editor-auth.ts';
import { say } from './texts.ts';
import { underBase } from '../../core/paths.ts';

const TOKEN_KEY = 'alderdommens-abc:redaksjon:token';
const PENDING_KEY = 'alderdommens-abc:redaksjon:innlogging';

export type Session = { token: string; name: string; expiresAt: number };

export class SignInError extends Error {}

export async function loadAuthConfig(): Promise<EditorAuthConfig> {
  const response = await fetch(underBase('/redaksjon/config.json'), { cache: 'no-store' });
  if (!response.ok) throw new SignInError(say('session.noConfig'));
  return (await response.json()) as EditorAuthConfig;
}

/** The payload of a JWT, unverified: only for the name and expiry shown in this tab. */
function claims(token: string): Record<string, unknown> {
  try {
    return decodeJwt(token);
  } catch {
    return {};
  }
}

export function sessionFromToken(token: string): Session {
  const payload = claims(token);
  const name = ['name', 'email', 'preferred_username', 'cognito:username']
    .map((claim) => payload[claim])
    .find((value) => typeof value === 'string');
  return {
    token,
    name: typeof name === 'string' ? name : say('session.defaultName'),
    expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : 0,
  };
}

export function currentSession(): Session | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return undefined;
  const session = sessionFromToken(token);
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(TOKEN_KEY);
    return undefined;
  }
  return session;
}

function keep(token: string): Session {
  sessionStorage.setItem(TOKEN_KEY, token);
  return sessionFromToken(token);
}

export function signOut(config: EditorAuthConfig | undefined): void {
  sessionStorage.removeItem(TOKEN_KEY);
  if (config?.provider === 'oidc' && config.logoutUrl) location.assign(config.logoutUrl);
}

/**
 * The local run's password sign-in with the form's fields: name and password, and in a book the
 * page's kommune and whether the editor signs in for it or for the whole book. Throws SignInError
 * with the server's message.
 */
export async function signInLocally(
  config: Extract<EditorAuthConfig, { provider: 'local' }>,
  credentials: { name: string; password: string; kommune?: string; role?: string },
): Promise<Session> {
  const response = await fetch(config.signInUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  }).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as
    { token?: string; error?: { message?: string; fields?: Record<string, string> } } | undefined;
  if (response?.ok && body?.token) return keep(body.token);
  const fields = body?.error?.fields ? Object.values(body.error.fields).join(' ') : '';
  throw new SignInError(fields || body?.error?.message || say('session.failed'));
}

function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

type OidcConfig = Extract<EditorAuthConfig, { provider: 'oidc' }>;
type PendingSignIn = { verifier: string; state: string; nonce: string };

function provider(config: OidcConfig): { server: oauth.AuthorizationServer; client: oauth.Client } {
  return {
    server: { issuer: config.issuer, authorization_endpoint: config.authorizeUrl, token_endpoint: config.tokenUrl },
    client: { client_id: config.clientId },
  };
}

/** Sends the browser to the provider; it comes back to this page with ?code=…&state=…. */
export async function startOidcSignIn(config: OidcConfig): Promise<void> {
  const pending: PendingSignIn = {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(config.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

/**
 * Finishes a sign-in the provider sent back to this page, if there is one: checks the state,
 * trades the code for tokens, checks the ID token's issuer, audience, expiry and nonce, and keeps
 * it (its `aud` is the client id and it carries the groups, which is what the API verifies).
 * Throws SignInError when it went wrong.
 */
export async function completeOidcSignIn(config: OidcConfig): Promise<Session | undefined> {
  const callback = new URL(location.href);
  if (!callback.searchParams.has('code') && !callback.searchParams.has('error')) return undefined;
  history.replaceState(null, '', redirectUri());
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingSignIn | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (callback.searchParams.has('error')) throw new SignInError(say('session.cancelled'));
  if (!pending) throw new SignInError(say('session.incomplete'));
  const { server, client } = provider(config);
  try {
    const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(server, client, oauth.None(), parameters, redirectUri(), pending.verifier);
    const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    if (!result.id_token) throw new SignInError(say('session.incomplete'));
    return keep(result.id_token);
  } catch {
    throw new SignInError(say('session.incomplete'));
  }
}
