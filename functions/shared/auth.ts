/**
 * Editors' bearer tokens, verified with jose (no hand-written crypto) against the keys the
 * issuer publishes: Cognito or the kommune's own OIDC provider in AWS, the local key set of
 * `npm start` here. The same code path in both; only JWKS_URL, issuer and audience differ.
 */
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Env } from './env.ts';
import { ConfigError, ForbiddenError, UnauthorizedError } from './errors.ts';
import { editorRoles, type EditorRoles } from './editor-roles.ts';
import { bookKommuner } from './request-kommune.ts';

export interface EditorAuthConfig {
  /** Where the issuer publishes its signing keys: https:// in AWS, file:// for the local key set. */
  jwksUrl: string;
  issuer: string;
  /** Expected `aud`: the app client id of the user pool (or the kommune's own OIDC client). */
  audience: string;
  /** Claim that lists the user's groups: `cognito:groups` for Cognito, `groups` or `roles` for Entra ID. */
  groupClaim: string;
  /** EDITOR_GROUP: the group of a kommune on its own, and the stem of a book's groups (editor-roles.ts). */
  editorGroup: string;
  /** The book's kommuner in its order (BOOK_KOMMUNER); empty for a kommune on its own. */
  bookKommuner: readonly string[];
}

/** Who made a change, as recorded in a suggestion's history. */
export interface Editor {
  id: string;
  name: string;
}

/** An editor whose token was verified: who, and what the token's groups allow (editor-roles.ts). */
export type VerifiedEditor = Editor & { roles: EditorRoles };

export type EditorVerifier = (authorization: string | undefined) => Promise<VerifiedEditor>;

const BEARER = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i;
// Cognito, Entra ID and ID-porten all sign with RS256; pinning it refuses `none` and HMAC confusion.
const ALGORITHMS = ['RS256'];

/**
 * Verifies the `Authorization` header with jose. Throws UnauthorizedError (401) when the token is
 * missing, malformed, wrongly signed, expired or from another issuer or audience, and ForbiddenError
 * (403) when it is valid but its groups make no editor (editor-roles.ts).
 */
export function createEditorVerifier(config: EditorAuthConfig): EditorVerifier {
  let keys: JWTVerifyGetKey | undefined;
  return async (authorization) => {
    const token = BEARER.exec(authorization?.trim() ?? '')?.[1];
    if (!token) throw new UnauthorizedError();
    keys ??= keySet(new URL(config.jwksUrl));
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      }));
    } catch {
      throw new UnauthorizedError();
    }
    const roles = editorRoles(groupsOf(payload[config.groupClaim]), config);
    if (!roles) throw new ForbiddenError();
    return { id: String(payload.sub), name: displayName(payload), roles };
  };
}

const verifiers = new WeakMap<Env, EditorVerifier>();

/**
 * The verifier for a context's environment, built once per environment so the remote key set
 * (and its cache) is shared by every request a Lambda serves. Throws ConfigError (500) when the
 * issuer, audience or key URL is missing: a deployment mistake, not the caller's.
 */
export function editorVerifierFor(env: Env): EditorVerifier {
  let verifier = verifiers.get(env);
  if (!verifier) {
    const missing = (['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'] as const).filter((name) => !env[name]);
    if (missing.length > 0) throw new ConfigError(missing.map((name) => `${name}: mangler`));
    verifier = createEditorVerifier({
      jwksUrl: env.JWKS_URL!,
      issuer: env.JWT_ISSUER!,
      audience: env.JWT_AUDIENCE!,
      groupClaim: env.EDITOR_GROUP_CLAIM,
      editorGroup: env.EDITOR_GROUP,
      bookKommuner: bookKommuner(env),
    });
    verifiers.set(env, verifier);
  }
  return verifier;
}

function keySet(url: URL): JWTVerifyGetKey {
  if (url.protocol === 'file:') return createLocalJWKSet(JSON.parse(readFileSync(url, 'utf8')));
  return createRemoteJWKSet(url);
}

/** Providers send groups as an array, some as one space-separated string. */
function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((group): group is string => typeof group === 'string');
  return typeof claim === 'string' ? claim.split(/\s+/) : [];
}

function displayName(payload: JWTPayload): string {
  for (const claim of ['name', 'email', 'preferred_username', 'cognito:username']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 100);
  }
  return String(payload.sub);
}
