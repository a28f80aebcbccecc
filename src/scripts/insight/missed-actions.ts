/**
 * From a missed search to work: «Lag forslag om nytt tema» files a new-topic suggestion in the
 * queue (registered as coming from «søk»), and «Legg til som søkeord i …» opens the article editor
 * with the word added to that article's aliases, kept only when the editor saves.
 */
import type { MissedSearch } from '../../core/insight/model.ts';
import { paths } from '../../core/paths.ts';
import type { Api } from '../editors/api.ts';
import { el } from '../editors/dom.ts';
import { showMessage, type Article } from '../editors/page.ts';
import { say } from './texts.ts';

export type PeriodWords = { from: string; to: string };

/** The cell of actions beside one missed search. `index` makes its field ids unique on the page. */
export function missedActions(
  search: MissedSearch,
  index: number,
  context: { api: Api; articles: readonly Article[]; period: PeriodWords; message: HTMLElement },
): HTMLElement {
  const suggest = el('button', { type: 'button', class: 'button--secondary' }, say('missed.suggest'));
  suggest.addEventListener('click', async () => {
    suggest.disabled = true;
    try {
      const created = await context.api.json<{ id: string; reference?: string }>('POST', '/api/moderation/suggestions', {
        kind: 'new-topic',
        channel: 'search',
        title: say('missed.suggestTitle', { q: search.q }),
        text: say('missed.suggestText', { ...search, ...context.period }),
      });
      context.message.replaceChildren(
        say('missed.suggested', { reference: created.reference ?? '', q: search.q }),
        ' ',
        el('a', { href: paths.editorsSuggestion(created.id) }, say('missed.openSuggestion')),
      );
      context.message.classList.remove('is-error');
    } catch (error) {
      suggest.disabled = false;
      showMessage(context.message, (error as Error).message, true);
    }
  });

  const selectId = `insight-alias-${index}`;
  const select = el(
    'select',
    { id: selectId, name: 'slug' },
    el('option', { value: '' }, say('missed.aliasChoose')),
    ...context.articles.map((article) => el('option', { value: article.slug }, article.title)),
  );
  const alias = el(
    'form',
    { class: 'insight-alias' },
    el('label', { for: selectId }, say('missed.aliasLabel', { q: search.q })),
    select,
    el('button', { type: 'submit', class: 'button--secondary' }, say('missed.aliasButton')),
  );
  alias.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!select.value) {
      showMessage(context.message, say('missed.aliasMissing'), true);
      select.focus();
      return;
    }
    location.assign(paths.editorsArticleWithAlias(select.value, search.q));
  });

  return el('td', { class: 'insight-actions' }, el('p', {}, suggest), alias);
}
