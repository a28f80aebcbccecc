import type { APIRoute } from 'astro';
import { getBook } from '../lib/book.ts';
import type { SearchIndexFile } from '../core/search/search-document.ts';
import { toSearchDocuments } from '../core/search/search-documents.ts';
import { planningSearchEntries } from '../core/planning/search-entries.ts';

/** The alias index, fetched by the search page only (never by article pages): the articles, then the planning tools. */
export const GET: APIRoute = async () => {
  const { articles } = await getBook();
  const file: SearchIndexFile = {
    documents: toSearchDocuments([
      ...articles.map((article) => ({ slug: article.id, ...article.data, body: article.body ?? '' })),
      ...planningSearchEntries(),
    ]),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
