/**
 * The editors' page (src/pages/redaksjon/index.astro): signs the editor in, then wires the
 * queue, the detail view, councils, page feedback and the export to the moderation API.
 */
import type { EditorAuthConfig } from '../core/schemas/editor-auth.ts';
import { say } from './editors/texts.ts';
import { createApi } from './editors/api.ts';
import { createCouncils } from './editors/councils.ts';
import { createDetail } from './editors/detail.ts';
import { required } from './editors/dom.ts';
import { wireExport } from './editors/export.ts';
import { createFeedback } from './editors/feedback.ts';
import { readArticles, showMessage } from './editors/page.ts';
import { createQueue } from './editors/queue.ts';
import { createRegister } from './editors/register.ts';
import { createMailList } from './editors/mail.ts';
import { createArticles } from './editors/articles/index.ts';
import { createReviewNews } from './editors/review-news.ts';
import { createOrders } from './editors/orders.ts';
import {
  completeOidcSignIn,
  currentSession,
  loadAuthConfig,
  signInLocally,
  signOut,
  startOidcSignIn,
  type Session,
} from './editors/session.ts';

const root = document.querySelector<HTMLElement>('[data-moderation]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const loading = required<HTMLElement>(root, '[data-loading]');
  const signIn = required<HTMLElement>(root, '[data-signin]');
  const signInMessage = required<HTMLElement>(root, '[data-signin-message]');
  const app = required<HTMLElement>(root, '[data-app]');
  const articles = readArticles(root);
  let session: Session | undefined;
  let config: EditorAuthConfig | undefined;

  function showSignIn(message = ''): void {
    session = undefined;
    app.hidden = true;
    signIn.hidden = false;
    showMessage(signInMessage, message, message !== '');
  }

  const api = createApi({
    token: () => session?.token,
    onUnauthorized: (message) => {
      signOut(undefined);
      showSignIn(message);
    },
  });

  const queueRoot = required<HTMLElement>(root, '[data-queue]');
  const queue = createQueue(queueRoot, api, articles, (id) => void openDetail(id));
  const detail = createDetail(required<HTMLElement>(root, '[data-detail]'), {
    api,
    articles,
    eraseDialog: required<HTMLDialogElement>(document, '[data-erase-dialog]'),
    onClose: (changed) => {
      queue.show();
      if (changed) void Promise.all([queue.load(), queue.refreshCounts()]);
      queueRoot.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
    },
  });
  const register = createRegister(
    required<HTMLElement>(root, '[data-register]'),
    api,
    () => void Promise.all([queue.load(), queue.refreshCounts()]),
  );
  const councils = createCouncils(
    required<HTMLElement>(root, '[data-councils]'),
    api,
    required<HTMLSelectElement>(root, '[data-council-filter]'),
    (items) => register.setCouncils(items),
  );
  const mailList = createMailList(required<HTMLElement>(root, '[data-mail]'), api);
  const orders = createOrders(required<HTMLElement>(root, '[data-orders]'), api);
  const feedback = createFeedback(required<HTMLElement>(root, '[data-feedback]'), api, articles);
  wireExport(required<HTMLFormElement>(root, '[data-export]'), api);
  const articleSection = createArticles(required<HTMLElement>(root, '[data-articles-section]'), api);
  const reviewNews = createReviewNews(root, api);

  /** Deep links: #forslag/<id> opens a suggestion, the articles' own addresses open the editor. */
  async function followAddress(): Promise<void> {
    if (!session) return;
    const suggestion = /^#forslag\/([\w-]{1,64})$/.exec(location.hash)?.[1];
    if (suggestion) return openDetail(suggestion);
    await articleSection.route(location.hash);
  }
  window.addEventListener('hashchange', () => void followAddress());

  async function openDetail(id: string): Promise<void> {
    try {
      queue.hide();
      await detail.open(id);
      if (location.hash !== `#forslag/${id}`) history.replaceState(null, '', `#forslag/${id}`);
    } catch (error) {
      queue.show();
      showMessage(required<HTMLElement>(root, '[data-queue-message]'), (error as Error).message, true);
    }
  }

  function showApp(current: Session): void {
    session = current;
    signIn.hidden = true;
    app.hidden = false;
    required<HTMLElement>(root, '[data-user-name]').textContent = current.name;
    detail.close();
    queue.show();
    void Promise.all([
      queue.load(),
      queue.refreshCounts(),
      councils.load(),
      feedback.load(),
      mailList.load(),
      orders.load(),
      articleSection.load(),
      reviewNews.load(),
      followAddress(),
    ]);
  }

  required<HTMLButtonElement>(root, '[data-signout]').addEventListener('click', () => {
    signOut(config);
    showSignIn(say('session.signedOut'));
  });

  try {
    config = await loadAuthConfig();
    loading.hidden = true;
    if (config.provider === 'oidc') {
      const oidc = config;
      required<HTMLElement>(root, '[data-oidc-signin]').hidden = false;
      required<HTMLButtonElement>(root, '[data-oidc-button]').addEventListener('click', () => void startOidcSignIn(oidc));
      const returned = await completeOidcSignIn(oidc).catch((error: Error) => {
        showSignIn(error.message);
        return undefined;
      });
      if (returned) return showApp(returned);
    } else {
      const local = config;
      const form = required<HTMLFormElement>(root, '[data-local-signin]');
      form.hidden = false;
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const data = new FormData(form);
        try {
          const field = (name: string) => {
            const value = data.get(name);
            return typeof value === 'string' ? value : undefined;
          };
          showApp(
            await signInLocally(local, {
              name: field('name') ?? '',
              password: field('password') ?? '',
              ...(field('kommune') ? { kommune: field('kommune')! } : {}),
              ...(field('role') ? { role: field('role')! } : {}),
            }),
          );
          queueRoot.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
        } catch (error) {
          showSignIn((error as Error).message);
        }
      });
    }
    const existing = currentSession();
    if (existing) showApp(existing);
    else if (signIn.hidden) showSignIn();
  } catch (error) {
    loading.hidden = true;
    showSignIn((error as Error).message);
  }
}
