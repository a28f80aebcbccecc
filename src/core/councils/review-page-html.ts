/**
 * One text under review on /rad/, as readers will see it, with the changes from the published
 * page marked by a word and a border. Written by the same code in the page's script (loaded only
 * when a council opens a text, since the Markdown parser and the diff are large) and in the page
 * the API renders for councils without JavaScript.
 */
import { articleBodyHtml, type ReaderFacts } from '../articles/article-html.ts';
import { articleChanges, type BlockChange } from '../articles/review-blocks.ts';
import type { CouncilReview } from '../articles/reviews.ts';
import { escapeHtml } from '../escape-html.ts';
import { readFrontmatter } from '../frontmatter.ts';
import type { CouncilReviewTexts } from './page-texts.ts';

/** What GET /api/council/reviews/{id} answers: the request, the revision and the text readers see now. */
export type Opened = { review: CouncilReview; source: string; liveSource?: string };

/** The page sits under the view's h2 with its title as h3 and «Kort fortalt» as h4: its h2 become h4. */
const BODY_HEADING_OFFSET = 2;

type Marked = BlockChange | { change: 'added' | 'removed'; html: string };

/** The text as HTML for the view's `<article>`, and the line that explains the marks. */
export function reviewPageHtml(
  { source, liveSource }: Opened,
  texts: CouncilReviewTexts,
  facts: ReaderFacts,
): { html: string; intro: string } {
  const changed = (block: Marked): string => {
    const html = 'html' in block ? block.html : articleBodyHtml(block.markdown, facts, BODY_HEADING_OFFSET);
    if (block.change === 'same') return html;
    const tag = block.change === 'added' ? 'ins' : 'del';
    const label = block.change === 'added' ? texts.added : texts.removed;
    return (
      `<${tag} class="review-change review-change--${block.change}"><span class="review-change__label">${escapeHtml(label)}</span>` +
      `<div class="review-change__body">${html}</div></${tag}>`
    );
  };
  const field = (now: string, before: string | undefined, draw: (text: string) => string): string =>
    before === undefined ? draw(now) : changed({ change: 'removed', html: draw(before) }) + changed({ change: 'added', html: draw(now) });

  const changes = articleChanges(liveSource, source);
  const isNew = liveSource === undefined;
  const html =
    field(changes.title.now, changes.title.before, (text) => `<h3 class="review-page__title">${escapeHtml(text)}</h3>`) +
    `<section class="summary" aria-label="${escapeHtml(texts.summary)}"><h4>${escapeHtml(texts.summary)}</h4>` +
    field(changes.summary.now, changes.summary.before, (text) => `<p>${escapeHtml(text)}</p>`) +
    '</section>' +
    (isNew ? articleBodyHtml(readFrontmatter(source).split?.body ?? '', facts, BODY_HEADING_OFFSET) : changes.blocks.map(changed).join(''));
  return { html, intro: isNew ? texts.newPage : texts.viewIntro };
}
