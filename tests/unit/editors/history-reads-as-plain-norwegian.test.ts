import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../src/core/suggestions/types.ts';
import { actorName, describeChange } from '../../../src/scripts/editors/history.ts';

// The page hands the scripts their texts as data; here they come straight from the catalogue.
vi.mock('../../../src/scripts/editors/texts.ts', async () => ({
  say: (await import('../../../src/core/text/moderation.ts')).moderationText,
}));

const at = '2026-11-28T10:00:00.000Z';

describe('history lines', () => {
  it.each<[HistoryEntry, string]>([
    [{ version: 1, at, actor: 'submitter', action: 'created', toStatus: 'new' }, 'Sendt inn'],
    [
      {
        version: 2,
        at,
        actor: 'Kari',
        action: 'updated',
        fromStatus: 'new',
        toStatus: 'in-review',
        changed: ['status'],
        note: 'Ser på det',
      },
      'Ny → Under behandling',
    ],
    [
      { version: 3, at, actor: 'Kari', action: 'updated', changed: ['public', 'publicAnswer'] },
      'Endret om forslaget vises offentlig, endret det offentlige svaret',
    ],
    [{ version: 4, at, actor: 'Kari', action: 'updated', note: 'Ringte innsenderen' }, 'Skrev et notat'],
    [{ version: 5, at, actor: 'Kari', action: 'contact-erased' }, 'Slettet kontaktopplysningene'],
  ])('describes %j', (entry, line) => {
    expect(describeChange(entry)).toBe(line);
  });

  it('names the submitter without naming the person', () => {
    expect(actorName({ version: 1, at, actor: 'submitter', action: 'created' })).toBe('Innsenderen');
    expect(actorName({ version: 2, at, actor: 'Kari Redaktør', action: 'updated' })).toBe('Kari Redaktør');
  });
});
