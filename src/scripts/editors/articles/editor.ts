/**
 * The article form: fields for a non-technical editor, the body in Markdown with buttons for the
 * local-fact components, the same content rules as `npm run lint:content` while typing, a
 * preview, saving (409 keeps the text), revisions with a diff and restore, and retiring. In a
 * nynorsk kommune the text is the nynorsk one, with the bokmål readers get beside it (read-only,
 * and what changed since the version the nynorsk follows) and «Oppdatert etter bokmålsteksten».
 * In a book the same form writes the kommune's own articles (./own-articles.ts): read, saved and
 * published through their own routes; a new one's taken address is the API's error beside the field.
 */
import './zod-without-eval.ts';
import { diffLines } from 'diff';
import { fieldsOf, sourceOf, type ArticleFields } from '../../../core/articles/article-form.ts';
import { checkArticle, type ArticleProblem } from '../../../core/articles/check-article.ts';
import type { ArticleRevision, TranslationStatus } from '../../../core/articles/types.ts';
import { activeLanguage } from '../../../core/text/language.ts';
import { lintDraft } from '../../../core/content-lint.ts';
import { SLUG_PATTERN } from '../../../core/slug.ts';
import { articleText } from '../../../core/text/articles.ts';
import { ApiError, type Api } from '../api.ts';
import { el, formatDateTime, required } from '../dom.ts';
import { showMessage } from '../page.ts';
import type { EditorContext } from './page-data.ts';
import { createFormControls } from './form-controls.ts';
import { publishAndFollow } from './publishing.ts';
import { articleCalls } from './own-articles.ts';
import { createReviewPanel } from './reviews.ts';

type Loaded = { slug: string; source: string; version: number; liveVersion: number; bokmal?: TranslationStatus & { source: string } };
type Suggestion = { id: string; kind: string; text: string; title?: string; topic?: string };

const LINT_DELAY_MS = 400;

