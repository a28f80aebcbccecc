/**
 * An article body as readers will see it, as HTML from the Markdown tree, the local-fact
 * components filled from the municipality's facts. Written by the same code in the editors'
 * preview, the councils' review view on /rad/ and the page the API renders for councils without
 * JavaScript. Every text from the source is escaped; a link keeps only safe schemes.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { escapeHtml } from '../escape-html.ts';
import { isSafeLink } from './safe-link.ts';

export type ServiceFacts = { name: string; phone: string; email: string };

/** What the build puts on the page about the kommune, for `<Local/>` and `<Kommune/>`. */
export type ReaderFacts = { services: Record<string, ServiceFacts>; kommune: Record<string, string> };

type Node = {
  type: string;
  depth?: number;
  ordered?: boolean;
  url?: string;
  value?: string;
  name?: string | null;
  children?: Node[];
  attributes?: { name?: string; value?: unknown }[];
};

const attribute = (node: Node, name: string): string | undefined => {
  const value = node.attributes?.find((candidate) => candidate.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

const element = (tag: string, content: string, attributes = '') => `<${tag}${attributes}>${content}</${tag}>`;

function localFact(node: Node, facts: ReaderFacts): string {
  const local = (text: string) => element('span', escapeHtml(text), ' class="preview__local"');
  if (node.name === 'Kommune') return local(facts.kommune[attribute(node, 'show') ?? 'name'] ?? '');
  const service = facts.services[attribute(node, 'service') ?? ''];
  if (!service) return element('strong', escapeHtml(`(ukjent kontakt «${attribute(node, 'service') ?? ''}»)`));
  const show = attribute(node, 'show');
  if (show === 'name' || show === 'phone' || show === 'email') return local(service[show]);
  return element(
    'div',
    element('p', element('strong', escapeHtml(service.name))) +
      element('p', escapeHtml(`Telefon: ${service.phone}`)) +
      element('p', escapeHtml(`E-post: ${service.email}`)),
    ' class="box"',
  );
}

/** `headingOffset` moves the body's headings down when the article sits below other headings. */
function draw(node: Node, facts: ReaderFacts, headingOffset: number): string {
  const children = () => (node.children ?? []).map((child) => draw(child, facts, headingOffset)).join('');
  switch (node.type) {
    case 'root':
      return element('div', children());
    case 'heading':
      return element(`h${Math.min(6, Math.max(2, node.depth ?? 2) + headingOffset)}`, children());
    case 'paragraph':
      return element('p', children());
    case 'text':
      return escapeHtml(node.value ?? '');
    case 'emphasis':
      return element('em', children());
    case 'strong':
      return element('strong', children());
    case 'list':
      return element(node.ordered ? 'ol' : 'ul', children());
    case 'listItem':
      return element('li', children());
    case 'blockquote':
      return element('blockquote', children());
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'inlineCode':
      return element('code', escapeHtml(node.value ?? ''));
    case 'link':
      // An unsafe address stays text: never clickable, whatever older revision it comes from.
      return element('a', children(), isSafeLink(node.url ?? '') ? ` href="${escapeHtml(node.url!.trim())}"` : '');
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name === 'Local' || node.name === 'Kommune' ? localFact(node, facts) : '';
    default:
      return '';
  }
}

/** The body (Markdown with `<Local/>` and `<Kommune/>`) as HTML; a body the parser can't read shows as plain text. */
export function articleBodyHtml(markdown: string, facts: ReaderFacts, headingOffset = 0): string {
  try {
    return draw(fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node, facts, headingOffset);
  } catch {
    return element('pre', escapeHtml(markdown));
  }
}
