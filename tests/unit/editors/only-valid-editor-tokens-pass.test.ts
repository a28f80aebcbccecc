import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  loadOrCreateEditorKey,
  signEditorToken,
  type LocalEditorKey,
} from '../../../tools/local/editor-key.ts';
import { createEditorVerifier, type EditorVerifier } from '../../../functions/shared/auth.ts';
import { ForbiddenError, UnauthorizedError } from '../../../functions/shared/errors.ts';

let dataDir: string;
let key: LocalEditorKey;
let verify: EditorVerifier;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'abc-auth-'));
  key = await loadOrCreateEditorKey(dataDir);
  verify = createEditorVerifier({
    jwksUrl: key.jwksUrl,
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    groupClaim: 'cognito:groups',
    editorGroup: 'editors',
    bookKommuner: [],
  });
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const bearer = (token: string) => `Bearer ${token}`;

async function foreignToken(claims: { iss?: string; aud?: string } = {}): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT({ 'cognito:groups': ['editors'] })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setSubject('x')
    .setIssuer(claims.iss ?? LOCAL_ISSUER)
    .setAudience(claims.aud ?? LOCAL_AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKey);
}

describe('editor token verification', () => {
  it('accepts an editor token and names the editor, who edits everything of a kommune on its own', async () => {
    await expect(verify(bearer(await signEditorToken(key, { name: 'Kari Redaktør' })))).resolves.toEqual({
      id: 'local:Kari Redaktør',
      name: 'Kari Redaktør',
      roles: { national: true, kommuner: [] },
    });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a malformed token', 'Bearer not-a-token'],
    ['two parts only', 'Bearer abc.def'],
  ])('refuses %s with 401', async (_name, header) => {
    await expect(verify(header)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses an altered signature with 401', async () => {
    const [head, body, signature] = (await signEditorToken(key)).split('.');
    const altered = `${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    await expect(verify(bearer(`${head}.${body}.${altered}`))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses an altered payload with 401', async () => {
    const [head, , signature] = (await signEditorToken(key, { groups: [] })).split('.');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'x', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: 9_999_999_999, 'cognito:groups': ['editors'] }),
    ).toString('base64url');
    await expect(verify(bearer(`${head}.${payload}.${signature}`))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses an expired token with 401', async () => {
    await expect(verify(bearer(await signEditorToken(key, { expiresInSeconds: -120 })))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses a token signed by another key, issuer or audience with 401', async () => {
    await expect(verify(bearer(await foreignToken()))).rejects.toBeInstanceOf(UnauthorizedError);
    const otherIssuer = createEditorVerifier({
      jwksUrl: key.jwksUrl,
      issuer: 'https://elsewhere',
      audience: LOCAL_AUDIENCE,
      groupClaim: 'cognito:groups',
      editorGroup: 'editors',
      bookKommuner: [],
    });
    await expect(otherIssuer(bearer(await signEditorToken(key)))).rejects.toBeInstanceOf(UnauthorizedError);
    const otherAudience = createEditorVerifier({
      jwksUrl: key.jwksUrl,
      issuer: LOCAL_ISSUER,
      audience: 'another-client',
      groupClaim: 'cognito:groups',
      editorGroup: 'editors',
      bookKommuner: [],
    });
    await expect(otherAudience(bearer(await signEditorToken(key)))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses an unsigned (alg none) token with 401', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'x', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: 9_999_999_999, 'cognito:groups': ['editors'] })}.`;
    await expect(verify(bearer(`${unsigned}x`))).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('refuses a valid token without the editor group with 403', async () => {
    await expect(verify(bearer(await signEditorToken(key, { groups: ['readers'] })))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verify(bearer(await signEditorToken(key, { groups: [] })))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('reads the groups from the configured claim, as an array or a space-separated string', async () => {
    const entra = createEditorVerifier({
      jwksUrl: key.jwksUrl,
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      groupClaim: 'roles',
      editorGroup: 'editors',
      bookKommuner: [],
    });
    const privateKey = await importJWK(key.privateJwk, 'RS256');
    const token = (roles: unknown) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: 'RS256', kid: key.kid })
        .setSubject('s')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setExpirationTime('1h')
        .sign(privateKey);
    await expect(entra(bearer(await token(['editors'])))).resolves.toMatchObject({ id: 's' });
    await expect(entra(bearer(await token('readers editors')))).resolves.toMatchObject({ id: 's' });
    await expect(entra(bearer(await signEditorToken(key)))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps one key per data directory, so editor-token and the server agree', async () => {
    const again = await loadOrCreateEditorKey(dataDir);
    expect(again.kid).toBe(key.kid);
    expect(again.password).toBe(key.password);
  });
});
