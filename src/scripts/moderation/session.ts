/**
 * The editor's session in this tab: how to sign in (local password or OIDC with PKCE, from
 * /redaksjon/config.json), the bearer token in sessionStorage, and signing out. The API checks
 * every token itself; what is read from the token here is only the name shown on the page.
 */
import type { EditorAuthConfig } from '../../core/schemas/editor-auth.ts';
import { codeChallenge, randomToken } from './pkce.ts';

const TOKEN_KEY = 'alderdommens-abc:redaksjon:token';
const PENDING_KEY = 'alderdommens-abc:redaksjon:innlogging';

export type Session = { token: string; name: string; expiresAt: number };

export class SignInError extends Error {}

export async function loadAuthConfig(): Promise<EditorAuthConfig> {
  const response = await fetch('/redaksjon/config.json', { cache: 'no-store' });
  if (!response.ok) throw new SignInError('Fant ikke innstillingene for innlogging. Last inn siden på nytt.');
  return (await response.json()) as EditorAuthConfig;
}

/** The payload of a JWT, unverified: only for the name and expiry shown in this tab. */
function claims(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)));
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function sessionFromToken(token: string): Session {
  const payload = claims(token);
  const name = ['name', 'email', 'preferred_username', 'cognito:username'].map((claim) => payload[claim]).find((value) => typeof value === 'string');
  return { token, name: typeof name === 'string' ? name : 'redaktør', expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : 0 };
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

/** The local run's password sign-in. Throws SignInError with the server's message. */
export async function signInLocally(config: Extract<EditorAuthConfig, { provider: 'local' }>, name: string, password: string): Promise<Session> {
  const response = await fetch(config.signInUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  }).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as { token?: string; error?: { message?: string; fields?: Record<string, string> } } | undefined;
  if (response?.ok && body?.token) return keep(body.token);
  const fields = body?.error?.fields ? Object.values(body.error.fields).join(' ') : '';
  throw new SignInError(fields || body?.error?.message || 'Innloggingen virket ikke. Prøv igjen.');
}

function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** Sends the browser to the provider; it comes back to this page with ?code=…&state=…. */
export async function startOidcSignIn(config: Extract<EditorAuthConfig, { provider: 'oidc' }>): Promise<void> {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(config.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

/**
 * Finishes a sign-in the provider sent back to this page, if there is one: checks the state,
 * trades the code for tokens and keeps the ID token (its `aud` is the client id and it carries
 * the groups, which is what the API verifies). Throws SignInError when it went wrong.
 */
export async function completeOidcSignIn(config: Extract<EditorAuthConfig, { provider: 'oidc' }>): Promise<Session | undefined> {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return undefined;
  history.replaceState(null, '', redirectUri());
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (params.has('error')) throw new SignInError('Innloggingen ble avbrutt. Prøv igjen.');
  if (!pending || params.get('state') !== pending.state) throw new SignInError('Innloggingen kunne ikke fullføres. Prøv igjen.');
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }),
  }).catch(() => undefined);
  const tokens = (await response?.json().catch(() => undefined)) as { id_token?: string } | undefined;
  if (!response?.ok || !tokens?.id_token) throw new SignInError('Innloggingen kunne ikke fullføres. Prøv igjen.');
  return keep(tokens.id_token);
}
