/**
 * An article body as one Markdown tree, read by one parser for everything that reads a body: the
 * safe-subset check, the review's blocks and the pages that show it (src/components/article/).
 * So what is checked, compared and shown is the same tree: Markdown with GFM tables, plus MDX
 * components and `{/* comments *\/}`.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdxjs } from 'micromark-extension-mdxjs';

/** One node of the tree, with the fields the book reads (mdast, MDX and GFM table nodes). */
export type BodyNode = {
  type: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: BodyNode[];
  value?: unknown;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  spread?: boolean | null;
  url?: string;
  identifier?: string;
  label?: string | null;
  align?: (string | null)[] | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { estree?: { body: unknown[] } };
};

/** The body's tree; throws (with `line` when the parser knows it) when it cannot be read. */
export function parseArticleBody(markdown: string): BodyNode {
  return fromMarkdown(markdown, {
    extensions: [mdxjs(), gfmTable()],
    mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()],
  }) as BodyNode;
}

/** The text a node shows, without markup (for heading anchors and labels). */
export function plainText(node: BodyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

/** Link references become links (or their text, when nothing defines them); definitions leave the tree. */
function resolveReferences(root: BodyNode): BodyNode {
  const definitions = new Map<string, string>();
  const collect = (node: BodyNode) => {
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier.toLowerCase()))
      definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(root);
  const resolve = (node: BodyNode): BodyNode[] => {
    if (node.type === 'definition') return [];
    const children = node.children?.flatMap(resolve);
    if (node.type === 'linkReference') {
      const url = definitions.get((node.identifier ?? '').toLowerCase());
      return url === undefined ? (children ?? []) : [{ type: 'link', url, children: children ?? [] }];
    }
    return [children ? { ...node, children } : node];
  };
  return resolve(root)[0]!;
}

/**
 * The top-level blocks of a body (headings, paragraphs, lists, tables, components), each with the
 * Markdown it was read from. A body the parser cannot read (the API refuses to store one) is one
 * block of type `unreadable` holding the text.
 */
export function bodyBlocks(markdown: string): { node: BodyNode; markdown: string }[] {
  let root: BodyNode;
  try {
    root = resolveReferences(parseArticleBody(markdown));
  } catch {
    return [{ node: { type: 'unreadable', value: markdown }, markdown }];
  }
  return (root.children ?? []).map((node) => ({
    node,
    markdown: markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? markdown.length).trim(),
  }));
}
