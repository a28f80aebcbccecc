import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportFileName, spreadsheetSafe, suggestionsCsv, type ExportRow } from '../../../functions/editors/export-csv.ts';

const row: ExportRow = {
  id: 's1',
  kind: 'correction',
  text: 'Telefonnummeret er feil; det står "22 00".\nRiktig: 69 00 00 00',
  topic: 'trygghetsalarm',
  source: { type: 'council', councilId: 'c1', councilName: 'Eldrerådet' },
  status: 'in-review',
  version: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  hasContact: true,
  public: false,
  contact: { name: 'Ola Nordmann', email: 'ola@example.no' },
};

const cells = (csv: string): string[][] => parse(csv, { bom: true, delimiter: ';', relax_column_count: true });

describe('CSV export', () => {
  it('leaves contact data out unless asked for', () => {
    const csv = suggestionsCsv([row], false);
    expect(csv).not.toContain('Ola');
    expect(csv).not.toContain('ola@example.no');
    expect(cells(csv)[0]).not.toContain('E-post');
  });

  it('adds name, e-mail and phone columns when asked for', () => {
    const [header, record] = cells(suggestionsCsv([row], true));
    expect(header!.slice(-3)).toEqual(['Navn', 'E-post', 'Telefon']);
    expect(record!.slice(-3)).toEqual(['Ola Nordmann', 'ola@example.no', '']);
  });

  it('writes Norwegian labels and keeps the text exactly, quotes and line breaks included', () => {
    const csv = suggestionsCsv([row], false);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [, record] = cells(csv);
    expect(record).toEqual([
      '',
      '01.11.2026 11:00',
      'Under behandling',
      'Feil eller mangler',
      'Eldrerådet',
      'trygghetsalarm',
      '',
      row.text,
      'nei',
      '',
      's1',
    ]);
  });

  it('stops spreadsheet formulas in citizen text', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(spreadsheetSafe('+47 69 00 00 00')).toBe("'+47 69 00 00 00");
    expect(spreadsheetSafe('Vanlig tekst')).toBe('Vanlig tekst');
    const [, record] = cells(suggestionsCsv([{ ...row, text: '@SUM(A1)', source: { type: 'citizen' } }], false));
    expect(record![7]).toBe("'@SUM(A1)");
    expect(record![4]).toBe('Innbygger');
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2026-11-28T12:00:00Z'))).toBe('forslag-2026-11-28.csv');
  });
});

describe('CSV export for a council meeting', () => {
  it('starts with the reference and names the page by its title, in local time in Norway', () => {
    const [header, record] = cells(
      suggestionsCsv([{ ...row, reference: 'F-2026-0042', createdAt: '2026-07-01T22:30:00.000Z' }], false, {
        trygghetsalarm: 'Trygghetsalarm',
      }),
    );
    expect(header![0]).toBe('Referanse');
    expect(record![0]).toBe('F-2026-0042');
    // 22:30 UTC is 00:30 the next day in Norwegian summer time.
    expect(record![header!.indexOf('Mottatt')]).toBe('02.07.2026 00:30');
    expect(record![header!.indexOf('Side')]).toBe('Trygghetsalarm');
  });
});
