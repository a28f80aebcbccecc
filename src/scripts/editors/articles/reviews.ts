/**
 * «Uttalelser fra rådene» beside an article's revisions: send the newest saved version to councils
 * with a deadline (again: a new deadline), learn exactly who was told by e-mail and who must be
 * told another way, read the statements (news marked «Nytt», then read), and choose whether a
 * statement shows on the page.
 *
 * In a book a national editor, who may read the councils of every kommune, sends the national text
 * to councils of each kommune (chosen under the kommune's name) and reads each kommune's requests
 * and statements under it; an editor who reads only her own kommune's councils sees the panel as a
 * kommune on its own does.
 */
import { needsEditors, replacedBy, type Review } from '../../../core/articles/reviews.ts';
import type { CouncilView } from '../../../core/suggestions/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import { publishingText } from '../../../core/text/publishing.ts';
import { ApiError, type Api } from '../api.ts';
import { groupByKommune, kommuneCouncilsOf, kommuneName, readBookKommuner, type BookKommune } from '../book-kommuner.ts';
import { el, required } from '../dom.ts';
import { showMessage } from '../page.ts';
import { NEWS_READ } from '../review-news.ts';

const DEFAULT_DAYS = 14;
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });
const day = (value: string) => dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
const isoDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' }).format(date);

/** A request as the API gives it: in a book with its kommune. */
type KommuneReview = Review & { kommune?: string };

/** What POST …/reviews answers: the requests, what happened for each council (in a book with its kommune), and /rad/ to pass on. */
type RequestAnswer = {
  items: KommuneReview[];
  notices: { councilName: string; outcome: 'created' | 'deadline-changed' | 'unchanged'; emailed: boolean; kommune?: string }[];
  councilPage: string;
};

/** One sentence per council: told by e-mail, or to be told another way (with /rad/ and the code), or already asked. */
function requestMessage(answer: RequestAnswer, version: number, deadline: string, kommuner: readonly BookKommune[]): string {
  const lines = [articleText('reviews.sent', { version })];
  for (const notice of answer.notices) {
    const council = notice.kommune
      ? articleText('reviews.councilInKommune', { council: notice.councilName, kommune: kommuneName(kommuner, notice.kommune) })
      : notice.councilName;
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
  const kommuner = readBookKommuner(root);
  let article: { slug: string; version: number } | undefined;
  /** Whether the councils are listed per kommune, and the round goes out as `kommuneCouncils`. */
  let perKommune = false;

  /** The API acting for the kommune a request is in (in a book), else for the page's own. */
  const apiOf = (review: KommuneReview): Api => (review.kommune ? api.forKommune(review.kommune) : api);

  const activeCouncils = (source: Api): Promise<CouncilView[] | undefined> =>
    source
      .json<{ items: CouncilView[] }>('GET', '/api/moderation/councils')
      .then(({ items: all }) => all.filter((council) => council.active))
      .catch(() => undefined);

  const councilBox = (council: CouncilView, kommune?: string) =>
    el(
      'label',
      { class: 'choice' },
      el('input', { type: 'checkbox', name: 'council', value: council.id, 'data-kommune': kommune }),
      ` ${council.name}`,
    );

  /**
   * In a book every kommune's councils are asked for; the kommuner the editor may act for answer
   * (a national editor: all of them). With more than one, each kommune's councils are listed in a
   * fieldset under its name; otherwise the one list as on a kommune on its own.
   */
  async function loadCouncils(): Promise<void> {
    const readable = (
      await Promise.all(kommuner.map(async (kommune) => ({ kommune, councils: await activeCouncils(api.forKommune(kommune.id)) })))
    ).filter((entry): entry is { kommune: BookKommune; councils: CouncilView[] } => entry.councils !== undefined);
    perKommune = readable.length > 1;
    if (perKommune) {
      councils.replaceChildren(
        ...readable.map(({ kommune, councils: active }) =>
          el(
            'fieldset',
            { 'data-review-kommune': kommune.id },
            el('legend', {}, kommune.name),
            ...(active.length === 0
              ? [el('p', {}, articleText('reviews.noCouncilsIn', { kommune: kommune.name }))]
              : active.map((council) => councilBox(council, kommune.id))),
          ),
        ),
      );
      return;
    }
    const active = readable.length === 1 ? readable[0]!.councils : ((await activeCouncils(api)) ?? []);
    councils.replaceChildren(
      ...(active.length === 0 ? [el('p', {}, articleText('reviews.noCouncils'))] : active.map((council) => councilBox(council))),
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

  function item(review: KommuneReview, replacement?: number, news?: boolean): HTMLLIElement {
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
          const changed = await apiOf(review).json<Review>(
            'PATCH',
            `/api/moderation/articles/${review.slug}/reviews/${review.version}.${review.councilId}`,
            { public: !review.public },
          );
          line.replaceWith(item({ ...changed, ...(review.kommune ? { kommune: review.kommune } : {}) }, replacement));
          showMessage(message, articleText(changed.public ? 'reviews.shown' : 'reviews.hidden'));
        } catch (error) {
          showMessage(status, error instanceof Error ? error.message : String(error), true);
        }
      });
      line.append(el('span', { class: 'editor-buttons' }, toggle), status);
    }
    return line;
  }

  /**
   * Draws the rounds, news marked «Nytt», and marks that news read: the editor has it in front of
   * them now. In a book each kommune's requests and statements are listed under its name, and
   * which request a newer one replaced is reckoned within each kommune.
   */
  async function loadReviews(): Promise<void> {
    if (!article) return items.replaceChildren();
    try {
      const { items: reviews } = await api.json<{ items: KommuneReview[] }>('GET', `/api/moderation/articles/${article.slug}/reviews`);
      const today = isoDay(new Date());
      const news: KommuneReview[] = [];
      const lines = (group: readonly KommuneReview[]) => {
        const replacement = replacedBy(group);
        news.push(...group.filter((review) => needsEditors(review, today, replacement(review)) !== undefined));
        return group.map((review) => item(review, replacement(review), news.includes(review)));
      };
      const groups = groupByKommune(reviews, kommuner);
      items.replaceChildren(
        ...(reviews.length === 0
          ? [el('li', {}, articleText('reviews.none'))]
          : groups.flatMap(({ kommune, items: group }) =>
              kommune
                ? [
                    el(
                      'li',
                      { class: 'review-kommune', 'data-review-kommune': kommune.id },
                      el('h5', {}, kommune.name),
                      el('ol', { class: 'history' }, ...lines(group)),
                    ),
                  ]
                : lines(group),
            )),
      );
      if (news.length === 0) return;
      await Promise.all(
        news.map((review) =>
          apiOf(review).json('PATCH', `/api/moderation/articles/${review.slug}/reviews/${review.version}.${review.councilId}`, {
            seen: true,
          }),
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
    const boxes = [...form.querySelectorAll<HTMLInputElement>('[name="council"]:checked')];
    if (perKommune && boxes.length === 0) return showMessage(message, publishingText('review.councils'), true);
    const asked = perKommune
      ? { kommuneCouncils: kommuneCouncilsOf(boxes.map((box) => ({ kommune: box.dataset.kommune ?? '', council: box.value }))) }
      : { councils: boxes.map((box) => box.value) };
    try {
      const answer = await api.json<RequestAnswer>('POST', `/api/moderation/articles/${article.slug}/reviews`, {
        version: article.version,
        ...asked,
        deadline: deadline.value,
      });
      showMessage(message, requestMessage(answer, article.version, deadline.value, kommuner));
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
