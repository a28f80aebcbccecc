/**
 * /rad/: asks for the council code, then lists the council's suggestions from
 * GET /api/council/suggestions. The code stays in this tab's sessionStorage only, so closing
 * the tab forgets it; «Glem koden» forgets it at once.
 */
import { COUNCIL_LIST_LIMIT, councilCountText, councilSuggestionHtml } from '../core/councils/page-html.ts';
import type { CouncilSuggestion } from '../core/suggestions/council-item.ts';
import { fill } from '../core/text/fill.ts';
import type { CouncilPageTexts } from '../core/councils/page-texts.ts';
import { createCouncilReviews } from './council-reviews.ts';
import { hideCouncilInsight, showCouncilInsight } from './council-insight.ts';

const STORAGE_KEY = 'alderdommens-abc:radskode';
const root = document.querySelector<HTMLElement>('[data-council-page]');
if (root) start(root);

function start(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as CouncilPageTexts;
  const form = root.querySelector<HTMLFormElement>('[data-council-form]')!;
  const field = form.querySelector<HTMLInputElement>('input')!;
  const error = root.querySelector<HTMLElement>('[data-council-error]')!;
  const status = root.querySelector<HTMLElement>('[data-council-status]')!;
  const result = root.querySelector<HTMLElement>('[data-council-result]')!;
  const heading = root.querySelector<HTMLElement>('[data-council-heading]')!;
  const list = root.querySelector<HTMLOListElement>('[data-council-list]')!;
  const insight = root.querySelector<HTMLElement>('[data-council-insight]')!;
  let councilCode = '';
  let councilName = '';
  const reviews = createCouncilReviews(
    root.querySelector<HTMLElement>('[data-council-reviews]')!,
    () => councilName,
    (path, init = {}) =>
      fetch(path, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          authorization: `Council ${councilCode}`,
          accept: 'application/json',
        },
      }),
  );
  // On a page POST /api/council/page filled in, the form stays hidden beside the council's lists.
  form.hidden = !result.hidden;

  async function show(code: string): Promise<void> {
    error.hidden = true;
    field.removeAttribute('aria-invalid');
    status.textContent = texts.loading;
    try {
      const response = await fetch(`/api/council/suggestions?limit=${COUNCIL_LIST_LIMIT}`, {
        headers: { authorization: `Council ${code}`, accept: 'application/json' },
      });
      const body = (await response.json().catch(() => ({}))) as {
        council?: { name: string };
        items?: CouncilSuggestion[];
        error?: { message?: string };
      };
      if (response.status === 401) {
        sessionStorage.removeItem(STORAGE_KEY);
        status.textContent = '';
        error.textContent = body.error?.message ?? texts.failed;
        error.hidden = false;
        field.setAttribute('aria-invalid', 'true');
        field.focus();
        return;
      }
      if (!response.ok || !body.council || !body.items) throw new Error(String(response.status));
      sessionStorage.setItem(STORAGE_KEY, code);
      councilCode = code;
      councilName = body.council.name;
      await Promise.all([reviews.load(), showCouncilInsight(insight, `Council ${code}`)]);
      heading.textContent = fill(texts.heading, { council: body.council.name });
      // The HTML comes from page-html.ts, which escapes every text from the API.
      list.innerHTML = body.items.map((item) => councilSuggestionHtml(item, texts)).join('');
      status.textContent = councilCountText(body.items.length, texts);
      form.hidden = true;
      result.hidden = false;
      root.querySelector<HTMLElement>('#council-reviews-heading')!.focus();
    } catch {
      status.textContent = texts.failed;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(field.value.trim());
  });
  root.querySelector('[data-council-forget]')!.addEventListener('click', (event) => {
    // Without JavaScript the link opens /rad/ afresh; here the page forgets in place.
    event.preventDefault();
    sessionStorage.removeItem(STORAGE_KEY);
    councilCode = '';
    reviews.reset();
    hideCouncilInsight(insight);
    list.replaceChildren();
    result.hidden = true;
    status.textContent = '';
    field.value = '';
    form.hidden = false;
    field.focus();
  });
  const kept = sessionStorage.getItem(STORAGE_KEY);
  if (kept) void show(kept);
}