/** `ownKommune`: the name of the kommune whose page this is, in a book only; its own articles use this form too. */
export function createArticleEditor(root: HTMLElement, api: Api, context: EditorContext, onChanged: () => void, ownKommune?: string) {
  const form = required<HTMLFormElement>(root, '[data-article-form]');
  const heading = required<HTMLElement>(root, '[data-editor-heading]');
  const address = required<HTMLElement>(root, '[data-editor-address]');
  const body = required<HTMLTextAreaElement>(form, '[name="body"]');
  const lintPanel = required<HTMLElement>(form, '.lint-panel');
  const lintSummary = required<HTMLElement>(form, '[data-lint-summary]');
  const lintList = required<HTMLElement>(form, '[data-lint-list]');
  const saveMessage = required<HTMLElement>(form, '[data-save-message]');
  const publishOne = required<HTMLButtonElement>(form, '[data-publish-one]');
  const publishStatus = required<HTMLElement>(form, '[data-publish-one-status]');
  const preview = required<HTMLDetailsElement>(root, '[data-preview]');
  const previewPage = required<HTMLElement>(root, '[data-preview-page]');
  const beside = required<HTMLElement>(root, '[data-suggestion-beside]');
  const revisionList = required<HTMLElement>(root, '[data-revision-list]');
  const diff = required<HTMLElement>(root, '[data-diff]');
  const retireSection = required<HTMLElement>(root, '[data-retire-section]');
  const replacement = required<HTMLSelectElement>(root, '[data-retire-replacement]');
  const input = <T extends HTMLElement = HTMLInputElement>(name: string) => required<T>(form, `[name="${name}"]`);
  const reviews = createReviewPanel(required<HTMLElement>(root, '[data-reviews-section]'), api);
  const controls = createFormControls(form, () => scheduleLint());
  const bokmal = required<HTMLElement>(root, '[data-bokmal-beside]');
  const followsBokmal = required<HTMLElement>(form, '[data-follows-bokmal-field]');
  const slugError = required<HTMLElement>(form, '[data-slug-error]');
  const ownHint = required<HTMLElement>(form, '[data-own-slug-hint]');

  let current: Loaded | undefined;
  let rest: Record<string, unknown> = {};
  let suggestionId: string | undefined;
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the form holds one of the kommune's own articles. */
  let own = false;

  const slug = () => current?.slug ?? input('slug').value.trim();
  const calls = (target: string) => articleCalls(target, own);

  /** The API's message about the address, beside the field; empty hides it. */
  function showSlugError(text: string): void {
    slugError.textContent = text;
    slugError.hidden = text === '';
    input('slug').toggleAttribute('aria-invalid', text !== '');
  }

  function fill(fields: ArticleFields): void {
    controls.fill(fields);
    body.value = fields.body;
    rest = fields.rest;
  }

  function readFields(): ArticleFields {
    return { ...controls.read(), body: body.value, rest };
  }

  function problemItems(problems: { line?: number; message: string }[]): HTMLElement[] {
    return problems.map((problem) =>
      el('li', {}, problem.line ? articleText('lintLine', { line: problem.line, message: problem.message }) : problem.message),
    );
  }

  /** The same rules as the server: the safe subset and schema first, then the content rules against the book. */
  function lint(): void {
    const source = sourceOf(readFields());
    const checked = checkArticle(source);
    const own = slug() || 'ny-artikkel';
    const problems: { line?: number; message: string }[] =
      checked.problems.length > 0
        ? checked.problems
        : lintDraft(own, source, context.book, {
            language: activeLanguage(),
            serviceIds: new Set(context.serviceIds),
            localFacts: context.localFacts,
            sitePaths: context.sitePaths,
          });
    lintPanel.classList.toggle('has-problems', problems.length > 0);
    lintSummary.textContent = problems.length > 0 ? articleText('lintProblems', { count: problems.length }) : articleText('lintOk');
    lintList.replaceChildren(...problemItems(problems));
    if (preview.open) void showPreview();
  }

  let previewRun = 0;

  /** The text as readers would see it, drawn by the server with the reader's page's own renderer; the newest asked for wins. */
  async function showPreview(): Promise<void> {
    const run = ++previewRun;
    try {
      const html = await api.text('POST', '/api/moderation/articles/preview', {
        source: sourceOf(readFields()),
        ...(current ? { slug: current.slug } : {}),
      });
      // The server renderer escapes every text of the source.
      if (run === previewRun) previewPage.innerHTML = html;
    } catch (error) {
      if (run === previewRun) previewPage.textContent = error instanceof Error ? error.message : String(error);
    }
  }

  function scheduleLint(): void {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(lint, LINT_DELAY_MS);
  }

  function insert(text: string): void {
    const start = body.selectionStart;
    const end = body.selectionEnd;
    body.setRangeText(text, start, end, 'end');
    body.focus();
    scheduleLint();
  }

  async function loadRevisions(): Promise<void> {
    diff.hidden = true;
    // The councils review the national text; an own article has no round, and its versions are read through its own route.
    void reviews.show(current && !own ? { slug: current.slug, version: current.version } : undefined);
    if (!current || own) return revisionList.replaceChildren();
    const { items } = await api
      .json<{ items: ArticleRevision[] }>('GET', `/api/moderation/articles/${current.slug}/revisions`)
      .catch(() => ({ items: [] }));
    if (items.length === 0) return revisionList.replaceChildren(el('li', {}, articleText('noRevisions')));
    revisionList.replaceChildren(
      ...items.map((revision) => {
        const show = el('button', { type: 'button', class: 'button--secondary' }, articleText('showDiff'));
        const restore = el('button', { type: 'button', class: 'button--secondary' }, articleText('restore'));
        show.addEventListener('click', () => void showDiff(revision));
        restore.addEventListener(
          'click',
          () =>
            void save({
              source: revision.source,
              restoredFrom: revision.version,
              note: articleText('restored', { version: revision.version, newVersion: (current?.version ?? 0) + 1 }),
            }),
        );
        const label =
          articleText('revision', { version: revision.version, date: formatDateTime(revision.at), actor: revision.actor }) +
          (revision.version === current?.liveVersion ? articleText('revisionLive') : '') +
          (revision.restoredFrom ? articleText('revisionRestored', { version: revision.restoredFrom }) : '') +
          (revision.retiredBy ? articleText('revisionRetired', { target: revision.retiredBy }) : '');
        return el(
          'li',
          {},
          label,
          revision.note ? el('span', { class: 'history__note' }, revision.note) : null,
          el('span', { class: 'editor-buttons' }, show, revision.version === current?.version ? null : restore),
        );
      }),
    );
  }

  async function showDiff(revision: ArticleRevision): Promise<void> {
    if (!current) return;
    const live = await api.json<{ source: string }>('GET', `/api/moderation/articles/${current.slug}?version=${current.liveVersion}`);
    required<HTMLElement>(diff, '[data-diff-heading]').textContent = articleText('diffHeading', { version: revision.version });
    required<HTMLElement>(diff, '[data-diff-lines]').replaceChildren(
      ...diffLines(live.source, revision.source).map((part) =>
        part.added ? el('ins', {}, part.value) : part.removed ? el('del', {}, part.value) : document.createTextNode(part.value),
      ),
    );
    diff.hidden = false;
    diff.focus();
  }

  async function save(overrides: { source?: string; restoredFrom?: number; retiredBy?: string; note?: string } = {}): Promise<void> {
    const target = slug();
    if (!current && !SLUG_PATTERN.test(target)) {
      showMessage(saveMessage, articleText('slugMissing'), true);
      input('slug').focus();
      return;
    }
    // A new own article's address is judged by the API, against the national text and the kommune's own.
    if (!current && !own && context.book.some((entry) => entry.slug === target)) {
      showMessage(saveMessage, articleText('slugTaken', { slug: target }), true);
      return;
    }
    const note = overrides.note ?? input('note').value.trim();
    showSlugError('');
    try {
      const saved = await api.json<{ version: number; problems: ArticleProblem[] }>('PUT', calls(target).save, {
        source: overrides.source ?? sourceOf(readFields()),
        version: current?.version ?? 0,
        ...(note ? { note } : {}),
        ...(suggestionId ? { suggestionId } : {}),
        ...(overrides.restoredFrom ? { restoredFrom: overrides.restoredFrom } : {}),
        ...(overrides.retiredBy ? { retiredBy: overrides.retiredBy } : {}),
        ...(current?.bokmal && input('followsBokmal').checked ? { followsBokmal: true } : {}),
      });
      const fresh = await api.json<Loaded>('GET', calls(target).read);
      current = fresh;
      if (overrides.source) fill(fieldsOf(fresh.source));
      // The server keeps a nynorsk text's `basedOn`, or sets it when the text follows the bokmål now.
      else if (fresh.bokmal) rest = fieldsOf(fresh.source).rest;
      input('note').value = '';
      setHeading();
      showBokmal();
      const text = overrides.retiredBy
        ? articleText('retired', { version: saved.version })
        : overrides.restoredFrom
          ? articleText('restored', { version: overrides.restoredFrom, newVersion: saved.version })
          : saved.problems.length > 0
            ? articleText('savedWithProblems', { version: saved.version })
            : articleText('saved', { version: saved.version });
      showMessage(saveMessage, text, saved.problems.length > 0);
      publishOne.hidden = false;
      lint();
      await loadRevisions();
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        return showMessage(saveMessage, articleText('conflict', { message: error.message }), true);
      if (error instanceof ApiError && error.code === 'invalid-article') {
        showMessage(saveMessage, articleText('invalid'), true);
        saveMessage.append(el('ul', {}, ...problemItems(error.problems)));
        return;
      }
      if (error instanceof ApiError && error.fields.slug && !current) {
        showSlugError(error.fields.slug);
        showMessage(saveMessage, error.message, true);
        input('slug').focus();
        return;
      }
      showMessage(saveMessage, [(error as Error).message, ...Object.values(error instanceof ApiError ? error.fields : {})].join(' '), true);
    }
  }

  /** The bokmål readers get, beside a nynorsk text (a bokmål kommune's form has none), and whether the nynorsk follows it. */
  function showBokmal(): void {
    const beside = current?.bokmal;
    root.classList.toggle('has-bokmal', beside !== undefined);
    bokmal.hidden = beside === undefined;
    followsBokmal.hidden = beside === undefined;
    input('followsBokmal').checked = false;
    if (!beside) return;
    required<HTMLTextAreaElement>(bokmal, '[data-bokmal-source]').value = beside.source;
    const older = beside.state === 'older';
    required<HTMLElement>(bokmal, '[data-bokmal-older]').hidden = !older;
    bokmal.toggleAttribute('data-translation-older', older);
    const changes = required<HTMLElement>(bokmal, '[data-bokmal-diff]');
    changes.hidden = !older;
    // diffHtml (src/core/articles/translation.ts) escapes every line of the text.
    if (beside.diff) changes.innerHTML = beside.diff;
    else changes.textContent = articleText('translation.diffUnknown');
  }

  function setHeading(): void {
    heading.textContent = current
      ? articleText('editHeading', { title: input('title').value })
      : own
        ? articleText('own.newHeading', { kommune: ownKommune ?? '' })
        : articleText('newHeading');
    address.textContent = current
      ? articleText('address', { path: `/${current.slug}/`, version: current.version })
      : articleText('addressNew');
    for (const element of form.querySelectorAll<HTMLElement>('[data-new-only]')) element.hidden = current !== undefined;
    ownHint.hidden = !own;
    // A nynorsk text is retired with its bokmål article, never on its own; an own article is not retired from this form.
    retireSection.hidden = current === undefined || current.bokmal !== undefined || own;
    publishOne.hidden = !current || current.version <= current.liveVersion;
  }

  async function showSuggestion(id: string | undefined): Promise<Suggestion | undefined> {
    suggestionId = id;
    root.classList.toggle('has-suggestion', id !== undefined);
    beside.hidden = id === undefined;
    if (!id) return undefined;
    const suggestion = await api.json<Suggestion>('GET', `/api/moderation/suggestions/${id}`);
    required<HTMLElement>(beside, '[data-beside-text]').textContent = [suggestion.title, suggestion.text].filter(Boolean).join('\n\n');
    return suggestion;
  }

  form.addEventListener('input', scheduleLint);
  form.addEventListener('change', scheduleLint);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  preview.addEventListener('toggle', () => {
    if (preview.open) void showPreview();
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-insert]')) {
    button.addEventListener('click', () => {
      const service = required<HTMLSelectElement>(form, '[data-insert-service]').value;
      const show = required<HTMLSelectElement>(form, '[data-insert-kommune]').value;
      if (button.dataset.insert === 'card') insert(`\n<Local service="${service}" />\n`);
      else if (button.dataset.insert === 'phone') insert(`<Local service="${service}" show="phone" />`);
      else insert(`<Kommune show="${show}" />`);
    });
  }
  publishOne.addEventListener('click', async () => {
    if (!current) return;
    publishOne.disabled = true;
    try {
      if ((await publishAndFollow(api, calls(current.slug).publish, publishStatus)) === 'live') {
        current = await api.json<Loaded>('GET', calls(current.slug).read);
        setHeading();
        await loadRevisions();
        onChanged();
      }
    } catch (error) {
      showMessage(publishStatus, (error as Error).message, true);
    } finally {
      publishOne.disabled = false;
    }
  });
  required<HTMLButtonElement>(root, '[data-retire]').addEventListener('click', () => {
    if (!replacement.value) return showMessage(saveMessage, articleText('retireChoose'), true);
    if (current) void save({ source: current.source, retiredBy: replacement.value });
  });

  return {
    /**
     * Opens an article (or a new one when `articleSlug` is undefined), optionally answering a
     * suggestion, or with `alias` – a word readers searched for – added to its aliases, unsaved;
     * `ownArticle`: one of the kommune's own articles (or a new one).
     */
    async open(articleSlug: string | undefined, suggestion?: string, alias?: string, ownArticle = false): Promise<void> {
      own = ownArticle;
      showSlugError('');
      showMessage(saveMessage, '');
      showMessage(publishStatus, '');
      required<HTMLElement>(form, '[data-publish-time]').hidden = true;
      input('note').value = '';
      current = articleSlug ? await api.json<Loaded>('GET', calls(articleSlug).read) : undefined;
      const fields = fieldsOf(current?.source ?? '');
      if (!current) {
        input('slug').value = '';
        fields.reviewed = new Date().toISOString().slice(0, 10);
      }
      const answered = await showSuggestion(suggestion);
      if (!current && answered) fields.title = answered.title ?? '';
      const newAlias =
        alias !== undefined && !fields.aliases.some((known) => known.toLocaleLowerCase('nb') === alias.toLocaleLowerCase('nb'));
      if (newAlias) fields.aliases = [...fields.aliases, alias];
      fill(fields);
      showBokmal();
      if (alias !== undefined) {
        if (newAlias) input('note').value = articleText('aliasNote', { word: alias });
        showMessage(saveMessage, articleText(newAlias ? 'aliasAdded' : 'aliasKnown', { word: alias }));
      }
      setHeading();
      lint();
      await loadRevisions();
      root.hidden = false;
      root.focus();
    },
    close(): void {
      root.hidden = true;
    },
  };
}
