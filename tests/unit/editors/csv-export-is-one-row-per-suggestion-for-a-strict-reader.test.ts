import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionsCsv, type ExportRow } from '../../../functions/editors/export-csv.ts';

/**
 * Reads the file the way a spreadsheet does: Norwegian Excel's `;`, and a new row at every line
 * break (CRLF, LF or CR) that is not inside quotes. Every row must have every column and every
 * quote must be where RFC 4180 allows it, or the parse fails.
 */
const strictRows = (csv: string): string[][] =>
  parse(csv, { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: false, relax_column_count: false });

// What a spreadsheet runs as a formula when a cell (or, for a lenient reader, a line) starts with it.
const FORMULA_START = /^[=+\-@\t]/;
const lines = (cell: string) => cell.split(/\r\n|\r|\n/);
const unguarded = (cell: string) => cell.replace(/(?<=^|[\r\n])'(?=[=+\-@\t\r])/g, '');

const base: ExportRow = {
  id: 's1',
  kind: 'question',
  text: '',
  source: { type: 'citizen' },
  status: 'new',
  version: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  hasContact: false,
  public: false,
};

// The awkward parts of real letters: line breaks of every kind, quotes, the delimiter, formulas, emoji.
const piece = fc.constantFrom(
  'Hei',
  ' redaksjonen',
  'æøå',
  ';',
  '"',
  '""',
  '\n',
  '\r',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x")',
  '👨‍👩‍👧',
  '🇳🇴',
  ',',
  ' ',
);
const text = fc.array(piece, { minLength: 1, maxLength: 20 }).map((parts) => parts.join(''));
const exportRow = fc
  .record({ text, title: fc.option(text, { nil: undefined }), publicAnswer: fc.option(text, { nil: undefined }), name: text })
  .map(({ text: body, title, publicAnswer, name }): ExportRow => ({
    ...base,
    text: body,
    ...(title !== undefined ? { title } : {}),
    ...(publicAnswer !== undefined ? { publicAnswer } : {}),
    contact: { name },
  }));

describe('CSV export read by a strict reader', () => {
  it('keeps a letter with a line break and a formula after it in one row and one cell', () => {
    const letter = "Hei redaksjonen\n=cmd|' /C calc'!A0";
    const rows = strictRows(suggestionsCsv([{ ...base, text: letter }], false));
    expect(rows).toHaveLength(2);
    const cell = rows[1]![7]!;
    expect(lines(cell).every((line) => !FORMULA_START.test(line))).toBe(true);
    expect(unguarded(cell)).toBe(letter);
  });

  it('gives exactly one row per suggestion and no cell or line a spreadsheet evaluates, whatever people write', () => {
    fc.assert(
      fc.property(fc.array(exportRow, { maxLength: 8 }), fc.boolean(), (rows, includeContact) => {
        const parsed = strictRows(suggestionsCsv(rows, includeContact));
        expect(parsed).toHaveLength(rows.length + 1);
        for (const [index, row] of rows.entries()) {
          const cells = parsed[index + 1]!;
          for (const cell of cells) expect(lines(cell).some((line) => FORMULA_START.test(line))).toBe(false);
          expect(unguarded(cells[7]!)).toBe(row.text);
          expect(unguarded(cells[6]!)).toBe(row.title ?? '');
          expect(unguarded(cells[9]!)).toBe(row.publicAnswer ?? '');
          if (includeContact) expect(unguarded(cells[11]!)).toBe(row.contact?.name);
        }
      }),
      { numRuns: 300 },
    );
  });
});
