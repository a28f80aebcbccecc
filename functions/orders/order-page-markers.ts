/**
 * The built order form (src/pages/bestill-boka/index.astro) and the marked places POST /api/orders
 * fills in it; apart from order-page.ts so the route table (which infra reads) names the file
 * without bundling anything. The browser tests prove the built page and these agree.
 */
import type { OrderField } from '../../src/core/orders/schema.ts';

export const ORDER_PAGE = {
  file: 'bestill-boka/index.html',
  errors: 'data-order-errors',
  summary: (field: OrderField) => `data-order-summary="${field}"`,
  summaryMessage: (field: OrderField) => `data-order-summary-message="${field}"`,
  error: (field: OrderField) => `data-order-error="${field}"`,
  input: (field: Exclude<OrderField, 'edition'>) => `<input id="order-${field}"`,
  edition: (edition: string) => `name="edition" value="${edition}"`,
  problem: (problem: OrderProblem) => `data-order-problem="${problem}"`,
} as const;

export type OrderProblem = 'too-many' | 'technical';
