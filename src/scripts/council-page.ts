/**
 * /rad/ with JavaScript: every form on the page (the code, opening a text, the statement, back to
 * the list) is posted as without JavaScript, and the page the server renders in answer replaces
 * this one's part in place, so there is one renderer of everything a council reads. The code
 * stays in this tab's sessionStorage only, so a reload of /rad/ shows the council's lists again and
 * closing the tab forgets it; «Glem koden» forgets it at once. A page the server rendered at a
 * form's own address (a post without JavaScript) is left to its plain forms.
 */
import { paths } from '../core/paths.ts';

const STORAGE_KEY = 'alderdommens-abc:radskode';

const current = () => document.querySelector<HTMLElement>('[data-council-page]');

function statusLine(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('[data-review-status]') ?? root.querySelector<HTMLElement>('[data-council-status]');
}

/** Posts `form` as a browser without JavaScript would and puts the rendered answer in place of the page's part. */
async function post(form: HTMLFormElement): Promise<void> {
  const root = current();
  if (!root) return;
  const line = statusLine(root);
  if (line) line.textContent = form.dataset.councilPending ?? '';
  let html: string;
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
    });
    html = await response.text();
  } catch {
    if (line) line.textContent = form.dataset.councilFailed ?? '';
    return;
  }
  const next = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('[data-council-page]');
  if (!next) {
    if (line) line.textContent = form.dataset.councilFailed ?? '';
    return;
  }
  const code = new FormData(form).get('code');
  if (next.hasAttribute('data-signed-in') && typeof code === 'string') sessionStorage.setItem(STORAGE_KEY, code);
  else sessionStorage.removeItem(STORAGE_KEY);
  const placed = document.importNode(next, true);
  root.replaceWith(placed);
  // Where the rendered page puts the focus without JavaScript (autofocus), it goes here too.
  placed.querySelector<HTMLElement>('[autofocus]')?.focus();
}

if (location.pathname === paths.council) enhance();

function enhance(): void {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !current()?.contains(form)) return;
    event.preventDefault();
    void post(form);
  });

  document.addEventListener('click', (event) => {
    // Without JavaScript the link opens /rad/ afresh; the code is forgotten here as well.
    if ((event.target as Element).closest('[data-council-forget]')) sessionStorage.removeItem(STORAGE_KEY);
  });

  const kept = sessionStorage.getItem(STORAGE_KEY);
  const codeForm = current()?.querySelector<HTMLFormElement>('[data-council-form]');
  if (kept && codeForm && !codeForm.querySelector('[aria-invalid]')) {
    codeForm.querySelector<HTMLInputElement>('input[name="code"]')!.value = kept;
    void post(codeForm);
  }
}
