/**
 * An article as readers will see it, drawn from the Markdown tree with DOM nodes only (no markup
 * strings), the local-fact components filled from the municipality's facts. Used by the editors'
 * preview and the councils' review view.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { el } from '../moderation/dom.ts';

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

function localFact(node: Node, facts: ReaderFacts): globalThis.Node {
  if (node.name === 'Kommune') return el('span', { class: 'preview__local' }, facts.kommune[attribute(node, 'show') ?? 'name'] ?? '');
  const service = facts.services[attribute(node, 'service') ?? ''];
  if (!service) return el('strong', {}, `(ukjent kontakt «${attribute(node, 'service') ?? ''}»)`);
  const show = attribute(node, 'show');
  if (show === 'name' || show === 'phone' || show === 'email') return el('span', { class: 'preview__local' }, service[show]);
  return el(
    'div',
    { class: 'box' },
    el('p', {}, el('strong', {}, service.name)),
    el('p', {}, `Telefon: ${service.phone}`),
    el('p', {}, `E-post: ${service.email}`),
  );
}

/** `headingOffset` moves the body's headings down when the article sits below other headings. */
function draw(node: Node, facts: ReaderFacts, headingOffset: number): globalThis.Node | null {
  const children = () => (node.children ?? []).map((child) => draw(child, facts, headingOffset));
  switch (node.type) {
    case 'root':
      return el('div', {}, ...children());
    case 'heading':
      return el(`h${Math.min(6, Math.max(2, node.depth ?? 2) + headingOffset)}` as 'h2', {}, ...children());
    case 'paragraph':
      return el('p', {}, ...children());
    case 'text':
      return document.createTextNode(node.value ?? '');
    case 'emphasis':
      return el('em', {}, ...children());
    case 'strong':
      return el('strong', {}, ...children());
    case 'list':
      return el(node.ordered ? 'ol' : 'ul', {}, ...children());
    case 'listItem':
      return el('li', {}, ...children());
    case 'blockquote':
      return el('blockquote', {}, ...children());
    case 'break':
      return el('br');
    case 'thematicBreak':
      return el('hr');
    case 'inlineCode':
      return el('code', {}, node.value ?? '');
    case 'link':
      return el('a', { href: /^(https:|mailto:|tel:|\/)/.test(node.url ?? '') ? node.url : undefined }, ...children());
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name === 'Local' || node.name === 'Kommune' ? localFact(node, facts) : null;
    default:
      return null;
  }
}

/** The body (Markdown with `<Local/>` and `<Kommune/>`) as nodes; a body the parser can't read shows as plain text. */
export function renderBody(markdown: string, facts: ReaderFacts, headingOffset = 0): globalThis.Node {
  try {
    return (
      draw(fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node, facts, headingOffset) ??
      el('div')
    );
  } catch {
    return el('pre', {}, markdown);
  }
}

/** Draws `title`, `summary` and `body` into `target`. */
export function renderPreview(target: HTMLElement, fields: { title: string; summary: string; body: string }, facts: ReaderFacts): void {
  target.replaceChildren(
    el('h1', {}, fields.title),
    el('section', { class: 'summary', 'aria-label': 'Kort fortalt' }, el('h2', {}, 'Kort fortalt'), el('p', {}, fields.summary)),
    renderBody(fields.body, facts),
  );
}
