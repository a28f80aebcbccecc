/**
 * An article body made ready for src/components/article/article-body.astro, the one renderer of
 * article text: the reader's page, the printed book, the councils' review view and the editors'
 * preview all go through it, so each shows exactly what readers will. Link references are
 * resolved, headings get their anchors (as GitHub and Astro make them) and each fact component is
 * checked against the facts of this build.
 */
import GithubSlugger from 'github-slugger';
import { bodyBlocks, plainText, type BodyNode } from '../core/articles/article-body.ts';
import type { BlockChange } from '../core/articles/review-blocks.ts';
import { municipality, nationalFigures } from './municipality.ts';

/** A top-level block of the body; `change` marks it in the councils' review view. */
export type BodyBlock = { node: BodyNode; change?: 'added' | 'removed' };

export type ArticleHeading = { depth: number; slug: string; text: string };

export type PreparedBody = { blocks: BodyBlock[]; headings: ArticleHeading[] };

/** A heading's anchor, kept on the node for the renderer. */
export const anchorOf = (node: BodyNode): string | undefined => (node as { anchor?: string }).anchor;

/** Anchors for the headings of every block readers see (a removed block in the review view gets none). */
function withAnchors(blocks: BodyBlock[]): PreparedBody {
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  const anchored = blocks.map((block) => {
    if (block.node.type !== 'heading' || block.change === 'removed') return block;
    const text = plainText(block.node);
    const slug = slugger.slug(text);
    headings.push({ depth: block.node.depth ?? 2, slug, text });
    return { ...block, node: { ...block.node, anchor: slug } };
  });
  return { blocks: anchored, headings };
}

/** A body as readers get it. */
export const articleBody = (markdown: string): PreparedBody => withAnchors(bodyBlocks(markdown).map(({ node }) => ({ node })));

/** A revision against the text readers see, block by block, the unchanged ones exactly as on the page. */
export const reviewedBody = (changes: readonly BlockChange[]): PreparedBody =>
  withAnchors(changes.map(({ change, node }) => (change === 'same' ? { node } : { node, change })));

/** Why a fact component cannot be drawn from this build's facts, or undefined when it can. */
export function unknownFact(node: BodyNode): string | undefined {
  const attribute = (name: string) => {
    const value = node.attributes?.find((candidate) => candidate.name === name)?.value;
    return typeof value === 'string' ? value : '';
  };
  if (node.name === 'Figure') return Object.hasOwn(nationalFigures().figures, attribute('id')) ? undefined : attribute('id');
  if (node.name === 'Local' || node.name === 'Price' || node.name === 'Apply')
    return Object.hasOwn(municipality().services, attribute('service')) ? undefined : attribute('service');
  return undefined;
}
