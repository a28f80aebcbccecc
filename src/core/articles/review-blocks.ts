/**
 * What changed between the text readers see and a revision, block by block (paragraphs,
 * headings, lists as the Markdown parser splits them), for the councils' review view: unchanged
 * blocks as they are, new ones marked «Nytt», removed ones shown struck through.
 */
import { diffArrays } from 'diff';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { splitFrontmatter } from '../frontmatter.ts';

export type BlockChange = { change: 'same' | 'added' | 'removed'; markdown: string };

export type ArticleChanges = {
  title: { now: string; before?: string };
  summary: { now: string; before?: string };
  blocks: BlockChange[];
};

type Parts = { title: string; summary: string; blocks: string[] };

function blocksOf(body: string): string[] {
  try {
    const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    return tree.children
      .map((node) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? body.length).trim())
      .filter(Boolean);
  } catch {
    // A body the parser can't read is compared by paragraph.
    return body
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .filter(Boolean);
  }
}

function partsOf(source: string): Parts {
  const split = splitFrontmatter(source);
  const data = (split?.data ?? {}) as { title?: unknown; summary?: unknown };
  return {
    title: typeof data.title === 'string' ? data.title : '',
    summary: typeof data.summary === 'string' ? data.summary : '',
    blocks: blocksOf(split?.body ?? source),
  };
}

/** `before` is the text readers see now; undefined for an article that is new. */
export function articleChanges(before: string | undefined, now: string): ArticleChanges {
  const next = partsOf(now);
  const old = before === undefined ? { title: '', summary: '', blocks: [] } : partsOf(before);
  const changed = (a: string, b: string) => (before !== undefined && a !== b ? { before: b } : {});
  return {
    title: { now: next.title, ...changed(next.title, old.title) },
    summary: { now: next.summary, ...changed(next.summary, old.summary) },
    blocks: diffArrays(old.blocks, next.blocks).flatMap((part) =>
      part.value.map((markdown): BlockChange => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', markdown })),
    ),
  };
}
