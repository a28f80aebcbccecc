import { hoursRows } from '../opening-hours-table.ts';
import type { OpeningHours } from '../schemas/municipality.ts';

/** Opening hours on one line for print, e.g. "mandag–fredag 10–14": paper has no room for a table per contact. */
export function hoursInWords(hours: OpeningHours): string {
  return hoursRows(hours)
    .map((row) => `${row.when} ${row.time}`)
    .join(', ');
}
