/**
 * The queue as a CSV file for council meetings. Contact data is only included when the editor
 * ticks "ta med kontaktopplysninger", so a printout for a meeting carries no personal data.
 */
import { stringify } from 'csv-stringify/sync';
import type { Contact, Suggestion } from '../../src/core/suggestions/types.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

export type ExportRow = Suggestion & { contact?: Contact | null };

// The reference first: it is what people say on the phone and at the council's meeting.
const COLUMNS = (['reference', 'received', 'status', 'kind', 'source', 'topic', 'title', 'text', 'public', 'answer', 'id'] as const).map(
  (column) => moderationText(`csv.${column}`),
);
const CONTACT_COLUMNS = (['name', 'email', 'phone'] as const).map((column) => moderationText(`csv.${column}`));

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
// Checked at every line start, not only the cell's: a reader that splits rows at a bare line
// break (or a person pasting one line) would otherwise get a formula from the second line.
const FORMULA_AT_LINE_START = /^(?=[=+\-@\t\r])|(?<=[\r\n])(?=[=+\-@\t])/g;

/** Keeps the text as sent but makes a spreadsheet show every line as text, never run it. */
export function spreadsheetSafe(value: string): string {
  return value.replace(FORMULA_AT_LINE_START, "'");
}

const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** «01.11.2026, 11:00» becomes «01.11.2026 11:00»: the local time in Norway, as a spreadsheet reads it. */
export const localTime = (at: string): string => osloTime.format(new Date(at)).replace(', ', ' ');

/**
 * Semicolons and a byte order mark, because Excel with Norwegian settings opens exactly that
 * with æøå intact; `includeContact` adds the name, e-mail and phone columns. Pages are named by
 * their title (`pageTitles`, slug → title), falling back to the slug for a page that is gone.
 * Every cell holding a CR or LF is quoted: csv-stringify quotes only for the CRLF it writes
 * itself, and a bare line break in an unquoted cell starts a new row in Excel.
 */
export function suggestionsCsv(
  rows: readonly ExportRow[],
  includeContact: boolean,
  pageTitles: Readonly<Record<string, string>> = {},
): string {
  const header = includeContact ? [...COLUMNS, ...CONTACT_COLUMNS] : [...COLUMNS];
  const records = rows.map((row) => {
    const cells = [
      row.reference ?? '',
      localTime(row.createdAt),
      moderationText(`status.${row.status}`),
      moderationText(`kind.${row.kind}`),
      row.source.type === 'council' ? row.source.councilName : moderationText('csv.citizen'),
      row.topic ? (pageTitles[row.topic] ?? row.topic) : '',
      row.title ?? '',
      row.text,
      moderationText(row.public ? 'csv.yes' : 'csv.no'),
      row.publicAnswer ?? '',
      row.id,
    ];
    if (includeContact) cells.push(row.contact?.name ?? '', row.contact?.email ?? '', row.contact?.phone ?? '');
    return cells.map(spreadsheetSafe);
  });
  return stringify([header, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** "forslag-2026-11-28.csv" */
export function exportFileName(now: Date): string {
  return moderationText('csv.fileName', { date: now.toISOString().slice(0, 10) });
}
