/** Price lines (betalingssatser) as readers see them: «230 kr per måned», «Husstandens inntekt 2–3 G». */
import type { PriceItem } from './schemas/municipality.ts';
import { t } from './text/t.ts';

const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const gFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** «1 234 kr per måned», «Gratis», «500 kr én gang». */
export function formatPrice(item: Pick<PriceItem, 'amount' | 'unit'>): string {
  if (item.amount === 0) return t('site.price.free');
  return `${t('site.price.amount', { amount: kroner.format(item.amount) })} ${t(`site.price.unit.${item.unit}`)}`;
}

/** What a line is for: its label, its income bracket, or both («Leie – Husstandens inntekt under 2 G»). */
export function describeItem(item: PriceItem): string {
  const bracket = item.incomeBracket;
  let bracketText: string | undefined;
  if (bracket) {
    const from = bracket.fromG === undefined ? undefined : gFormat.format(bracket.fromG);
    const to = bracket.toG === undefined ? undefined : gFormat.format(bracket.toG);
    if (from === undefined || from === '0') bracketText = t('site.price.bracket.under', { to: to ?? '' });
    else if (to === undefined) bracketText = t('site.price.bracket.over', { from });
    else bracketText = t('site.price.bracket.between', { from, to });
  }
  return [item.label, bracketText].filter((part) => part !== undefined).join(' – ');
}
