/**
 * «Publiser»: starts a publication and follows it «I kø» → «Bygger» → «Publisert» (or «Feilet» with
 * the reason). While a council has not answered about an article, the API asks first
 * («Eldrerådet har frist 15. desember. Publisere likevel?»): the question stays in the status with
 * «Publiser likevel» and «Avbryt», and only «Publiser likevel» publishes.
 */
import type { PublicationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api, ApiError } from '../api.ts';
import { el } from '../dom.ts';
import { showMessage } from '../page.ts';

type PublicationAnswer = { id: string; status: PublicationStatus; message?: string };

const POLL_MS = 1500;

/** What came of «Publiser»: the publication's end state, or `cancelled` when the editor chose not to skip a council. */
export type PublishOutcome = PublicationStatus | 'cancelled';

/** Puts the API's question in the status with the two answers; resolves whether the editor chose to publish anyway. */
function askFirst(status: HTMLElement, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const anyway = el('button', { type: 'button' }, articleText('publishAnyway'));
    const cancel = el('button', { type: 'button', class: 'button--secondary' }, articleText('publishCancel'));
    showMessage(status, question, true);
    status.append(' ', el('span', { class: 'editor-buttons' }, anyway, cancel));
    anyway.addEventListener('click', () => resolve(true), { once: true });
    cancel.addEventListener('click', () => resolve(false), { once: true });
    anyway.focus();
  });
}

export async function publishAndFollow(
  api: Api,
  slugs: string[] | undefined,
  status: HTMLElement,
  confirm = false,
): Promise<PublishOutcome> {
  let answer: PublicationAnswer;
  try {
    answer = await api.json<PublicationAnswer>('POST', '/api/moderation/publish', {
      ...(slugs ? { slugs } : {}),
      ...(confirm ? { confirm } : {}),
    });
  } catch (error) {
    // Known by its code: importing the ApiError class would load the page's texts, which tests of the editor lack.
    if ((error as Partial<ApiError> | undefined)?.code !== 'review-open') throw error;
    if (await askFirst(status, (error as ApiError).message)) return publishAndFollow(api, slugs, status, true);
    showMessage(status, articleText('publishCancelled'));
    return 'cancelled';
  }
  const skipped = answer.message;
  for (;;) {
    if (answer.status === 'live') {
      showMessage(status, [articleText('publishLive'), skipped].filter(Boolean).join(' '));
      return answer.status;
    }
    if (answer.status === 'failed') {
      showMessage(status, articleText('publishFailed', { message: answer.message ?? '' }), true);
      return answer.status;
    }
    showMessage(
      status,
      [articleText('publishStatus', { status: articleText(`publishing.${answer.status}`) }), skipped].filter(Boolean).join(' '),
    );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    answer = await api.json<PublicationAnswer>('GET', `/api/moderation/publish/${answer.id}`);
  }
}
