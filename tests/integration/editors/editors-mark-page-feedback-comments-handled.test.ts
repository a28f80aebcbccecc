import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

type Entry = { id: string; createdAt: string; page: string; comment?: string; handledBy?: string; handledAt?: string };

const comments = async (page: string) =>
  ((await (await moderation.api(`/api/moderation/feedback/page?page=${encodeURIComponent(page)}`)).json()) as { items: Entry[] }).items;

describe('page-feedback comments', () => {
  it('are marked handled with the editor and time, and can be unmarked', async () => {
    await moderation.api('/api/feedback', {
      method: 'POST',
      token: null,
      json: { page: '/fastlege/', useful: false, comment: 'Savner hvordan jeg bytter lege.' },
    });
    const [entry] = await comments('/fastlege/');
    expect(entry).not.toHaveProperty('handledBy');

    const marked = await moderation.api('/api/moderation/feedback/entry', {
      method: 'PATCH',
      json: { page: entry!.page, createdAt: entry!.createdAt, id: entry!.id, handled: true },
    });
    expect(marked.status).toBe(200);
    expect((await comments('/fastlege/'))[0]).toMatchObject({ id: entry!.id, handledBy: 'Kari Redaktør', handledAt: expect.any(String) });

    await moderation.api('/api/moderation/feedback/entry', {
      method: 'PATCH',
      json: { page: entry!.page, createdAt: entry!.createdAt, id: entry!.id, handled: false },
    });
    expect((await comments('/fastlege/'))[0]).not.toHaveProperty('handledBy');
  });

  it('answers 404 for an answer that does not exist and 400 for a malformed one', async () => {
    const missing = await moderation.api('/api/moderation/feedback/entry', {
      method: 'PATCH',
      json: { page: '/fastlege/', createdAt: '2026-01-01T00:00:00.000Z', id: 'finnes-ikke', handled: true },
    });
    expect(missing.status).toBe(404);
    const malformed = await moderation.api('/api/moderation/feedback/entry', {
      method: 'PATCH',
      json: { page: '/fastlege/', handled: 'ja' },
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('handled');
  });

  it('need an editor token', async () => {
    expect((await moderation.api('/api/moderation/feedback/entry', { method: 'PATCH', token: null, json: {} })).status).toBe(401);
  });
});
