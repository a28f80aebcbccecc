/**
 * The geometry of the insight's two small charts, in SVG user units: searches per week as columns,
 * and each page's Ja and Nei as one bar split in two. The charts only show the shape; their numbers
 * are in the table beside each (the editors' page draws both).
 */

/** The drawing area of a chart; the SVG scales it to the page's width. */
export const CHART = { width: 600, height: 160, gap: 4, barHeight: 24 } as const;

export type Column = { x: number; y: number; width: number; height: number };

/** One column per value, as tall as its share of the largest (none for 0), standing on the bottom edge. */
export function columns(values: readonly number[], box: { width: number; height: number; gap: number } = CHART): Column[] {
  const largest = Math.max(0, ...values);
  const slot = values.length > 0 ? box.width / values.length : 0;
  return values.map((value, index) => {
    const height = largest > 0 ? (value / largest) * box.height : 0;
    return { x: index * slot + box.gap / 2, y: box.height - height, width: Math.max(0, slot - box.gap), height };
  });
}

/** A page's bar: Ja from the left, Nei after it, as long as their share of the most answered page. */
export function answerBar(answers: { yes: number; no: number }, most: number, width: number = CHART.width): { yes: number; no: number } {
  if (most <= 0) return { yes: 0, no: 0 };
  return { yes: (answers.yes / most) * width, no: (answers.no / most) * width };
}
