/** Fills /svar-pa-forslag/ from /api/public/answers, newest first, with "Vis flere" for the next page. */
import type { PublicAnswer } from '../core/suggestions/types.ts';
import { fill } from '../core/text/fill.ts';
import { withKommune } from '../core/paths.ts';
import { renderAnswer, type PublicAnswerTexts } from './public-answers-render.ts';

const root = document.querySelector<HTMLElement>('[data-public-answers]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as PublicAnswerTexts;
  const articles = JSON.parse(root.dataset.articles ?? '{}') as Record<string, string>;
  const status = root.querySelector<HTMLElement>('[data-answers-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-answers-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-answers-more]')!;
  let cursor: string | undefined;
  let shown = 0;

  async function load(): Promise<void> {
    status.classList.remove('is-error');
    status.textContent = texts.loading;
    try {
      const response = await fetch(withKommune(`/api/public/answers?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
      if (!response.ok) throw new Error(String(response.status));
      const page = (await response.json()) as { items: PublicAnswer[]; nextCursor?: string };
      const first = list.children.length;
      list.append(...page.items.map((answer) => renderAnswer(answer, texts, articles)));
      shown += page.items.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      status.textContent = shown === 0 ? texts.none : fill(texts.count, { count: shown });
      // After "Vis flere", move on to the first new answer so keyboard and screen reader users continue there.
      const firstNew = list.children[first]?.querySelector('h2');
      if (first > 0 && firstNew) {
        firstNew.tabIndex = -1;
        firstNew.focus();
      }
    } catch {
      status.classList.add('is-error');
      status.textContent = texts.failed;
    }
  }

  more.addEventListener('click', () => void load());
  await load();
}
