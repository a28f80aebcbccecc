/**
 * «Uttalelser fra rådene» beside an article's revisions: send the newest saved version to councils
 * with a deadline (again: a new deadline), learn exactly who was told by e-mail and who must be
 * told another way, read the statements (news marked «Nytt», then read), and choose whether a
 * statement shows on the page.
 */
import { needsEditors, replacedBy, type Review } from '../../../core/articles/reviews.ts';
import type { CouncilView } from '../../../core/suggestions/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import { ApiError, type Api } from '../api.ts';
import { el, required } from '../dom.ts';
import { showMessage } from '../page.ts';
import { NEWS_READ } from '../review-news.ts';

const DEFAULT_DAYS = 14;
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });
const day = (value: string) => dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
const isoDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' }).format(date);

/** What POST …/reviews answers: the requests, what happened for each council, and /rad/ to pass on. */
type RequestAnswer = {
  items: Review[];
  notices: { councilName: string; outcome: 'created' | 'deadline-changed' | 'unchanged'; emailed: boolean }[];
  councilPage: string;
};

/** One sentence per council: told by e-mail, or to be told another way (with /rad/ and the code), or already asked. */
function requestMessage(answer: RequestAnswer, version: number, deadline: string): string {
  const lines = [articleText('reviews.sent', { version })];
  for (const notice of answer.notices) {
    const council = notice.councilName;
    if (notice.outcome === 'unchanged') {
      lines.push(articleText('reviews.unchanged', { council, version }));
      continue;
    }
    if (notice.outcome === 'deadline-changed') lines.push(articleText('reviews.deadlineMoved', { council, deadline: day(deadline) }));
    lines.push(
      notice.emailed
        ? articleText('reviews.emailed', { council })
        : articleText('reviews.notEmailed', { council, link: answer.councilPage }),
    );
  }
  return lines.join(' ');
}

export function createReviewPanel(root: HTMLElement, api: Api) {
  const form = required<HTMLFormElement>(root, '[data-review-request]');
  const councils = required<HTMLElement>(root, '[data-review-councils]');
  const deadline = required<HTMLInputElement>(form, '[name="deadline"]');
  const message = required<HTMLElement>(root, '[data-review-request-message]');
  const items = required<HTMLOListElement>(root, '[data-review-items]');
  let article: { slug: string; version: number } | undefined;

  async function loadCouncils(): Promise<void> {
    const { items: all } = await api
      .json<{ items: CouncilView[] }>('GET', '/api/moderation/councils')
      .catch(() => ({ items: [] as CouncilView[] }));
    const active = all.filter((council) => council.active);
    councils.replaceChildren(
      ...(active.length === 0
        ? [el('p', {}, articleText('reviews.noCouncils'))]
        : active.map((council) =>
            el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'council', value: council.id }), ` ${council.name}`),
          )),
    );
  }

  function stateOf(review: Review, replacement: number | undefined): string {
    if (replacement !== undefined) return articleText('reviews.replaced', { version: replacement });
    const statement = review.statement;
    const answered = statement
      ? articleText(statement.verdict === 'recommend' ? 'reviews.recommended' : 'reviews.remarks', { date: day(statement.at) })
      : articleText('reviews.waiting');
    return review.closedAt ? `${answered} ${articleText('reviews.closed', { date: day(review.closedAt) })}` : answered;
  }

  function item(review: Review, replacement?: number, news?: boolean): HTMLLIElement {
    const statement = review.statement;
    const earlier = review.earlierStatements?.at(-1);
    const line = el(
      'li',
      { 'data-review': `${review.version}.${review.councilId}` },
      news ? el('strong', { class: 'news-badge' }, articleText('reviews.new')) : null,
      news ? ' ' : null,
      articleText('reviews.item', { version: review.version, council: review.councilName, deadline: day(review.deadline) }) +
        stateOf(review, replacement),
      statement?.text ? el('span', { class: 'history__note' }, statement.text) : null,
      earlier
        ? el(
            'span',
            { class: 'history__note' },
            articleText('reviews.changedStatement', {
              earlier: [
                articleText(earlier.verdict === 'recommend' ? 'reviews.recommended' : 'reviews.remarks', { date: day(earlier.at) }),
                earlier.text,
              ]
                .filter(Boolean)
                .join(' '),
            }),
          )
        : null,
    );
    if (statement?.text) {
      const toggle = el(
        'button',
        { type: 'button', class: 'button--secondary' },
        review.public ? articleText('reviews.hide') : articleText('reviews.show'),
      );
      const status = el('span', { role: 'status' });
      toggle.addEventListener('click', async () => {
        try {
          const changed = await api.json<Review>(
            'PATCH',
            `/api/moderation/articles/${review.slug}/reviews/${review.version}.${review.councilId}`,
            { public: !review.public },
          );
          line.replaceWith(item(changed, replacement));
          showMessage(message, articleText(changed.public ? 'reviews.shown' : 'reviews.hidden'));
        } catch (error) {
          showMessage(status, error instanceof Error ? error.message : String(error), true);
        }
      });
      line.append(el('span', { class: 'editor-buttons' }, toggle), status);
    }
    return line;
  }

  /** Draws the rounds, news marked «Nytt», and marks that news read: the editor has it in front of them now. */
  async function loadReviews(): Promise<void> {
    if (!article) return items.replaceChildren();
    try {
      const { items: reviews } = await api.json<{ items: Review[] }>('GET', `/api/moderation/articles/${article.slug}/reviews`);
      const replacement = replacedBy(reviews);
      const today = isoDay(new Date());
      const news = reviews.filter((review) => needsEditors(review, today, replacement(review)) !== undefined);
      items.replaceChildren(
        ...(reviews.length === 0
          ? [el('li', {}, articleText('reviews.none'))]
          : reviews.map((review) => item(review, replacement(review), news.includes(review)))),
      );
      if (news.length === 0) return;
      await Promise.all(
        news.map((review) =>
          api.json('PATCH', `/api/moderation/articles/${review.slug}/reviews/${review.version}.${review.councilId}`, { seen: true }),
        ),
      ).catch(() => undefined);
      // The page's news box and badge follow (review-news.ts).
      root.dispatchEvent(new CustomEvent(NEWS_READ, { bubbles: true }));
    } catch {
      items.replaceChildren(el('li', {}, articleText('reviews.failed')));
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!article || article.version === 0) return showMessage(message, articleText('reviews.notSaved'), true);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('[name="council"]:checked')].map((box) => box.value);
    try {
      const answer = await api.json<RequestAnswer>('POST', `/api/moderation/articles/${article.slug}/reviews`, {
        version: article.version,
        councils: chosen,
        deadline: deadline.value,
      });
      showMessage(message, requestMessage(answer, article.version, deadline.value));
      for (const box of form.querySelectorAll<HTMLInputElement>('[name="council"]')) box.checked = false;
      await loadReviews();
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      showMessage(message, Object.values(fields)[0] ?? (error instanceof Error ? error.message : String(error)), true);
      if (fields.deadline) deadline.focus();
    }
  });

  return {
    /** Shows the panel for an article (version 0: nothing saved yet). */
    async show(next: { slug: string; version: number } | undefined): Promise<void> {
      article = next;
      root.hidden = next === undefined;
      if (!next) return;
      if (!deadline.value) deadline.value = isoDay(new Date(Date.now() + DEFAULT_DAYS * 86_400_000));
      showMessage(
        message,
        next.version > 0 ? articleText('reviews.sendVersion', { version: next.version }) : articleText('reviews.notSaved'),
      );
      await Promise.all([loadCouncils(), loadReviews()]);
    },
  };
}
