import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../../src/core/suggestions/reference.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

const register = (body: Record<string, unknown>) => moderation.api('/api/moderation/suggestions', { method: 'POST', json: body });

describe('an editor registering a suggestion that came by phone, letter, meeting or e-mail', () => {
  it('gets a reference to read back, and the history names the channel and the editor', async () => {
    const response = await register({
      channel: 'phone',
      kind: 'question',
      text: 'Innringer lurer på hvem som betaler for trygghetsalarm.',
      contact: { phone: '+47 912 34 567' },
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { id: string; status: string; reference: string };
    expect(receipt).toMatchObject({ status: 'new', reference: expect.stringMatching(REFERENCE_PATTERN) });

    const detail = (await (await moderation.api(`/api/moderation/suggestions/${receipt.id}`)).json()) as Record<string, unknown> & {
      history: Record<string, unknown>[];
    };
    expect(detail).toMatchObject({
      reference: receipt.reference,
      channel: { via: 'phone', registeredBy: 'Kari Redaktør' },
      contact: { phone: '+47 912 34 567' },
      source: { type: 'citizen' },
    });
    expect(detail.history[0]).toMatchObject({ action: 'created', actor: 'Kari Redaktør', via: 'phone' });
  });

  it('can register it for a council, which then sees it with its code', async () => {
    const council = (await (
      await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet på møtet' } })
    ).json()) as { council: { id: string }; code: string };
    const response = await register({
      channel: 'meeting',
      council: council.council.id,
      kind: 'new-topic',
      text: 'Rådet ønsker en side om varmt middagsmåltid.',
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const seen = (await (
      await moderation.api('/api/council/suggestions', { token: null, headers: { authorization: `Council ${council.code}` } })
    ).json()) as { items: { reference: string }[] };
    expect(seen.items.map((item) => item.reference)).toEqual([reference]);
  });

  it('applies the same validation as the web form, plus the channel', async () => {
    const response = await register({ channel: 'fax', kind: 'question', text: 'kort' });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['channel', 'text']);
  });

  it('needs an editor token', async () => {
    expect(
      (
        await moderation.api('/api/moderation/suggestions', {
          method: 'POST',
          token: null,
          json: { channel: 'letter', kind: 'question', text: 'Brev om hjemmehjelp i helgene.' },
        })
      ).status,
    ).toBe(401);
  });
});

describe('the queue searched by reference or text', () => {
  it('finds a suggestion by its reference as read out, in any status, and by words in its text', async () => {
    const registered = (await (
      await register({ channel: 'letter', kind: 'question', text: 'Brevet spør om ledsagerbevis på bussen.' })
    ).json()) as { id: string; reference: string };
    await moderation.api(`/api/moderation/suggestions/${registered.id}`, { method: 'PATCH', json: { version: 1, status: 'in-review' } });
    const byReference = (await (
      await moderation.api(
        `/api/moderation/suggestions?status=new&q=${encodeURIComponent(registered.reference.toLowerCase().replaceAll('-', ' '))}`,
      )
    ).json()) as { items: { id: string }[] };
    expect(byReference.items.map((item) => item.id)).toEqual([registered.id]);
    const byText = (await (await moderation.api('/api/moderation/suggestions?status=in-review&q=ledsagerbevis')).json()) as {
      items: { id: string }[];
    };
    expect(byText.items.map((item) => item.id)).toEqual([registered.id]);
    const unknown = (await (await moderation.api('/api/moderation/suggestions?q=F-1999-0001')).json()) as { items: unknown[] };
    expect(unknown.items).toEqual([]);
  });
});
