import type { APIRoute } from 'astro';
import { AREAS } from '../core/areas.ts';
import { getBook } from '../lib/book.ts';
import { municipality } from '../lib/municipality.ts';
import { paths } from '../core/paths.ts';

/** Public pages only: the editors' pages and search results stay out of search engines. */
export const GET: APIRoute = async () => {
  const { articles, lettersWithEntries } = await getBook();
  const pages = [
    paths.home,
    paths.areas,
    paths.about,
    paths.contact,
    paths.privacy,
    paths.accessibility,
    paths.suggest(),
    paths.publicAnswers,
    paths.order,
    paths.myPlan,
    paths.whoDoesWhat,
    ...AREAS.map((area) => paths.area(area.slug)),
    ...[...lettersWithEntries].map((letter) => paths.letter(letter)),
    ...articles.map((article) => paths.article(article.id)),
  ];
  const origin = municipality().siteUrl;
  const urls = pages.map((path) => `  <url><loc>${new URL(path, origin).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
