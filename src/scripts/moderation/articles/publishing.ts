/** «Publiser»: starts a publication and follows it «I kø» → «Bygger» → «Publisert» (or «Feilet» with the reason). */
import type { PublicationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api } from '../api.ts';
import { showMessage } from '../page.ts';

type PublicationAnswer = { id: string; status: PublicationStatus; message?: string };

const POLL_MS = 1500;

export async function publishAndFollow(api: Api, slugs: string[] | undefined, status: HTMLElement): Promise<PublicationStatus> {
  let answer = await api.json<PublicationAnswer>('POST', '/api/moderation/publish', slugs ? { slugs } : {});
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
