import type { APIRoute } from 'astro';
import { getBook } from '../../lib/book.ts';
import { letterSections } from '../../core/booklet/sections.ts';
import { tabStyles } from '../../core/booklet/tabs.ts';
import { t } from '../../core/text/t.ts';

/** The printed book's named pages: running head and thumb tab per letter, from the letters the book has. */
export const GET: APIRoute = async () => {
  const { index } = await getBook();
  const letters = letterSections(index).map((section) => section.letter);
  return new Response(tabStyles(letters, t('site.name')), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
