/** GET /api/moderation/feedback/page?page=/sykehjem/&limit=&cursor= — one page's answers and comments, newest first. */
import * as z from 'zod/mini';
import { PAGE_PATTERN } from '../feedback.ts';
import { PAGE_MAX } from '../../../src/core/suggestions/limits.ts';
import { pageQuerySchema } from '../../shared/page-query.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { parseWith } from '../../shared/parse.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { feedbackOf } from '../../shared/storage/parts.ts';

const querySchema = z.extend(pageQuerySchema, {
  /** Path of the page, e.g. "/sykehjem/". */
  page: z
    .string({ error: apiText('query.page') })
    .check(z.maxLength(PAGE_MAX, apiText('query.page')), z.regex(PAGE_PATTERN, apiText('query.page'))),
});

export const run = editorRoute('kommune', async (event, ctx) => {
  const query = event.queryStringParameters;
  const { page, limit, cursor } = parseWith(querySchema, {
    page: query?.page,
    limit: query?.limit || undefined,
    cursor: query?.cursor || undefined,
  });
  const feedback = await feedbackOf(ctx).listPageFeedback(page, { limit, ...(cursor ? { cursor } : {}) });
  return json(200, { page, yes: feedback.yes, no: feedback.no, items: feedback.items, nextCursor: feedback.nextCursor ?? null });
});

export const handler = createHandler(run, defaultContext);
