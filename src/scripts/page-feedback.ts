/**
 * The page-feedback box (src/components/page-feedback.astro) without leaving the page: Ja or
 * Nei is sent at once and thanked for in place; «Vil du fortelle oss mer?» stays open, and a
 * comment written afterwards is sent with the answer's token so it joins that answer.
 * Without JavaScript the form posts normally. Fetched when the reader reaches for the box
 * (page-aids/feedback-on-use.ts), which hands over an answer sent before it arrived.
 */

interface Answer {
  useful: boolean;
  token: string;
}

export type FeedbackBox = { send(submitter: HTMLElement | null): Promise<void> };

export function enhanceFeedback(widget: HTMLElement, feedbackForm: HTMLFormElement): FeedbackBox {
  const part = (name: string) => widget.querySelector<HTMLElement>(`[data-page-feedback-${name}]`)!;
  const buttons = part('answer');
  const answered = part('answered');
  const more = part('more');
  const sendComment = part('send-comment');
  const commented = part('commented');
  const failed = part('failed');
  const comment = feedbackForm.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')!;
  const page = new FormData(feedbackForm).get('page')?.toString() ?? '';
  let answer: Answer | undefined;
  let sending = false;

  const post = async (body: Record<string, unknown>): Promise<{ answer?: string } | undefined> => {
    try {
      const response = await fetch(feedbackForm.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      return response.ok ? ((await response.json()) as { answer?: string }) : undefined;
    } catch {
      return undefined;
    }
  };

  const show = (note: HTMLElement) => {
    failed.classList.toggle('is-shown', note === failed);
    note.hidden = false;
    note.focus();
  };

  const send = async (submitter: HTMLElement | null) => {
    if (sending || answer) return;
    sending = true;
    const useful = (submitter as HTMLButtonElement | null)?.value === 'true';
    const text = comment.value.trim();
    const result = await post({ page, useful, ...(text ? { comment: comment.value } : {}) });
    sending = false;
    if (!result?.answer) return show(failed);
    answer = { useful, token: result.answer };
    buttons.hidden = true;
    if (text) {
      more.hidden = true;
      return show(commented);
    }
    sendComment.hidden = false;
    show(answered);
  };

  sendComment.addEventListener('click', async () => {
    if (sending || !answer) return;
    if (!comment.value.trim()) return comment.focus();
    sending = true;
    const result = await post({ page, useful: answer.useful, comment: comment.value, answer: answer.token });
    sending = false;
    if (!result) return show(failed);
    more.hidden = true;
    answered.hidden = true;
    show(commented);
  });

  return { send };
}
