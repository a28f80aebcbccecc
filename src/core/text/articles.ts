/** What the editors' article views say in the browser: the list, the form, revisions and publishing. */
import articles from './nb/articles.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export const articleText = lookup(articles);
