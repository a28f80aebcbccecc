import type { APIRoute } from 'astro';
import { articleBody } from '../lib/article-body.ts';
import { getBook } from '../lib/book.ts';
import { municipality } from '../lib/municipality.ts';
import type { SearchIndexFile } from '../core/search/search-document.ts';
import { toSearchDocuments } from '../core/search/search-documents.ts';
import { planningSearchEntries } from '../core/planning/search-entries.ts';
import { siteSearchEntries } from '../core/search/site-entries.ts';

/**
 * The alias index, fetched by the search page only (never by article pages): the articles, then
 * the planning tools and the contact page; with the municipality's services, for when each article's service answers.
 */
export const GET: APIRoute = async () => {
  const { articles } = await getBook();
  const file: SearchIndexFile = {
    documents: toSearchDocuments(
      [
        ...articles.map((article) => ({
          slug: article.id,
          ...article.data,
          body: article.body ?? '',
          headings: articleBody(article.body ?? '')
            .headings.filter((heading) => heading.depth === 2)
            .map((heading) => ({ heading: heading.text, anchor: heading.slug })),
        })),
        ...planningSearchEntries(),
        ...siteSearchEntries(),
      ],
      municipality().services,
    ),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
