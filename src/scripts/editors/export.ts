/** "Last ned CSV": the export with or without contact data, saved as a file. */
import { query, download, type Api } from './api.ts';
import { required } from './dom.ts';
import { showMessage } from './page.ts';
import { say } from './texts.ts';

export function wireExport(form: HTMLFormElement, api: Api): void {
  const message = required<HTMLElement>(form, '[data-export-message]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const contact = data.get('contact') === 'on';
    showMessage(message, say('export.making'));
    try {
      const file = await api.blob(
        `/api/moderation/export${query({ status: String(data.get('status') ?? ''), contact: contact || undefined })}`,
      );
      const today = new Date().toISOString().slice(0, 10);
      download(`forslag-${today}.csv`, file);
      showMessage(message, say(contact ? 'export.doneWithContact' : 'export.done'));
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  });
}
