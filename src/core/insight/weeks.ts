/** Searches per week (Monday to Sunday) over a period, every week in it shown, also one without searches. */
import { addDays, weekNumber, weekStart } from './days.ts';
import type { DayTotal, InsightWeeks } from './model.ts';
import { missedOf } from './searches.ts';

export function searchesPerWeek(totals: readonly DayTotal[], from: string, to: string): InsightWeeks['weeks'] {
  const weeks: InsightWeeks['weeks'] = [];
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const start = monday < from ? from : monday;
    const end = sunday > to ? to : sunday;
    const days = totals.filter((total) => total.day >= start && total.day <= end);
    weeks.push({
      week: weekNumber(monday),
      from: start,
      to: end,
      searches: days.reduce((sum, day) => sum + day.searches, 0),
      missed: days.reduce((sum, day) => sum + missedOf(day), 0),
    });
  }
  return weeks;
}
