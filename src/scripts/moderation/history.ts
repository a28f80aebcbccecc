/** One line per history entry, in the words editors use. Pure, so it is unit tested. */
import type { HistoryEntry } from '../../core/suggestions/types.ts';
import { STATUS_LABELS } from '../../core/suggestions/labels.ts';

const CHANGES: Record<string, string> = {
  public: 'endret om forslaget vises offentlig',
  publicAnswer: 'endret det offentlige svaret',
};

/** What happened, without who and when: "Ny → Under behandling, endret det offentlige svaret". */
export function describeChange(entry: HistoryEntry): string {
  if (entry.action === 'created') return entry.actor === 'submitter' ? 'Sendt inn' : 'Opprettet';
  if (entry.action === 'contact-erased') return 'Slettet kontaktopplysningene';
  const parts: string[] = [];
  if (entry.fromStatus && entry.toStatus) parts.push(`${STATUS_LABELS[entry.fromStatus]} → ${STATUS_LABELS[entry.toStatus]}`);
  for (const field of entry.changed ?? []) if (field !== 'status' && CHANGES[field]) parts.push(CHANGES[field]);
  if (parts.length === 0) return 'Skrev et notat';
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/** Who did it: the editor's name, or "innsenderen" for the submission itself. */
export function actorName(entry: HistoryEntry): string {
  return entry.actor === 'submitter' ? 'Innsenderen' : entry.actor;
}
