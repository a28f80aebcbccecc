/**
 * The queue as a CSV file for council meetings. Contact data is only included when the editor
 * ticks "ta med kontaktopplysninger", so a printout for a meeting carries no personal data.
 */
import { stringify } from 'csv-stringify/sync';
import type { Contact, Suggestion } from '../../src/core/suggestions/types.ts';
import { KIND_LABELS, STATUS_LABELS } from '../../src/core/suggestions/labels.ts';

export type ExportRow = Suggestion & { contact?: Contact | null };

const COLUMNS = ['id', 'Mottatt', 'Status', 'Type', 'Fra', 'Side', 'Overskrift', 'Tekst', 'Offentlig', 'Svar'] as const;
const CONTACT_COLUMNS = ['Navn', 'E-post', 'Telefon'] as const;

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Keeps the text as sent but makes a spreadsheet show it as text, never run it. */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Semicolons and a byte order mark, because Excel with Norwegian settings opens exactly that
 * with æøå intact; `includeContact` adds the name, e-mail and phone columns.
 */
export function suggestionsCsv(rows: readonly ExportRow[], includeContact: boolean): string {
  const header = includeContact ? [...COLUMNS, ...CONTACT_COLUMNS] : [...COLUMNS];
  const records = rows.map((row) => {
    const cells = [
      row.id,
      row.createdAt,
      STATUS_LABELS[row.status],
      KIND_LABELS[row.kind],
      row.source.type === 'council' ? row.source.councilName : 'Innbygger',
      row.topic ?? '',
      row.title ?? '',
      row.text,
      row.public ? 'ja' : 'nei',
      row.publicAnswer ?? '',
    ];
    if (includeContact) cells.push(row.contact?.name ?? '', row.contact?.email ?? '', row.contact?.phone ?? '');
    return cells.map(spreadsheetSafe);
  });
  return stringify([header, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}

/** "forslag-2026-11-28.csv" */
export function exportFileName(now: Date): string {
  return `forslag-${now.toISOString().slice(0, 10)}.csv`;
}
