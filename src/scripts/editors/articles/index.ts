/**
 * «Artikler» on the editors' page, with its own addresses so an editor can send a link:
 * #artikler (the list), #artikkel/<slug> (edit), #ny-artikkel (new), and ?forslag=<id> on
 * either to answer a suggestion with the change; #artikkel/<slug>?sokeord=<word> opens an article
 * with a word readers searched for added to its aliases (the insight's «Legg til som søkeord i …»),
 * kept only when the editor saves. In a book, #egen-artikkel/<slug> opens one of the kommune's own
 * articles and #ny-egen-artikkel a new one, in the same form (./own-articles.ts).
 */
import type { Api } from '../api.ts';
import { required } from '../dom.ts';
import { showMessage } from '../page.ts';
import { readContext } from './page-data.ts';
import { createArticleList } from './list.ts';
import { publishAndFollow } from './publishing.ts';

export type ArticleRoute =
  { view: 'list' } | { view: 'edit'; slug?: string; suggestionId?: string; alias?: string } | { view: 'own'; slug?: string };

/** The view an address asks for, or undefined when it is not one of the articles' addresses. */
export function articleRoute(hash: string): ArticleRoute | undefined {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  const suggestionId = query.get('forslag') ?? undefined;
  const alias = query.get('sokeord')?.trim() || undefined;
  if (path === 'artikler') return { view: 'list' };
  if (path === 'ny-egen-artikkel') return { view: 'own' };
  const ownSlug = /^egen-artikkel\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (ownSlug) return { view: 'own', slug: ownSlug };
  if (path === 'ny-artikkel') return { view: 'edit', ...(suggestionId ? { suggestionId } : {}) };
  const slug = /^artikkel\/([a-z0-9-]+)$/.exec(path)?.[1];
  return slug ? { view: 'edit', slug, ...(suggestionId ? { suggestionId } : {}), ...(alias ? { alias } : {}) } : undefined;
}

export function createArticles(section: HTMLElement, api: Api) {
  const listView = required<HTMLElement>(section, '[data-article-list-view]');
  const list = createArticleList(listView, api, section.dataset.ownKommune);
  const editorRoot = required<HTMLElement>(section, '[data-article-editor]');
  // The editor brings the MDX parser, the schema and the content rules: loaded when first opened.
  let editor:
    | Promise<{ open(slug: string | undefined, suggestionId?: string, alias?: string, own?: boolean): Promise<void>; close(): void }>
    | undefined;
  const loadEditor = () =>
    (editor ??= import('./editor.ts').then((module) =>
      module.createArticleEditor(editorRoot, api, readContext(section), () => void list.load(), section.dataset.ownKommune),
    ));
  const publishAll = required<HTMLButtonElement>(listView, '[data-publish-all]');
  const publishStatus = required<HTMLElement>(listView, '[data-publish-status]');

  publishAll.addEventListener('click', async () => {
    publishAll.disabled = true;
    try {
      await publishAndFollow(api, undefined, publishStatus);
      await list.load();
    } catch (error) {
      showMessage(publishStatus, (error as Error).message, true);
    } finally {
      publishAll.disabled = false;
    }
  });

  /** Shows the view the address asks for; resolves false when the address is not an article address. */
  async function route(hash: string): Promise<boolean> {
    const target = articleRoute(hash);
    if (!target) return false;
    if (target.view === 'list') {
      editorRoot.hidden = true;
      listView.hidden = false;
      return true;
    }
    // Only the national editor may change the national text: a kommune's editor stays on the list, which says so.
    // The kommune's own articles are its editors' to write.
    if (target.view === 'edit' && !list.editable()) {
      listView.hidden = false;
      return true;
    }
    listView.hidden = true;
    try {
      const editor = await loadEditor();
      if (target.view === 'own') await editor.open(target.slug, undefined, undefined, true);
      else await editor.open(target.slug, target.suggestionId, target.alias);
    } catch (error) {
      editorRoot.hidden = true;
      listView.hidden = false;
      showMessage(required<HTMLElement>(listView, '[data-articles-message]'), (error as Error).message, true);
    }
    return true;
  }

  return { load: () => list.load(), route };
}
