/** What `<Figure id="…" />` shows of a national figure on a given day: the amount in force, the next known one, or the last one that ended. */
import type { Figure, FigureUnit, FigureValue } from '../schemas/national.ts';
import { t } from '../text/t.ts';
import { activeLanguage } from '../text/language.ts';
import { inForce, lastEnded, nextKnown } from './dated.ts';

export type FigureView = {
  current: FigureValue | undefined;
  next: FigureValue | undefined;
  /** When nothing is in force: the newest value that has ended. */
  ended: FigureValue | undefined;
};

export function figureView(figure: Figure, day: string): FigureView {
  return { current: inForce(figure.values, day), next: nextKnown(figure.values, day), ended: lastEnded(figure.values, day) };
}

const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

const UNIT_TEXT: Record<FigureUnit, () => string> = {
  year: () => t('site.price.unit.year'),
  month: () => t('site.price.unit.month'),
  day: () => t('site.price.unit.day'),
  dayOrNight: () => t('site.figure.unit.dayOrNight'),
  once: () => '',
};

/** «130 160 kroner per år», «3 040 kroner». */
export function formatFigure(amount: number, unit: FigureUnit): string {
  return [t('site.figure.amount', { amount: kroner.format(amount) }), UNIT_TEXT[unit]()].filter(Boolean).join(' ');
}

/** The figure's title in the book's language: `titleNn` in a nynorsk book when it has one. */
export const figureTitle = (figure: Pick<Figure, 'title' | 'titleNn'>): string =>
  activeLanguage() === 'nn' && figure.titleNn ? figure.titleNn : figure.title;
