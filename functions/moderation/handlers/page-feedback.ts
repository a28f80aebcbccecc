/** GET /api/moderation/feedback/page?page=/sykehjem/&limit=&cursor= — one page's answers and comments, newest first. */
import * as z from 'zod/mini';
import '../../shared/zod-norwegian-fallback.ts';
import { PAGE_PATTERN } from '../../feedback/feedback.ts';
import { PAGE_MAX } from '../../../src/core/suggestions/limits.ts';
import { pageQuerySchema } from '../../public-answers/public-answer.ts';
import { defaultContext } from '../../shared/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { fieldErrors } from '../../suggestions/suggestion.ts';
import { editorRoute } from '../editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';

const querySchema = z.extend(pageQuerySchema, {
  /** Path of the page, e.g. "/sykehjem/". */
  page: z.string({ error: apiText('query.page') }).check(z.maxLength(PAGE_MAX, apiText('query.page')), z.regex(PAGE_PATTERN, apiText('query.page'))),
});

export const run = editorRoute(async (event, ctx) => {
  const query = event.queryStringParameters;
  const result = querySchema.safeParse({ page: query?.page, limit: query?.limit || undefined, cursor: query?.cursor || undefined });
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  const { page, limit, cursor } = result.data;
  const feedback = await ctx.storage.listPageFeedback(page, { limit, ...(cursor ? { cursor } : {}) });
  return json(200, { page, yes: feedback.yes, no: feedback.no, items: feedback.items, nextCursor: feedback.nextCursor ?? null });
});

export const handler = createHandler(run, defaultContext);
