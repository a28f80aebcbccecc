/**
 * What changed between the text readers see and a revision, for the councils' review view: each
 * field the article model shows in 'review' (title and «Kort fortalt») now and before, and the
 * body block by block (paragraphs, headings, lists as the Markdown parser splits them): unchanged
 * blocks as they are, new ones marked «Nytt», removed ones shown struck through.
 */
import { diffArrays } from 'diff';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { frontmatterFields } from '../frontmatter-fields.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { ARTICLE_MODEL, fieldsShownIn, fieldText, type FieldsShownIn } from './model.ts';

export type BlockChange = { change: 'same' | 'added' | 'removed'; markdown: string };

/** A field councils review: its text in the revision, and before when it changed. */
export type FieldChange = { now: string; before?: string };

type ReviewedField = FieldsShownIn<typeof ARTICLE_MODEL, 'review'>;

export type ArticleChanges = Record<ReviewedField, FieldChange> & { blocks: BlockChange[] };

const REVIEWED = fieldsShownIn(ARTICLE_MODEL, 'review') as ReviewedField[];

type Parts = { fields: Record<string, string>; blocks: string[] };

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
  const data = frontmatterFields(source);
  return {
    fields: Object.fromEntries(REVIEWED.map((name) => [name, fieldText(data[name])])),
    blocks: blocksOf(readFrontmatter(source).split?.body ?? source),
  };
}

/** `before` is the text readers see now; undefined for an article that is new. */
export function articleChanges(before: string | undefined, now: string): ArticleChanges {
  const next = partsOf(now);
  const old = before === undefined ? { fields: {}, blocks: [] } : partsOf(before);
  const change = (name: ReviewedField): FieldChange => {
    const text = next.fields[name] ?? '';
    const was = old.fields[name] ?? '';
    return { now: text, ...(before !== undefined && text !== was ? { before: was } : {}) };
  };
  return {
    ...(Object.fromEntries(REVIEWED.map((name) => [name, change(name)])) as Record<ReviewedField, FieldChange>),
    blocks: diffArrays(old.blocks, next.blocks).flatMap((part) =>
      part.value.map((markdown): BlockChange => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', markdown })),
    ),
  };
}
