/** What the editors' article views say in the browser: the list, the form, revisions and publishing. */
import articles from './nb/articles.json' with { type: 'json' };
import articlesNn from './nn/articles.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const articleText = lookupIn({ nb: articles, nn: articlesNn });
