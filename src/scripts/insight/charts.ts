/**
 * The insight's two small charts as inline SVG (drawn with attributes, which the Content-Security-Policy
 * allows, never inline styles). They are hidden from screen readers: the same numbers are in the
 * table beside each, which is what a screen reader reads.
 */
import { answerBar, CHART, columns } from '../../core/insight/charts.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Room under the columns for the week numbers. */
const LABEL_HEIGHT = 28;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Searches per week: one column per week, its number under it. */
export function weekChart(weeks: readonly { week: number; searches: number }[]): SVGSVGElement {
  const chart = svg('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.height + LABEL_HEIGHT}`,
    class: 'insight-columns',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  chart.append(svg('line', { x1: 0, x2: CHART.width, y1: CHART.height, y2: CHART.height, class: 'insight-axis' }));
  columns(weeks.map((week) => week.searches)).forEach((column, index) => {
    chart.append(svg('rect', { ...column, class: 'insight-column' }));
    if (weeks.length <= 26 || index % 2 === 0) {
      chart.append(
        svg(
          'text',
          { x: column.x + column.width / 2, y: CHART.height + 20, 'text-anchor': 'middle', class: 'insight-label' },
          String(weeks[index]!.week),
        ),
      );
    }
  });
  return chart;
}

/** One page's Ja and Nei as one bar, Ja first, scaled to the page answered most. */
export function answerChart(answers: { yes: number; no: number }, most: number): SVGSVGElement {
  const bar = answerBar(answers, most);
  const chart = svg('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.barHeight}`,
    class: 'insight-bar',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  chart.append(svg('rect', { x: 0, y: 0, width: bar.yes, height: CHART.barHeight, class: 'insight-bar__yes' }));
  chart.append(svg('rect', { x: bar.yes, y: 0, width: bar.no, height: CHART.barHeight, class: 'insight-bar__no' }));
  return chart;
}
