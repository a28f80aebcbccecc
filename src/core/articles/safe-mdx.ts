/**
 * The safe subset of MDX that editors may write: Markdown (headings, paragraphs, lists, tables, emphasis,
 * links to https:, mailto:, tel: or the site itself) plus the fact components (Local,
 * Kommune, Price, Apply, Figure) with literal
 * string attributes. Everything else could run code at build time, so it is refused with the
 * line and a plain reason. The source is parsed with the parser the pages draw the text from
 * (article-body.ts, micromark), never with regular expressions, so what is checked is what is shown.
 */
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
        message:
          'Teksten kan ikke leses her. Sjekk tegnene < > { } på linjen: skriv dem som ord, eller bruk en av knappene for lokale fakta.',
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
      report(node, 'import-export', '«import» og «export» er ikke tillatt i en artikkel. Fjern linjen.');
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment ({/* … */}) holds no code; anything else would run when the site is built.
      if ((node.data?.estree?.body.length ?? 1) > 0)
        report(node, 'expression', 'Krøllparenteser { } er ikke tillatt i teksten. Fjern dem, eller skriv innholdet som vanlig tekst.');
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkComponent(node, report);
      return;
    case 'link':
    case 'definition':
      if (!isSafeLink(String(node.url ?? ''))) {
        report(
          node,
          'unsafe-link',
          `Lenken «${node.url}» er ikke tillatt. Bruk en adresse som begynner med https://, mailto:, tel: eller / (en side i boka).`,
        );
      }
      return;
    case 'image':
    case 'imageReference':
      report(node, 'image', 'Bilder kan ikke legges inn i teksten. Fjern bildet.');
      return;
    case 'code':
      report(node, 'code', 'Kodeblokker er ikke tillatt i en artikkel. Skriv innholdet som vanlig tekst.');
      return;
    case 'html':
      report(node, 'html', 'HTML er ikke tillatt i en artikkel. Fjern taggen.');
      return;
    default:
      if (!PLAIN_NODES.has(node.type))
        report(node, 'unknown', 'Denne delen av teksten er ikke tillatt i en artikkel. Skriv den som vanlig tekst.');
  }
}

function checkComponent(node: Node, report: (node: Node, rule: string, message: string) => void): void {
  const name = node.name ?? '';
  const allowed = Object.hasOwn(SAFE_COMPONENTS, name) ? SAFE_COMPONENTS[name] : undefined;
  if (!allowed) {
    report(
      node,
      'unknown-element',
      `<${name || '>'}${name ? '>' : ''} er ikke tillatt. Bare <Local …/>, <Kommune …/>, <Price …/>, <Apply …/> og <Figure …/> kan brukes, og ingen HTML.`,
    );
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(node, 'expression-attribute', `<${name}> kan bare ha faste verdier i anførselstegn, som service="hjemmetjenesten".`);
    } else if (!allowed.includes(attribute.name ?? '')) {
      report(node, 'unknown-attribute', `<${name}> kan ikke ha «${attribute.name}». Tillatt: ${allowed.join(', ')}.`);
    } else if (typeof attribute.value !== 'string') {
      report(
        node,
        'expression-attribute',
        `«${attribute.name}» i <${name}> må være en fast verdi i anførselstegn, som ${attribute.name}="…".`,
      );
    }
  }
  if ((node.children ?? []).length > 0) report(node, 'component-children', `<${name}> skal stå alene og lukkes med />, uten tekst inni.`);
}
