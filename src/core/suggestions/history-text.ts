/**
 * One line per history entry, in the words editors use: for the editors' page (texts handed to
 * the script as data) and the archive copy (texts from the catalogue in the Lambda).
 */
import type { Lookup } from '../text/lookup.ts';
import type { ModerationTexts } from '../text/moderation.ts';
import type { HistoryEntry } from './types.ts';

const CHANGES = ['public', 'publicAnswer', 'publicText'] as const;
const isDescribed = (field: string): field is (typeof CHANGES)[number] => (CHANGES as readonly string[]).includes(field);

export function historyText(say: Lookup<ModerationTexts>) {
  /** What happened, without who and when: "Ny → Under behandling, endret det offentlige svaret". */
  function describeChange(entry: HistoryEntry): string {
    if (entry.action === 'created') {
      if (entry.via) return say('history.createdVia', { via: say(`channel.${entry.via}`) });
      return say(entry.actor === 'submitter' ? 'history.submitted' : 'history.created');
    }
    if (entry.action === 'contact-erased') return say('history.contactErased');
    const parts: string[] = [];
    if (entry.fromStatus && entry.toStatus)
      parts.push(say('history.statusChange', { from: say(`status.${entry.fromStatus}`), to: say(`status.${entry.toStatus}`) }));
    for (const field of entry.changed ?? []) if (isDescribed(field)) parts.push(say(`history.changed.${field}`));
    if (entry.changed?.includes('assignee'))
      parts.push(entry.assignee ? say('history.assigned', { name: entry.assignee }) : say('history.unassigned'));
    if (parts.length === 0) return say('history.noteOnly');
    const text = parts.join(', ');
    return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
  }

  /** Who did it: the editor's name, or "innsenderen" for the submission itself. */
  function actorName(entry: HistoryEntry): string {
    return entry.actor === 'submitter' ? say('history.submitter') : entry.actor;
  }

  return { describeChange, actorName };
}
