/**
 * The page-feedback box works as a plain form; its script (../page-feedback.ts) is fetched only
 * when the reader reaches for the box – a pointer over it, a touch, the focus inside – so a page
 * that is only read never loads it. An answer sent before it arrived waits for it, and if it
 * cannot be fetched (offline) the form is posted the plain way.
 */
import feedbackUrl from '../page-feedback.ts?lazy';
import type { FeedbackBox } from '../page-feedback.ts';

export function enhanceFeedbackOnUse(root: ParentNode): void {
  const widget = root.querySelector<HTMLElement>('[data-page-feedback]');
  const form = widget?.querySelector<HTMLFormElement>('[data-page-feedback-form]');
  if (!widget || !form) return;
  let box: Promise<FeedbackBox> | undefined;
  let plain = false;
  const load = () =>
    (box ??= import(/* @vite-ignore */ feedbackUrl).then(({ enhanceFeedback }: typeof import('../page-feedback.ts')) =>
      enhanceFeedback(widget, form),
    ));
  for (const type of ['pointerover', 'touchstart', 'focusin'])
    widget.addEventListener(type, () => void load(), { once: true, passive: true });
  form.addEventListener('submit', (event) => {
    if (plain) return;
    event.preventDefault();
    const submitter = event.submitter;
    load().then(
      (loaded) => loaded.send(submitter),
      () => {
        plain = true;
        form.requestSubmit(submitter as HTMLButtonElement | null);
      },
    );
  });
}
