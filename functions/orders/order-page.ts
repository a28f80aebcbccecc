/**
 * The order form as built (src/pages/bestill-boka/index.astro), given back when a plain form post
 * cannot be taken in: everything typed kept in its field, each problem beside its field and in the
 * summary at the top (which gets the focus), or one general problem (too many, technical).
 */
import { escapeHtml } from '../../src/core/escape-html.ts';
import { ORDER_FIELDS, type OrderField } from '../../src/core/orders/schema.ts';
import { ordersText } from '../../src/core/text/orders.ts';
import { addAttributes, fillElement, reveal } from '../shared/built-page.ts';
import { ORDER_PAGE, type OrderProblem } from './order-page-markers.ts';

export type OrderPageState = {
  /** What was sent, field by field, put back as typed. */
  typed: Record<string, string>;
  /** A message per field that has a problem. */
  errors?: Partial<Record<OrderField, string>>;
  problem?: OrderProblem;
};

export function orderPage(template: string, state: OrderPageState): string {
  let page = addAttributes(reveal(template, ORDER_PAGE.errors), ORDER_PAGE.errors, { autofocus: '' });
  for (const field of ORDER_FIELDS) {
    const typed = state.typed[field] ?? '';
    const message = state.errors?.[field];
    if (field === 'edition') {
      if (typed !== '' && page.includes(ORDER_PAGE.edition(typed))) page = addAttributes(page, ORDER_PAGE.edition(typed), { checked: '' });
    } else {
      page = addAttributes(page, ORDER_PAGE.input(field), { value: typed, ...(message ? { 'aria-invalid': 'true' } : {}) });
    }
    if (message === undefined) continue;
    const prefixed = `<span class="visually-hidden">${escapeHtml(ordersText('form.errorPrefix'))}</span>${escapeHtml(message)}`;
    page = fillElement(reveal(page, ORDER_PAGE.error(field)), ORDER_PAGE.error(field), prefixed);
    page = fillElement(reveal(page, ORDER_PAGE.summary(field)), ORDER_PAGE.summaryMessage(field), escapeHtml(message));
  }
  return state.problem ? reveal(page, ORDER_PAGE.problem(state.problem)) : page;
}
