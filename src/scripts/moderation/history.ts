/** One line per history entry, in the words editors use. Pure, so it is unit tested. */
import type { HistoryEntry } from '../../core/suggestions/types.ts';
import { say } from './texts.ts';

const CHANGES = ['public', 'publicAnswer'] as const;
const isDescribed = (field: string): field is (typeof CHANGES)[number] => (CHANGES as readonly string[]).includes(field);

/** What happened, without who and when: "Ny → Under behandling, endret det offentlige svaret". */
export function describeChange(entry: HistoryEntry): string {
  if (entry.action === 'created') return say(entry.actor === 'submitter' ? 'history.submitted' : 'history.created');
  if (entry.action === 'contact-erased') return say('history.contactErased');
  const parts: string[] = [];
  if (entry.fromStatus && entry.toStatus) parts.push(say('history.statusChange', { from: say(`status.${entry.fromStatus}`), to: say(`status.${entry.toStatus}`) }));
  for (const field of entry.changed ?? []) if (isDescribed(field)) parts.push(say(`history.changed.${field}`));
  if (parts.length === 0) return say('history.noteOnly');
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/** Who did it: the editor's name, or "innsenderen" for the submission itself. */
export function actorName(entry: HistoryEntry): string {
  return entry.actor === 'submitter' ? say('history.submitter') : entry.actor;
}
