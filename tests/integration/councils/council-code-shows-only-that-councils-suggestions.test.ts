import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

async function newCouncil(name: string): Promise<{ id: string; code: string }> {
  const response = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name } });
  const body = (await response.json()) as { council: { id: string }; code: string };
  return { id: body.council.id, code: body.code };
}

const asCouncil = (code: string, path = '/api/council/suggestions') =>
  moderation.api(path, { token: null, headers: { authorization: `Council ${code}` } });

async function send(body: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const response = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: body });
  return (await response.json()) as { id: string; reference: string };
}

describe('a council with its code', () => {
  it('sees every suggestion it sent, with status and answer, and nothing of other councils or citizens', async () => {
    const elders = await newCouncil('Eldrerådet i testen');
    const disability = await newCouncil('Rådet for personer med funksjonsnedsettelse');
    const own = await send({
      kind: 'correction',
      topic: 'sykehjem',
      text: 'Eldrerådet: prisen er feil.',
      councilCode: elders.code,
      contact: { email: 'leder@example.no' },
    });
    await send({ kind: 'question', text: 'Rådet: hvem betaler for transport?', councilCode: disability.code });
    await send({ kind: 'question', text: 'En innbygger spør om hjemmehjelp.' });
    await moderation.api(`/api/moderation/suggestions/${own.id}`, {
      method: 'PATCH',
      json: { version: 1, status: 'in-review', publicAnswer: 'Vi ser på prisen.' },
    });

    const response = await asCouncil(elders.code.toLowerCase());
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { council: { name: string }; items: Record<string, unknown>[] };
    expect(body.council).toEqual({ name: 'Eldrerådet i testen' });
    expect(body.items).toEqual([
      expect.objectContaining({
        reference: own.reference,
        status: 'in-review',
        answer: 'Vi ser på prisen.',
        text: 'Eldrerådet: prisen er feil.',
      }),
    ]);
    expect(text).not.toContain('leder@example.no');
    expect(text).not.toContain('transport');
    expect(text).not.toContain('hjemmehjelp');
  });

  it('is refused with 401 for a wrong, missing, replaced or revoked code', async () => {
    const council = await newCouncil('Brukerrådet i testen');
    expect((await asCouncil('AAAA-BBBB-CCCC')).status).toBe(401);
    expect((await moderation.api('/api/council/suggestions', { token: null })).status).toBe(401);
    expect((await moderation.api('/api/council/suggestions', { token: null, headers: { authorization: council.code } })).status).toBe(401);

    const replaced = (await (await moderation.api(`/api/moderation/councils/${council.id}/code`, { method: 'POST' })).json()) as {
      code: string;
    };
    const old = await asCouncil(council.code);
    expect(old.status).toBe(401);
    expect(await old.json()).toEqual({ error: { code: 'invalid-council-code', message: expect.stringContaining('Rådskoden') } });
    expect((await asCouncil(replaced.code)).status).toBe(200);

    await moderation.api(`/api/moderation/councils/${council.id}/code`, { method: 'DELETE' });
    expect((await asCouncil(replaced.code)).status).toBe(401);
  });
});
