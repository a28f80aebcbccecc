import { loadReadingList, saveReadingList } from '../page-aids/plan-bookmark.ts';
import { initToolPage } from './tool-page.ts';

/**
 * «Min plan for alderdommen»: one step at a time (the step in the address, so Back works), the
 * questions for the kommune gathered from the steps, and «Mine sider å lese».
 */
const root = document.querySelector<HTMLElement>('[data-tool="min-plan"]');
if (root) initMinPlan(root);

function initMinPlan(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const stepLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-step-link]')];

  const showStep = (id: string, focus: boolean) => {
    const current = steps.find((step) => step.id === id) ?? steps[0];
    for (const step of steps) step.hidden = step !== current;
    for (const link of stepLinks) {
      if (link.hash === `#${current?.id}`) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    if (focus) current?.querySelector<HTMLElement>('h2')?.focus();
  };
  for (const nav of root.querySelectorAll<HTMLElement>('[data-step-nav]')) nav.hidden = false;
  const hashStep = () => decodeURIComponent(location.hash.slice(1));
  window.addEventListener('hashchange', () => {
    if (steps.some((step) => step.id === hashStep())) showStep(hashStep(), true);
  });
  showStep(hashStep(), false);

  const questionList = root.querySelector<HTMLOListElement>('[data-questions]');
  const questionsEmpty = root.querySelector<HTMLElement>('[data-questions-empty]');
  const refreshQuestions = () => {
    if (!questionList || !questionsEmpty) return;
    const ticked = [...root.querySelectorAll<HTMLInputElement>('[data-ask]:checked')].map(
      (box) => box.labels?.[0]?.textContent?.trim() ?? '',
    );
    const own = [...root.querySelectorAll<HTMLInputElement>('[data-ask-own]')].map((field) => field.value.trim());
    const questions = [...ticked, ...own].filter((text) => text !== '');
    questionList.replaceChildren(...questions.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    questionList.hidden = questions.length === 0;
    questionsEmpty.hidden = questions.length > 0;
  };

  const reading = root.querySelector<HTMLElement>('[data-reading]');
  const refreshReading = () => {
    if (!reading) return;
    const list = loadReadingList();
    const items = [...reading.querySelectorAll<HTMLElement>('[data-reading-item]')];
    for (const item of items) item.hidden = !list.includes(item.dataset.readingItem ?? '');
    const empty = reading.querySelector<HTMLElement>('[data-reading-empty]');
    if (empty) empty.hidden = items.some((item) => !item.hidden);
  };
  reading?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-reading-remove]');
    if (!button) return;
    saveReadingList(loadReadingList().filter((slug) => slug !== button.dataset.readingRemove));
    refreshReading();
    reading.querySelector<HTMLElement>('h2')?.focus();
  });
  for (const part of root.querySelectorAll<HTMLElement>('[data-js-only]')) part.hidden = false;

  initToolPage(root, 'min-plan', {
    refresh: () => {
      refreshQuestions();
      refreshReading();
    },
    readingList: { load: loadReadingList, save: saveReadingList },
  });
}
