/**
 * «Hva leserne ikke fant» on /rad/ (src/components/council-insight.astro): the last month's missed
 * searches and the pages most often answered «nei», from GET /api/council/insight with the council's code.
 */
import type { CouncilInsight } from '../core/insight/model.ts';
import { norwegianDate } from '../core/norwegian-date.ts';
import { fill } from '../core/text/fill.ts';

const dateOf = (day: string) => norwegianDate(`${day}T12:00:00Z`);

function row(...cells: (string | Node)[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  cells.forEach((cell, index) => {
    const td = document.createElement(index === 0 ? 'th' : 'td');
    if (index === 0) td.setAttribute('scope', 'row');
    td.append(cell);
    tr.append(td);
  });
  return tr;
}

function pageLink(page: CouncilInsight['pages'][number]): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `/${page.slug}/`;
  link.textContent = page.title;
  return link;
}

/** Shows the month for the council whose code `authorization` carries; says so quietly when the numbers cannot be had. */
export async function showCouncilInsight(section: HTMLElement, authorization: string): Promise<void> {
  const find = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
  section.hidden = false;
  try {
    const response = await fetch('/api/council/insight', { headers: { authorization, accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const insight = (await response.json()) as CouncilInsight;
    find('[data-insight-status]').textContent = '';
    find('[data-insight-period]').textContent = fill(section.dataset.period ?? '', { from: dateOf(insight.from), to: dateOf(insight.to) });
    find('[data-insight-missed-none]').hidden = insight.missed.length > 0;
    find('[data-insight-missed-table]').hidden = insight.missed.length === 0;
    find('[data-insight-missed]').replaceChildren(
      ...insight.missed.map((search) => row(search.q, String(search.count), String(search.days))),
    );
    find('[data-insight-pages-none]').hidden = insight.pages.length > 0;
    find('[data-insight-pages-table]').hidden = insight.pages.length === 0;
    find('[data-insight-pages]').replaceChildren(...insight.pages.map((page) => row(pageLink(page), String(page.no), String(page.days))));
  } catch {
    find('[data-insight-status]').textContent = section.dataset.failed ?? '';
  }
}

/** Empties the section again when the council forgets its code. */
export function hideCouncilInsight(section: HTMLElement): void {
  section.hidden = true;
  for (const body of section.querySelectorAll('tbody')) body.replaceChildren();
}
