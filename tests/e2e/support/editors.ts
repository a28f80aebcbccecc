import type { Page } from 'playwright-core';
import { EDITOR_NAME, type Site } from './use-site.ts';

/** Signs in on /redaksjon/ with the local password, as an editor does. */
export async function signInAsEditor(site: Site, page: Page): Promise<void> {
  await page.goto(`${site.baseUrl}/redaksjon/`);
  await page.getByLabel('Navnet ditt').fill(EDITOR_NAME);
  await page.getByLabel('Passord').fill(site.editorPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Logget inn som').waitFor();
}

/** A question sent through the API and answered publicly by an editor; returns its id. */
export async function seedPublicAnswer(site: Site, text: string, answer: string): Promise<string> {
  const created = await site.api('/api/suggestions', { method: 'POST', json: { kind: 'question', text } });
  if (created.status !== 201) throw new Error(`seedPublicAnswer: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const path = `/api/moderation/suggestions/${id}`;
  for (const decision of [
    { status: 'in-review', version: 1 },
    { status: 'accepted', version: 2, publicAnswer: answer, public: true },
  ]) {
    const response = await site.api(path, { method: 'PATCH', asEditor: true, json: decision });
    if (response.status !== 200) throw new Error(`seedPublicAnswer: ${response.status} ${await response.text()}`);
  }
  return id;
}
