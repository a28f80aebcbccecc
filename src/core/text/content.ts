/**
 * What the article model, its checker and the content rules say: the fields' labels and help,
 * the frontmatter and safe-MDX refusals, and the rules of `npm run lint:content`. Read by the
 * build, the editors' functions and the editor form in the browser alike.
 */
import content from './nb/content.json' with { type: 'json' };
import contentNn from './nn/content.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type ContentTextKey = keyof typeof content;

export const contentText = lookupIn({ nb: content, nn: contentNn });
