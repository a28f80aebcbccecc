/**
 * The safe subset of MDX that editors may write: Markdown (headings, paragraphs, lists, tables, emphasis,
 * links to https:, mailto:, tel: or the site itself) plus the fact components (Local,
 * Kommune, Price, Apply, Figure) with literal
 * string attributes. Everything else could run code at build time, so it is refused with the
 * line and a plain reason. The source is parsed with the parser the pages draw the text from
 * (article-body.ts, micromark), never with regular expressions, so what is checked is what is shown.
 */
import { contentText } from '../text/content.ts';
import { parseArticleBody, type BodyNode } from './article-body.ts';
import { isSafeLink } from './safe-link.ts';

export type ArticleProblem = {
  /** Line in the whole file (frontmatter included), when the problem has one. */
  line?: number;
  /** Stable id of the rule, for tests and for grouping in the editor. */
  rule: string;
  /** What is wrong and what to do, in plain Norwegian. */
  message: string;
};

/** The components editors may use, with the attributes each accepts. */
export const SAFE_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Local: ['service', 'show'],
  Kommune: ['show'],
  Price: ['service', 'topic'],
  Apply: ['service'],
  Figure: ['id'],
  /** A named slot a kommune in a book may fill with its own paragraphs (src/components/mdx/local-part.astro). */
  LocalPart: ['name'],
};

const PLAIN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'blockquote',
  'inlineCode',
  'linkReference',
  'table',
  'tableRow',
  'tableCell',
]);

type Node = BodyNode;

/**
 * Problems with an article body; an empty list means it is inside the safe subset.
 * `firstLine` is the line of the file on which the body starts, so lines point into the whole file.
 */
export function checkSafeMdx(body: string, firstLine = 1): ArticleProblem[] {
  const offset = firstLine - 1;
  let tree: Node;
  try {
    tree = parseArticleBody(body);
  } catch (error) {
    const line = (error as { line?: unknown }).line;
    return [
      {
        ...(typeof line === 'number' ? { line: line + offset } : {}),
        rule: 'unreadable',
        message: contentText('mdx.unreadable'),
      },
    ];
  }
  const problems: ArticleProblem[] = [];
  const report = (node: Node, rule: string, message: string) => {
    const line = node.position?.start.line;
    problems.push({ ...(line !== undefined ? { line: line + offset } : {}), rule, message });
  };
  const visit = (node: Node) => {
    checkNode(node, report);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

function checkNode(node: Node, report: (node: Node, rule: string, message: string) => void): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report(node, 'import-export', contentText('mdx.importExport'));
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment ({/* … */}) holds no code; anything else would run when the site is built.
      if ((node.data?.estree?.body.length ?? 1) > 0) report(node, 'expression', contentText('mdx.expression'));
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkComponent(node, report);
      return;
    case 'link':
    case 'definition':
      if (!isSafeLink(String(node.url ?? ''))) {
        report(node, 'unsafe-link', contentText('mdx.unsafeLink', { url: String(node.url) }));
      }
      return;
    case 'image':
    case 'imageReference':
      report(node, 'image', contentText('mdx.image'));
      return;
    case 'code':
      report(node, 'code', contentText('mdx.code'));
      return;
    case 'html':
      report(node, 'html', contentText('mdx.html'));
      return;
    default:
      if (!PLAIN_NODES.has(node.type)) report(node, 'unknown', contentText('mdx.unknown'));
  }
}

function checkComponent(node: Node, report: (node: Node, rule: string, message: string) => void): void {
  const name = node.name ?? '';
  const allowed = Object.hasOwn(SAFE_COMPONENTS, name) ? SAFE_COMPONENTS[name] : undefined;
  if (!allowed) {
    report(node, 'unknown-element', contentText('mdx.unknownElement', { element: name ? `<${name}>` : '<>' }));
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(node, 'expression-attribute', contentText('mdx.expressionAttribute', { name }));
    } else if (!allowed.includes(attribute.name ?? '')) {
      report(
        node,
        'unknown-attribute',
        contentText('mdx.unknownAttribute', { name, attribute: String(attribute.name), allowed: allowed.join(', ') }),
      );
    } else if (typeof attribute.value !== 'string') {
      report(node, 'expression-attribute', contentText('mdx.attributeValue', { name, attribute: String(attribute.name) }));
    }
  }
  if ((node.children ?? []).length > 0) report(node, 'component-children', contentText('mdx.componentChildren', { name }));
}
