import { generateKeyPair, SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorAuthConfig } from '../../../src/core/schemas/editor-auth.ts';
import { completeOidcSignIn, SignInError, startOidcSignIn } from '../../../src/scripts/editors/session.ts';

// The page hands the scripts their texts as data; here they come straight from the catalogue.
vi.mock('../../../src/scripts/editors/texts.ts', async () => ({
  say: (await import('../../../src/core/text/moderation.ts')).moderationText,
}));

const config: Extract<EditorAuthConfig, { provider: 'oidc' }> = {
  provider: 'oidc',
  issuer: 'https://login.example.no/tenant',
  authorizeUrl: 'https://login.example.no/tenant/authorize',
  tokenUrl: 'https://login.example.no/tenant/token',
  clientId: 'abc-redaksjon',
  scope: 'openid email profile',
};
const page = 'https://abc.example.no/redaksjon/';
// Providers sign ID tokens with RS256 by default; the browser trusts the token endpoint over TLS for the signature.
const { privateKey } = await generateKeyPair('RS256');

let href = page;
let tokenRequests: URLSearchParams[] = [];

function idToken(claims: Record<string, unknown>) {
  return new SignJWT({ name: 'Kari Redaktør', ...claims })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(config.issuer)
    .setAudience(config.clientId)
    .setSubject('kari')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

/** The provider's half: where the browser was sent, and its answer on the way back. */
async function signInAt(provider: (authorize: URL) => Promise<{ query: Record<string, string>; idToken?: string }>) {
  await startOidcSignIn(config);
  const authorize = new URL(href);
  const { query, idToken: token } = await provider(authorize);
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    tokenRequests.push(new URLSearchParams(String(init.body)));
    return Response.json({ access_token: 'a', token_type: 'Bearer', expires_in: 3600, id_token: token });
  });
  href = `${page}?${new URLSearchParams(query)}`;
  return completeOidcSignIn(config);
}

beforeEach(() => {
  href = page;
  tokenRequests = [];
  const store = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  });
  vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => (href = new URL(url, href).href) });
  vi.stubGlobal('location', {
    get href() {
      return href;
    },
    get origin() {
      return new URL(href).origin;
    },
    get pathname() {
      return new URL(href).pathname;
    },
    assign: (url: string) => (href = url),
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('the editors\u2019 sign-in with an OpenID Connect provider', () => {
  it('asks for a code with PKCE (S256), state and nonce, and keeps the ID token whose nonce matches', async () => {
    const session = await signInAt(async (authorize) => {
      expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: page,
        code_challenge_method: 'S256',
      });
      for (const name of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(name)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      return {
        query: { code: 'c-1', state: authorize.searchParams.get('state')! },
        idToken: await idToken({ nonce: authorize.searchParams.get('nonce') }),
      };
    });
    expect(session?.name).toBe('Kari Redaktør');
    expect(tokenRequests[0]?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(href).toBe(page);
  });

  it('refuses an ID token with another nonce (a replayed or injected token)', async () => {
    const attempt = signInAt(async (authorize) => ({
      query: { code: 'c-1', state: authorize.searchParams.get('state')! },
      idToken: await idToken({ nonce: 'someone-elses-nonce' }),
    }));
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    expect(tokenRequests).toHaveLength(1);
    expect(sessionStorage.getItem('alderdommens-abc:redaksjon:token')).toBeNull();
  });

  it('refuses an answer whose state is not the one this tab sent', async () => {
    const attempt = signInAt(async () => ({ query: { code: 'c-1', state: 'forged-state' }, idToken: await idToken({}) }));
    await expect(attempt).rejects.toThrow('Innloggingen kunne ikke fullføres');
    expect(tokenRequests).toHaveLength(0);
  });

  it('says plainly when the editor cancelled at the provider', async () => {
    const attempt = signInAt(async (authorize) => ({ query: { error: 'access_denied', state: authorize.searchParams.get('state')! } }));
    await expect(attempt).rejects.toThrow('Innloggingen ble avbrutt');
  });
});
