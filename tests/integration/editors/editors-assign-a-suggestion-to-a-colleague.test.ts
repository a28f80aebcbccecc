import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyText } from '../../../src/core/suggestions/history-text.ts';
import type { HistoryEntry, Suggestion, SuggestionDetail } from '../../../src/core/suggestions/types.ts';
import { moderationText } from '../../../src/core/text/moderation.ts';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer();
});

afterAll(() => moderation?.close());

const { describeChange } = historyText(moderationText);
const decide = (id: string, body: Record<string, unknown>) =>
  moderation.api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: body });

describe('assigning a suggestion to a colleague', () => {
  it('shows the colleague in the queue and detail, and the history says who gave it to whom', async () => {
    const id = await submit(moderation, { kind: 'question', text: 'Hvem hjelper meg med å søke om omsorgslønn?' });
    const assigned = await decide(id, { version: 1, assignee: '  Ola Kollega ' });
    expect(assigned.status).toBe(200);
    const detail = (await assigned.json()) as SuggestionDetail;
    expect(detail.assignee).toBe('Ola Kollega');
    const entry = detail.history.at(-1) as HistoryEntry;
    expect(entry).toMatchObject({ actor: 'Kari Redaktør', changed: ['assignee'], assignee: 'Ola Kollega' });
    expect(describeChange(entry)).toBe('Ga forslaget til Ola Kollega');

    const queue = (await (await moderation.api('/api/moderation/suggestions?status=new&limit=100')).json()) as { items: Suggestion[] };
    expect(queue.items.find((item) => item.id === id)?.assignee).toBe('Ola Kollega');

    const taken = (await (await decide(id, { version: 2, assignee: '' })).json()) as SuggestionDetail;
    expect(taken).not.toHaveProperty('assignee');
    expect(describeChange(taken.history.at(-1)!)).toBe('Tok forslaget tilbake fra den det var gitt til');
  });

  it('changes nothing when the same colleague is named again', async () => {
    const id = await submit(moderation, { kind: 'question', text: 'Kan jeg få støtte til trygghetsalarm?' });
    await decide(id, { version: 1, assignee: 'Ola Kollega' });
    const again = await decide(id, { version: 2, assignee: 'Ola Kollega' });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('no-changes');
  });
});
