import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/** Issuer and audience of locally signed editor tokens; nothing outside the local server trusts them. */
export const LOCAL_ISSUER = 'urn:alderdommens-abc:local';
export const LOCAL_AUDIENCE = 'alderdommens-abc-local';
export const LOCAL_EDITOR_GROUP = 'editors';
const ALGORITHM = 'RS256';

/** The local signing key and the sign-in password, persisted in DATA_DIR so tokens survive restarts. */
export interface LocalEditorKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  password: string;
  /** file:// URL of the public key set, what the verifier reads as JWKS_URL locally. */
  jwksUrl: string;
}

type StoredKey = Omit<LocalEditorKey, 'jwksUrl'>;

/**
 * Loads the key pair from `<dataDir>/editor-key.json`, creating it on first use. `npm start` and
 * `npm run editor-token` may both be first: the exclusive create makes the loser read the winner's key.
 */
export async function loadOrCreateEditorKey(dataDir: string): Promise<LocalEditorKey> {
  await mkdir(dataDir, { recursive: true });
  const keyPath = join(dataDir, 'editor-key.json');
  const jwksPath = join(dataDir, 'editor-jwks.json');
  const stored = (await readStoredKey(keyPath)) ?? (await createStoredKey(keyPath));
  await writeFile(jwksPath, JSON.stringify({ keys: [stored.publicJwk] }));
  return { ...stored, jwksUrl: pathToFileURL(jwksPath).href };
}

async function readStoredKey(path: string): Promise<StoredKey | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as StoredKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function createStoredKey(path: string): Promise<StoredKey> {
  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const stored: StoredKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
    password: randomBytes(9).toString('base64url'),
  };
  try {
    await writeFile(path, JSON.stringify(stored), { flag: 'wx', mode: 0o600 });
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(path, 'utf8')) as StoredKey;
  }
}

export interface LocalTokenOptions {
  name?: string;
  groups?: string[];
  /** Seconds until expiry; negative values make expired tokens for tests. */
  expiresInSeconds?: number;
}

/** Signs a token shaped like a Cognito ID token (sub, name, `cognito:groups`). */
export async function signEditorToken(key: LocalEditorKey, options: LocalTokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const name = options.name ?? 'Lokal redaktør';
  return new SignJWT({ name, 'cognito:groups': options.groups ?? [LOCAL_EDITOR_GROUP] })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(`local:${name}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 8 * 60 * 60))
    .sign(await importJWK(key.privateJwk, ALGORITHM));
}

/** The environment that makes the shared verifier trust the local key. */
export function localAuthEnv(key: LocalEditorKey): Record<string, string> {
  return { JWKS_URL: key.jwksUrl, JWT_ISSUER: LOCAL_ISSUER, JWT_AUDIENCE: LOCAL_AUDIENCE };
}
