/**
 * /rad/: asks for the council code, then lists the council's suggestions from
 * GET /api/council/suggestions. The code stays in this tab's sessionStorage only, so closing
 * the tab forgets it; «Glem koden» forgets it at once.
 */
import { paths } from '../core/paths.ts';
import type { CouncilSuggestion } from '../core/suggestions/council-item.ts';
import { followStage } from '../core/suggestions/public-status.ts';
import { fill } from '../core/text/fill.ts';
import type { CouncilPageTexts } from './council-page-texts.ts';
import { createCouncilReviews } from './council-reviews.ts';

const STORAGE_KEY = 'alderdommens-abc:radskode';
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

const root = document.querySelector<HTMLElement>('[data-council-page]');
if (root) start(root);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderItem(item: CouncilSuggestion, texts: CouncilPageTexts): HTMLLIElement {
  const li = element('li', 'council-item');
  li.append(element('h3', 'council-item__title', item.title ?? texts.kinds[item.kind]));
  const stage = followStage(item.status, item.changedPage !== undefined);
  const stageLine = element('p', 'follow-stage', texts.stages[stage]);
  if (stage === 'published' && item.changedPage) {
    const link = element('a', '', texts.pageLink);
    link.href = paths.article(item.changedPage);
    stageLine.append(' – ', link);
  }
  li.append(stageLine);
  const meta = [fill(texts.sent, { date: dateFormat.format(new Date(item.createdAt)) })];
  if (item.reference) meta.push(fill(texts.reference, { reference: item.reference }));
  li.append(element('p', 'hint', meta.join(' · ')));
  li.append(element('p', 'council-item__text', item.text));
  if (item.answer) li.append(element('p', 'council-item__answer', fill(texts.answer, { answer: item.answer })));
  return li;
}

function start(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as CouncilPageTexts;
  const form = root.querySelector<HTMLFormElement>('[data-council-form]')!;
  const field = form.querySelector<HTMLInputElement>('input')!;
  const error = root.querySelector<HTMLElement>('[data-council-error]')!;
  const status = root.querySelector<HTMLElement>('[data-council-status]')!;
  const result = root.querySelector<HTMLElement>('[data-council-result]')!;
  const heading = root.querySelector<HTMLElement>('[data-council-heading]')!;
  const list = root.querySelector<HTMLOListElement>('[data-council-list]')!;
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
  form.hidden = false;

  async function show(code: string): Promise<void> {
    error.hidden = true;
    field.removeAttribute('aria-invalid');
    status.textContent = texts.loading;
    try {
      const response = await fetch('/api/council/suggestions?limit=100', {
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
      await reviews.load();
      heading.textContent = fill(texts.heading, { council: body.council.name });
      list.replaceChildren(...body.items.map((item) => renderItem(item, texts)));
      status.textContent = body.items.length === 0 ? texts.none : fill(texts.count, { count: body.items.length });
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
  root.querySelector('[data-council-forget]')!.addEventListener('click', () => {
    sessionStorage.removeItem(STORAGE_KEY);
    councilCode = '';
    reviews.reset();
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
