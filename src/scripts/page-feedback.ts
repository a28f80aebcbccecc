/**
 * Sends the page-feedback form (src/components/page-feedback.astro) without leaving the page,
 * then shows the thanks in place of the form. Without JavaScript the form posts normally.
 */
const widget = document.querySelector<HTMLElement>('[data-page-feedback]');
const feedbackForm = widget?.querySelector<HTMLFormElement>('[data-page-feedback-form]');

if (widget && feedbackForm) {
  const thanks = widget.querySelector<HTMLElement>('[data-page-feedback-thanks]')!;
  const failed = widget.querySelector<HTMLElement>('[data-page-feedback-failed]')!;
  let sending = false;

  feedbackForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    const button = event.submitter as HTMLButtonElement | null;
    const data = new FormData(feedbackForm);
    const comment = String(data.get('comment') ?? '');
    const body = { page: String(data.get('page') ?? ''), useful: button?.value === 'true', ...(comment.trim() !== '' ? { comment } : {}) };
    let shown: HTMLElement = failed;
    try {
      const response = await fetch(feedbackForm.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.ok) shown = thanks;
    } catch {
      shown = failed;
    } finally {
      sending = false;
    }
    failed.classList.remove('is-shown');
    shown.classList.add('is-shown');
    shown.focus();
  });
}
