/**
 * The review part of /rad/: the texts editors asked the council about (GET /api/council/reviews),
 * one of them as readers will see it with the changes from the published page marked, and the
 * council's statement (POST /api/council/reviews/{id}/statement). Started by council-page.ts once
 * the code is accepted.
 */
import type { CouncilReview } from '../core/articles/reviews.ts';
import { councilReviewListHtml, reviewAboutHtml, statementPart } from '../core/councils/page-html.ts';
import { escapeHtml } from '../core/escape-html.ts';
import { fill } from '../core/text/fill.ts';
import type { ReaderFacts } from '../core/articles/article-html.ts';
import type { CouncilReviewTexts } from '../core/councils/page-texts.ts';
import type { Opened } from '../core/councils/review-page-html.ts';
import { el } from './editors/dom.ts';

export function createCouncilReviews(
  root: HTMLElement,
  councilName: () => string,
  request: (path: string, init?: RequestInit) => Promise<Response>,
) {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as CouncilReviewTexts;
  const facts = JSON.parse(root.dataset.facts ?? '{}') as ReaderFacts;
  const listPart = root.querySelector<HTMLElement>('[data-review-list-part]')!;
  const list = root.querySelector<HTMLOListElement>('[data-review-list]')!;
  const view = root.querySelector<HTMLElement>('[data-review-view]')!;
  const heading = root.querySelector<HTMLElement>('[data-review-heading]')!;
  const intro = root.querySelector<HTMLElement>('[data-review-intro]')!;
  const about = root.querySelector<HTMLElement>('[data-review-reason]')!;
  const page = root.querySelector<HTMLElement>('[data-review-page]')!;
  const given = root.querySelector<HTMLElement>('[data-review-given]')!;
  const form = root.querySelector<HTMLFormElement>('[data-review-form]')!;
  const status = root.querySelector<HTMLElement>('[data-review-status]')!;
  const textField = form.querySelector<HTMLTextAreaElement>('textarea')!;
  let opened: Opened | undefined;

  /** The button that opens a request here (a replaced one has none); on the page POST /api/council/page renders, a form does. */
  const openButton = (review: CouncilReview) =>
    `<button type="button"${review.statement ? ' class="button--secondary"' : ''} data-review-open="${escapeHtml(review.id)}">` +
    `${escapeHtml(review.statement ? texts.readAnswered : texts.read)}</button>`;

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-review-open]');
    if (button) void show(button.dataset.reviewOpen!);
  });

  async function load(): Promise<void> {
    const response = await request('/api/council/reviews');
    const body = (await response.json().catch(() => ({}))) as { items?: CouncilReview[] };
    if (!response.ok || !body.items) {
      list.replaceChildren(el('li', {}, texts.failed));
      return;
    }
    // The HTML comes from page-html.ts, which escapes every text from the API.
    list.innerHTML = councilReviewListHtml(body.items, texts, openButton);
  }

  /** The statement given and the form to give or change it, filled in with it, while the text is not published. */
  function drawStatement(review: CouncilReview): void {
    const part = statementPart(review, texts, councilName());
    form.hidden = !part.formShown;
    form.querySelector('legend')!.textContent = part.legend;
    // The HTML comes from page-html.ts, which escapes the council's text.
    given.innerHTML = part.given;
    for (const choice of form.querySelectorAll<HTMLInputElement>('input[name="verdict"]'))
      choice.checked = choice.value === review.statement?.verdict;
    textField.value = review.statement?.text ?? '';
  }

  function showErrors(fields: Record<string, string>): void {
    for (const error of form.querySelectorAll<HTMLElement>('[data-review-error]')) {
      const message = fields[error.dataset.reviewError!];
      error.textContent = message ?? '';
      error.hidden = message === undefined;
    }
    textField.toggleAttribute('aria-invalid', fields.text !== undefined);
    if (fields.verdict) form.querySelector<HTMLInputElement>('input[name="verdict"]')!.focus();
    else if (fields.text) textField.focus();
  }

  async function show(id: string): Promise<void> {
    status.textContent = texts.loading;
    const response = await request(`/api/council/reviews/${encodeURIComponent(id)}`);
    const body = (await response.json().catch(() => undefined)) as Opened | undefined;
    if (!response.ok || !body) {
      status.textContent = texts.failed;
      return;
    }
    // The Markdown parser and the diff load only when a council opens a text.
    const { drawReviewPage } = await import('./council-review-page.ts');
    opened = body;
    status.textContent = '';
    showErrors({});
    form.reset();
    heading.textContent = fill(texts.viewHeading, { title: body.review.title });
    intro.textContent = drawReviewPage(page, body, texts, facts);
    // The HTML comes from page-html.ts, which escapes the editors' note and the suggestion's words.
    about.innerHTML = reviewAboutHtml(body.review, texts);
    drawStatement(body.review);
    listPart.hidden = true;
    view.hidden = false;
    heading.focus();
  }

  // A text the server opened (the page POST /api/council/page/review rendered) is left to the plain forms.
  form.addEventListener('submit', (event) => {
    if (!opened) return;
    event.preventDefault();
    void send(opened);
  });

  async function send(current: Opened): Promise<void> {
    const verdict = new FormData(form).get('verdict');
    const text = textField.value;
    status.textContent = texts.sending;
    try {
      const response = await request(`/api/council/reviews/${encodeURIComponent(current.review.id)}/statement`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ verdict, text }),
      });
      const body = (await response.json().catch(() => ({}))) as CouncilReview & {
        error?: { message?: string; fields?: Record<string, string> };
      };
      if (response.status === 400 && body.error?.fields) {
        status.textContent = '';
        showErrors(body.error.fields);
        return;
      }
      if (!response.ok) {
        status.textContent = body.error?.message ?? texts.sendFailed;
        return;
      }
      opened = { ...current, review: body };
      showErrors({});
      drawStatement(body);
      status.textContent = current.review.statement ? texts.changed : texts.sent;
      void load();
    } catch {
      status.textContent = texts.sendFailed;
    }
  }

  root.querySelector('[data-review-back]')!.addEventListener('click', (event) => {
    // The button posts the code to the list page, unless this script opened the text and still has the list.
    if (!opened) return;
    event.preventDefault();
    view.hidden = true;
    listPart.hidden = false;
    status.textContent = '';
    root.querySelector<HTMLElement>('#council-reviews-heading')!.focus();
  });

  return {
    load,
    reset(): void {
      opened = undefined;
      list.replaceChildren();
      view.hidden = true;
      listPart.hidden = false;
    },
  };
}
