/**
 * «Publiser»: starts a publication and shows its stage in the server's words («I kø», «Bygger
 * nettsidene», «Nettsidene er oppdatert. Skriver ut boka», «Ferdig») with the time so far. The page
 * only reads the publication: the build moves it on, whether or not this page stays open. The
 * stage is announced when it changes; the time sits outside the live region, so it is not read out
 * every second.
 */
import type { PublicationStage, PublicationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api } from '../api.ts';
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
 * Publishes (every waiting change, or the articles `slugs` and facts `facts` named) and follows
 * the publication to its end; resolves as soon as readers have the change (`live`) or it failed,
 * while the print is followed on.
 */
export function publishAndFollow(
  api: Api,
  chosen: { slugs?: string[]; facts?: string[] } | undefined,
  status: HTMLElement,
): Promise<PublicationStatus> {
  const time = status.parentElement?.querySelector<HTMLElement>('[data-publish-time]') ?? null;
  return new Promise((resolve, reject) => {
    void (async () => {
      // One key per press: a request repeated after a lost answer gets the same publication.
      let answer = await api.json<PublicationAnswer>('POST', '/api/moderation/publish', chosen ?? {}, {
        'idempotency-key': crypto.randomUUID(),
      });
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
