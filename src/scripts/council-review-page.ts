/**
 * One text under review on /rad/, as readers will see it, with the changes from the published
 * page marked by a word and a border: loaded only when a council opens a text (council-reviews.ts),
 * since the Markdown parser and the diff are large.
 */
import { articleChanges, type BlockChange } from '../core/articles/review-blocks.ts';
import type { CouncilReview } from '../core/articles/reviews.ts';
import { splitFrontmatter } from '../core/frontmatter.ts';
import { renderBody, type ReaderFacts } from './articles/render-article.ts';
import type { CouncilReviewTexts } from '../core/councils/page-texts.ts';
import { el } from './moderation/dom.ts';

export type Opened = { review: CouncilReview; source: string; liveSource?: string };

/** The page sits under the view's h2 with its title as h3 and «Kort fortalt» as h4: its h2 become h4. */
const BODY_HEADING_OFFSET = 2;

type Marked = BlockChange | { change: 'added' | 'removed'; node: Node };

/** Draws the text into `page`; returns the line that explains the marks. */
export function drawReviewPage(page: HTMLElement, { source, liveSource }: Opened, texts: CouncilReviewTexts, facts: ReaderFacts): string {
  const changed = (block: Marked): Node => {
    const node = 'node' in block ? block.node : renderBody(block.markdown, facts, BODY_HEADING_OFFSET);
    if (block.change === 'same') return node;
    return el(
      block.change === 'added' ? 'ins' : 'del',
      { class: `review-change review-change--${block.change}` },
      el('span', { class: 'review-change__label' }, block.change === 'added' ? texts.added : texts.removed),
      el('div', { class: 'review-change__body' }, node),
    );
  };
  const field = (now: string, before: string | undefined, draw: (text: string) => Node): Node[] =>
    before === undefined
      ? [draw(now)]
      : [changed({ change: 'removed', node: draw(before) }), changed({ change: 'added', node: draw(now) })];

  const changes = articleChanges(liveSource, source);
  const isNew = liveSource === undefined;
  page.replaceChildren(
    ...field(changes.title.now, changes.title.before, (text) => el('h3', { class: 'review-page__title' }, text)),
    el(
      'section',
      { class: 'summary', 'aria-label': texts.summary },
      el('h4', {}, texts.summary),
      ...field(changes.summary.now, changes.summary.before, (text) => el('p', {}, text)),
    ),
    ...(isNew ? [renderBody(splitFrontmatter(source)?.body ?? '', facts, BODY_HEADING_OFFSET)] : changes.blocks.map(changed)),
  );
  return isNew ? texts.newPage : texts.viewIntro;
}
