/**
 * What changed between the text readers see and a revision, block by block (paragraphs,
 * headings, lists, tables as the body's parser splits them), for the councils' review view:
 * unchanged blocks as they are, new ones marked «Nytt», removed ones shown struck through. Each
 * block keeps its node from the whole body's tree, so an unchanged block is drawn exactly as on
 * the reader's page.
 */
import { diffArrays } from 'diff';
import { splitFrontmatter } from '../frontmatter.ts';
import { bodyBlocks, type BodyNode } from './article-body.ts';

export type BlockChange = { change: 'same' | 'added' | 'removed'; markdown: string; node: BodyNode };

export type ArticleChanges = {
  title: { now: string; before?: string };
  summary: { now: string; before?: string };
  blocks: BlockChange[];
};

type Block = { markdown: string; node: BodyNode };
type Parts = { title: string; summary: string; blocks: Block[] };

function partsOf(source: string): Parts {
  const split = splitFrontmatter(source);
  const data = (split?.data ?? {}) as { title?: unknown; summary?: unknown };
  return {
    title: typeof data.title === 'string' ? data.title : '',
    summary: typeof data.summary === 'string' ? data.summary : '',
    blocks: bodyBlocks(split?.body ?? source),
  };
}

/** `before` is the text readers see now; undefined for an article that is new. */
export function articleChanges(before: string | undefined, now: string): ArticleChanges {
  const next = partsOf(now);
  const old: Parts = before === undefined ? { title: '', summary: '', blocks: [] } : partsOf(before);
  const changed = (a: string, b: string) => (before !== undefined && a !== b ? { before: b } : {});
  // Blocks are compared by their Markdown; each keeps the node of the tree it came from.
  const parts = diffArrays(old.blocks, next.blocks, { comparator: (a, b) => a.markdown === b.markdown });
  return {
    title: { now: next.title, ...changed(next.title, old.title) },
    summary: { now: next.summary, ...changed(next.summary, old.summary) },
    blocks: parts.flatMap((part) =>
      part.value.map(({ markdown, node }): BlockChange => ({
        change: part.added ? 'added' : part.removed ? 'removed' : 'same',
        markdown,
        node,
      })),
    ),
  };
}
