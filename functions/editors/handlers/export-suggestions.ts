/**
 * GET /api/moderation/export?status=&kind=&council=&topic=&contact=true — the queue as CSV.
 * The only non-JSON success response of the API; errors are JSON like everywhere else.
 */
import articles from '../../generated/articles.json' with { type: 'json' };
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import type { Page, Suggestion } from '../../../src/core/suggestions/types.ts';
import { exportFileName, suggestionsCsv, type ExportRow } from '../export-csv.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parseExportQuery, storageFilters } from '../queue-query.ts';
import { suggestionListsOf } from '../../shared/storage/parts.ts';

const PAGE_SIZE = 100;
const PAGE_TITLES: Record<string, string> = Object.fromEntries(Object.entries(articles).map(([slug, article]) => [slug, article.title]));

export const run = editorRoute('kommune', async (event, ctx) => {
  const query = parseExportQuery(event.queryStringParameters);
  const { status, contact } = query;
  const filters = { ...storageFilters(query), limit: PAGE_SIZE };
  const suggestions: Suggestion[] = [];
  let cursor: string | undefined;
  do {
    const input = { ...filters, ...(cursor ? { cursor } : {}) };
    const page: Page<Suggestion> = status
      ? await suggestionListsOf(ctx).listSuggestions({ ...input, status })
      : await suggestionListsOf(ctx).listAllSuggestions(input);
    suggestions.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);

  const rows: ExportRow[] = contact
    ? await Promise.all(
        suggestions.map(async (suggestion) => ({
          ...suggestion,
          contact: suggestion.hasContact ? ((await ctx.storage.getSuggestionDetail(suggestion.id))?.contact ?? null) : null,
        })),
      )
    : suggestions;
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(ctx.now())}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    body: suggestionsCsv(rows, contact, PAGE_TITLES),
  };
});

export const handler = createHandler(run, defaultContext);
