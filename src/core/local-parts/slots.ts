/**
 * The named slots of the national articles: every `<LocalPart name="…" />` in an article's body,
 * read with the parser the pages draw the text from (article-body.ts), with the article's title.
 * A kommune of a book may fill each slot with its own paragraphs (src/core/schemas/local-parts.ts).
 */
import { parseArticleBody, type BodyNode } from '../articles/article-body.ts';
import { readArticle } from '../articles/check-article.ts';
import { compareNb } from '../collation.ts';

export type LocalSlot = { slug: string; title: string; slot: string };

const COMPONENT = 'LocalPart';

/** The slot names of one article body (as compiled: frontmatter blanked or left off), each once, in order. */
export function slotsInBody(body: string): string[] {
  let tree: BodyNode;
  try {
    tree = parseArticleBody(body);
  } catch {
    // A body that cannot be read has no slot a kommune could fill; the content rules report it.
    return [];
  }
  const names: string[] = [];
  const visit = (node: BodyNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === COMPONENT) {
      const name = node.attributes?.find((attribute) => attribute.name === 'name')?.value;
      if (typeof name === 'string' && !names.includes(name)) names.push(name);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return names;
}

/** Every slot of the articles `sources` (slug → MDX source), ordered by the articles' titles and then as they stand in the text. */
export function localSlotsOf(sources: Readonly<Record<string, string>>): LocalSlot[] {
  const slots: LocalSlot[] = [];
  for (const [slug, source] of Object.entries(sources)) {
    const read = readArticle(source);
    if (!read.data) continue;
    for (const slot of slotsInBody(read.compiled)) slots.push({ slug, title: read.data.title, slot });
  }
  return slots.sort((a, b) => compareNb(a.title, b.title));
}
