/** Draws one public answer with DOM text nodes only: the suggestion is citizen text, shown, never parsed. */
import { fill } from '../core/text/fill.ts';
import type { PublicAnswer } from '../core/suggestions/types.ts';

export interface PublicAnswerTexts {
  kinds: Record<PublicAnswer['kind'], string>;
  statuses: Record<PublicAnswer['status'], string>;
  citizen: string;
  /** "{name}" is the council's name. */
  council: string;
  /** "{date}". */
  received: string;
  page: string;
  /** Before the link to the page a published change went into. */
  changed: string;
  suggestion: string;
  answer: string;
  status: string;
  loading: string;
  none: string;
  /** "{count}". */
  count: string;
  failed: string;
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

export function renderAnswer(answer: PublicAnswer, texts: PublicAnswerTexts, articles: Record<string, string>): HTMLLIElement {
  const from = answer.council ? fill(texts.council, { name: answer.council }) : texts.citizen;
  const meta = node(
    'p',
    'public-answer__meta',
    `${from} · ${fill(texts.received, { date: dateFormat.format(new Date(answer.createdAt)) })}`,
  );
  const item = node(
    'li',
    'public-answer',
    node('h2', '', answer.title ?? texts.kinds[answer.kind]),
    meta,
    node('p', '', node('strong', '', `${texts.status}: `), texts.statuses[answer.status]),
  );
  if (answer.topic) {
    const link = node('a', '', articles[answer.topic] ?? answer.topic);
    link.href = `/${answer.topic}/`;
    item.append(node('p', '', `${texts.page}: `, link));
  }
  if (answer.changedPage) {
    const link = node('a', '', articles[answer.changedPage] ?? answer.changedPage);
    link.href = `/${answer.changedPage}/`;
    item.append(node('p', '', `${texts.changed}: `, link));
  }
  // The sender's words come only with their consent (the API leaves them out otherwise).
  if (answer.text !== undefined) item.append(node('h3', '', texts.suggestion), node('p', 'public-answer__text', answer.text));
  if (answer.answer) item.append(node('h3', '', texts.answer), node('p', 'public-answer__answer', answer.answer));
  return item;
}
