import { STORAGE_KEYS } from '../../core/planning/storage-keys.ts';
import { readReadingList } from '../../core/planning/reading-list.ts';

/** Reads «Mine sider å lese»; an unreadable entry counts as an empty list. */
export function loadReadingList(): string[] {
  try {
    return readReadingList(JSON.parse(localStorage.getItem(STORAGE_KEYS.readingList) ?? '[]')) ?? [];
  } catch {
    return [];
  }
}

export function saveReadingList(slugs: readonly string[]): void {
  if (slugs.length === 0) localStorage.removeItem(STORAGE_KEYS.readingList);
  else localStorage.setItem(STORAGE_KEYS.readingList, JSON.stringify(slugs));
}

/** «Legg til i planen» on articles the plan links to: keeps the article on «Mine sider å lese». */
export function initPlanBookmark(root: ParentNode): void {
  const box = root.querySelector<HTMLElement>('[data-plan-add]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  const added = box?.querySelector<HTMLElement>('[data-plan-added]');
  const slug = box?.dataset.planAdd;
  if (!box || !button || !added || !slug) return;
  const show = () => {
    const isAdded = loadReadingList().includes(slug);
    button.hidden = isAdded;
    added.hidden = !isAdded;
  };
  button.addEventListener('click', () => {
    try {
      saveReadingList([...loadReadingList().filter((entry) => entry !== slug), slug]);
    } catch {
      return;
    }
    show();
    added.querySelector('a')?.focus();
  });
  show();
  box.hidden = false;
}
