import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

const signIn = (body: unknown) => moderation.api('/api/local/sign-in', { method: 'POST', token: null, json: body });

describe('the local editor sign-in', () => {
  it('gives a token the moderation API accepts, named after the editor', async () => {
    const response = await signIn({ name: 'Per Redaktør', password: moderation.server.editorPassword });
    expect(response.status).toBe(200);
    const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
    expect(expiresIn).toBe(8 * 60 * 60);
    const list = await moderation.api('/api/moderation/suggestions', { token });
    expect(list.status).toBe(200);
  });

  it('refuses a wrong password with 401 and says where the password is', async () => {
    const response = await signIn({ name: 'Per', password: 'feil' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized', message: expect.stringContaining('npm start') } });
  });

  it('names missing fields', async () => {
    const response = await signIn({ password: moderation.server.editorPassword });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: { name: expect.any(String) } } });
    expect((await signIn([])).status).toBe(400);
  });

  it('publishes the public key set only', async () => {
    const response = await moderation.api('/api/local/jwks.json', { token: null });
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', kid: moderation.key.kid, use: 'sig', alg: 'RS256' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('is the key npm run editor-token signs with', async () => {
    const response = await moderation.api('/api/moderation/counts', { token: await moderation.token({ name: 'Skript' }) });
    expect(response.status).toBe(200);
  });
});
