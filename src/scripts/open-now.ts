/** Fills each «Åpent nå» line (src/components/open-now.astro) for the reader's own clock, in Norwegian time. */
import { fill } from '../core/text/fill.ts';
import { openingStatus } from '../core/opening-hours.ts';
import type { OpeningHours } from '../core/schemas/municipality.ts';
import type { Weekday } from '../core/weekdays.ts';

interface Texts {
  open: string;
  openUntil: string;
  closed: string;
  closedCall?: string;
  closedOpens: string;
  days: Record<Weekday, string>;
}

function statusText(hours: OpeningHours, texts: Texts, now: Date): string {
  const status = openingStatus(hours, now);
  if (status.open) return status.closesAt ? fill(texts.openUntil, { time: status.closesAt }) : texts.open;
  if (texts.closedCall) return texts.closedCall;
  return status.opensAt ? fill(texts.closedOpens, { day: texts.days[status.opensAt.weekday], time: status.opensAt.time }) : texts.closed;
}

for (const line of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
  try {
    const hours = JSON.parse(line.dataset.hours ?? '') as OpeningHours;
    const texts = JSON.parse(line.dataset.texts ?? '') as Texts;
    line.textContent = statusText(hours, texts, new Date());
    line.classList.toggle('local-card__status--open', openingStatus(hours, new Date()).open);
    line.hidden = false;
  } catch {
    // The table beside the line already shows the hours; a broken line stays hidden rather than wrong.
  }
}
