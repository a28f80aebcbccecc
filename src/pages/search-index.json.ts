import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getBook } from '../lib/book.ts';
import type { SearchIndexFile } from '../core/search/search-document.ts';
import { toSearchDocuments } from '../core/search/search-documents.ts';
import { planningSearchEntries } from '../core/planning/search-entries.ts';

/** The alias index, fetched by the search page only (never by article pages): the articles, then the planning tools. */
export const GET: APIRoute = async () => {
  const { articles } = await getBook();
  const file: SearchIndexFile = {
    documents: toSearchDocuments([
      ...(await Promise.all(
        articles.map(async (article) => ({
          slug: article.id,
          ...article.data,
          body: article.body ?? '',
          headings: (await render(article)).headings
            .filter((heading) => heading.depth === 2)
            .map((heading) => ({ heading: heading.text, anchor: heading.slug })),
        })),
      )),
      ...planningSearchEntries(),
    ]),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
