/**
 * What changed between the text readers see and a revision, for the councils' review view: each
 * field the article model shows in 'review' (title and «Kort fortalt») now and before, and the
 * body block by block (paragraphs, headings, lists, tables as the body's parser splits them):
 * unchanged blocks as they are, new ones marked «Nytt», removed ones shown struck through. Each
 * block keeps its node from the whole body's tree, so an unchanged block is drawn exactly as on
 * the reader's page.
 */
import { diffArrays } from 'diff';
import { frontmatterFields } from '../frontmatter-fields.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { bodyBlocks, type BodyNode } from './article-body.ts';
import { ARTICLE_MODEL, fieldsShownIn, fieldText, type FieldsShownIn } from './model.ts';

export type BlockChange = { change: 'same' | 'added' | 'removed'; markdown: string; node: BodyNode };

/** A field councils review: its text in the revision, and before when it changed. */
export type FieldChange = { now: string; before?: string };

type ReviewedField = FieldsShownIn<typeof ARTICLE_MODEL, 'review'>;

export type ArticleChanges = Record<ReviewedField, FieldChange> & { blocks: BlockChange[] };

const REVIEWED = fieldsShownIn(ARTICLE_MODEL, 'review') as ReviewedField[];

type Block = { markdown: string; node: BodyNode };
type Parts = { fields: Record<string, string>; blocks: Block[] };

function partsOf(source: string): Parts {
  const data = frontmatterFields(source);
  return {
    fields: Object.fromEntries(REVIEWED.map((name) => [name, fieldText(data[name])])),
    blocks: bodyBlocks(readFrontmatter(source).split?.body ?? source),
  };
}

/** `before` is the text readers see now; undefined for an article that is new. */
export function articleChanges(before: string | undefined, now: string): ArticleChanges {
  const next = partsOf(now);
  const old: Parts = before === undefined ? { fields: {}, blocks: [] } : partsOf(before);
  const change = (name: ReviewedField): FieldChange => {
    const text = next.fields[name] ?? '';
    const was = old.fields[name] ?? '';
    return { now: text, ...(before !== undefined && text !== was ? { before: was } : {}) };
  };
  // Blocks are compared by their Markdown; each keeps the node of the tree it came from.
  const parts = diffArrays(old.blocks, next.blocks, { comparator: (a, b) => a.markdown === b.markdown });
  return {
    ...(Object.fromEntries(REVIEWED.map((name) => [name, change(name)])) as Record<ReviewedField, FieldChange>),
    blocks: parts.flatMap((part) =>
      part.value.map(({ markdown, node }): BlockChange => ({
        change: part.added ? 'added' : part.removed ? 'removed' : 'same',
        markdown,
        node,
      })),
    ),
  };
}
