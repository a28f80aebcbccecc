/**
 * «Publiser»: starts a publication and shows its stage in the server's words («I kø», «Bygger
 * nettsidene», «Nettsidene er oppdatert. Skriver ut boka», «Ferdig») with the time so far. The page
 * only reads the publication: the build moves it on, whether or not this page stays open. The
 * stage is announced when it changes; the time sits outside the live region, so it is not read out
 * every second. While a council has not answered about an article, the API asks first
 * («Eldrerådet har frist 15. desember. Publisere likevel?»): the question stays in the status with
 * «Publiser likevel» and «Avbryt», and only «Publiser likevel» publishes.
 */
import type { PublicationStage, PublicationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api, ApiError } from '../api.ts';
import { el } from '../dom.ts';
import { showMessage } from '../page.ts';

type PublicationAnswer = {
  id: string;
  status: PublicationStatus;
  stage: PublicationStage;
  stageText: string;
  elapsedSeconds: number;
  message?: string;
};

const POLL_MS = 1500;
const FINAL = new Set<PublicationStage>(['done', 'print-failed', 'failed']);

/** What to publish: articles, the kommune's facts, and (in a book of several kommuner) the request's kommune's local parts and own articles. */
type Chosen = { slugs?: string[]; facts?: string[]; localParts?: { slug: string; slot: string }[]; ownArticles?: string[] };

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

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? articleText('publishMinutes', { minutes, seconds: seconds % 60 }) : articleText('publishSeconds', { seconds });
}

function show(answer: PublicationAnswer, status: HTMLElement, time: HTMLElement | null, skipped: string | undefined): void {
  const stage = articleText('publishStage', { stage: answer.stageText });
  const text =
    answer.stage === 'failed'
      ? articleText('publishFailed', { message: answer.message ?? '' })
      : answer.stage === 'print-failed'
        ? [stage, answer.message].join(' ')
        : [stage, answer.status === 'live' ? articleText('publishLive') : '', skipped].filter(Boolean).join(' ');
  // Only a new stage is announced.
  if (status.textContent !== text) showMessage(status, text, answer.stage === 'failed');
  if (time) {
    time.hidden = false;
    time.textContent = articleText(FINAL.has(answer.stage) ? 'publishTimeTotal' : 'publishTimeSoFar', {
      time: duration(answer.elapsedSeconds),
    });
  }
}

/**
 * Asks for the publication, one Idempotency-Key per press (a request repeated after a lost answer
 * gets the same publication); when a council has not answered, asks the editor first and asks
 * again with `confirm` only after «Publiser likevel». Resolves the publication, or undefined when
 * the editor chose «Avbryt».
 */
async function requestPublication(
  api: Api,
  chosen: Chosen | undefined,
  status: HTMLElement,
  confirm = false,
): Promise<PublicationAnswer | undefined> {
  try {
    return await api.json<PublicationAnswer>(
      'POST',
      '/api/moderation/publish',
      { ...(chosen ?? {}), ...(confirm ? { confirm } : {}) },
      { 'idempotency-key': crypto.randomUUID() },
    );
  } catch (error) {
    // Known by its code: importing the ApiError class would load the page's texts, which tests of the editor lack.
    if ((error as Partial<ApiError> | undefined)?.code !== 'review-open') throw error;
    if (await askFirst(status, (error as ApiError).message)) return requestPublication(api, chosen, status, true);
    showMessage(status, articleText('publishCancelled'));
    return undefined;
  }
}

/**
 * Publishes (every waiting change, or the articles `slugs`, facts `facts` and local parts `localParts` named) and follows
 * the publication to its end; resolves as soon as readers have the change (`live`) or it failed,
 * while the print is followed on, or `cancelled` when the editor chose not to skip a council.
 */
export function publishAndFollow(api: Api, chosen: Chosen | undefined, status: HTMLElement): Promise<PublishOutcome> {
  const time = status.parentElement?.querySelector<HTMLElement>('[data-publish-time]') ?? null;
  return new Promise((resolve, reject) => {
    void (async () => {
      let answer = await requestPublication(api, chosen, status);
      if (!answer) return resolve('cancelled');
      const skipped = answer.message;
      for (;;) {
        show(answer, status, time, skipped);
        if (answer.status === 'live' || answer.status === 'failed') resolve(answer.status);
        if (FINAL.has(answer.stage)) return;
        await new Promise((wait) => setTimeout(wait, POLL_MS));
        answer = await api.json<PublicationAnswer>('GET', `/api/moderation/publish/${answer.id}`);
      }
    })().catch(reject);
  });
}
