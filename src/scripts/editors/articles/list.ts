/**
 * The «Artikler» list: every article, the overdue reviews first and counted. In a nynorsk kommune
 * each nynorsk text the bokmål has moved ahead of is marked «eldre enn bokmålsteksten» with the
 * bokmål's changes, and «Nynorsk må oppdaterast» lists the bokmål changes not followed yet. An
 * editor who may not change them (a kommune's editor in a book: the national editor edits them)
 * reads the list with a plain note instead of the controls to edit and publish.
 */
import { AREAS } from '../../../core/areas.ts';
import type { ArticleSummary, TranslationDueItem, TranslationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api } from '../api.ts';
import { el, formatDateTime, required } from '../dom.ts';
import { showMessage } from '../page.ts';

const areaTitle = (slug: string) => AREAS.find((area) => area.slug === slug)?.title ?? slug;
const date = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));

/** Overdue first (oldest «Neste gjennomgang» first), then the rest by title. */
export function orderArticles(items: ArticleSummary[], today: string): ArticleSummary[] {
  const overdue = (item: ArticleSummary) => !item.retiredBy && item.nextReview < today;
  return [...items].sort(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      (overdue(a) ? a.nextReview.localeCompare(b.nextReview) : a.title.localeCompare(b.title, 'nb')),
  );
}

/** «Eldre enn bokmålsteksten», with what changed in the bokmål since the version the nynorsk follows (HTML escaped by the server). */
export function olderMark(translation: TranslationStatus): HTMLElement {
  const changes = el('div', { class: 'bokmal-changes' });
  // diffHtml (src/core/articles/translation.ts) escapes every line of the text.
  if (translation.diff) changes.innerHTML = translation.diff;
  else changes.textContent = articleText('translation.diffUnknown');
  return el(
    'details',
    { class: 'translation-older', 'data-translation-older': true },
    el('summary', {}, articleText('translation.older')),
    el('p', { class: 'hint' }, articleText('translation.changesSince')),
    changes,
  );
}

export function createArticleList(root: HTMLElement, api: Api) {
  const rows = required<HTMLElement>(root, '[data-article-rows]');
  const summary = required<HTMLElement>(root, '[data-overdue-summary]');
  const message = required<HTMLElement>(root, '[data-articles-message]');
  const dueSection = required<HTMLElement>(root, '[data-translations-due]');
  const dueList = required<HTMLElement>(dueSection, '[data-translations-due-list]');
  const nationalOnly = required<HTMLElement>(root, '[data-national-only]');
  const editing = [...root.querySelectorAll<HTMLElement>('[data-article-editing]')];
  let items: ArticleSummary[] = [];
  let editable = true;

  function showEditable(value: boolean): void {
    editable = value;
    nationalOnly.hidden = value;
    for (const control of editing) control.hidden = !value;
  }

  /** «Nynorsk må oppdaterast»: each bokmål change, linked to the article's form (with the diff), until the nynorsk follows it. */
  function showDue(due: TranslationDueItem[] | undefined): void {
    dueSection.hidden = due === undefined;
    dueList.replaceChildren(
      ...(due?.length
        ? due.map((item) =>
            el(
              'li',
              { 'data-translation-due': item.slug },
              el('a', { href: `#artikkel/${item.slug}` }, item.title),
              ` – ${articleText('translation.dueChange', { version: item.version, date: formatDateTime(item.at) })}`,
            ),
          )
        : [el('li', {}, articleText('translation.noneDue'))]),
    );
  }

  async function load(): Promise<ArticleSummary[]> {
    try {
      const listed = await api.json<{ items: ArticleSummary[]; due?: TranslationDueItem[]; editable: boolean }>(
        'GET',
        '/api/moderation/articles',
      );
      items = listed.items;
      showEditable(listed.editable);
      showDue(listed.editable ? listed.due : undefined);
    } catch (error) {
      showMessage(message, articleText('loadFailed', { message: (error as Error).message }), true);
      return items;
    }
    showMessage(message, '');
    const today = new Date().toISOString().slice(0, 10);
    const ordered = orderArticles(items, today);
    const overdue = ordered.filter((item) => !item.retiredBy && item.nextReview < today).length;
    showMessage(
      summary,
      overdue > 0 ? articleText('overdue', { count: overdue, total: items.length }) : articleText('noneOverdue', { total: items.length }),
      overdue > 0,
    );
    rows.replaceChildren(
      ...ordered.map((item) => {
        const isOverdue = !item.retiredBy && item.nextReview < today;
        const state = item.retiredBy
          ? articleText('state.retired', { target: item.retiredBy })
          : item.draft
            ? articleText('state.draft')
            : articleText('state.published');
        return el(
          'tr',
          { 'data-article-row': item.slug },
          el('td', {}, editable ? el('a', { href: `#artikkel/${item.slug}` }, item.title) : item.title),
          el('td', {}, areaTitle(item.area)),
          el('td', {}, day(item.reviewed)),
          el(
            'td',
            { class: isOverdue ? 'is-overdue' : undefined },
            day(item.nextReview),
            isOverdue ? ` – ${articleText('state.overdue')}` : '',
          ),
          el('td', {}, state, item.translation?.state === 'older' ? olderMark(item.translation) : null),
        );
      }),
    );
    return items;
  }

  return { load, items: () => items, editable: () => editable };
}
