import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

const open = (path: string, javaScriptEnabled: boolean) => site.open(path, { javaScriptEnabled });

type StoredSuggestion = { id: string; text: string; kind: string; topic?: string; hasContact: boolean };

/** What the editors' queue holds with this text (other files share the server, so never "the newest"). */
async function storedWithText(text: string): Promise<StoredSuggestion[]> {
  const response = await site.api('/api/moderation/suggestions?status=new&limit=100', { asEditor: true });
  const { items } = (await response.json()) as { items: StoredSuggestion[] };
  return items.filter((item) => item.text === text);
}

type PageFeedback = { yes: number; no: number; items: { comment?: string }[] };

async function feedbackOn(page: string): Promise<PageFeedback> {
  const response = await site.api(`/api/moderation/feedback/page?page=${encodeURIComponent(page)}`, { asEditor: true });
  return (await response.json()) as PageFeedback;
}

describe('the suggestion form without JavaScript', () => {
  it('posts the plain form and lands on the thank-you page with the suggestion stored', async () => {
    const page = await open('/foresla/', false);
    await page.getByLabel('Noe er feil eller mangler').check();
    await page.getByLabel('Hvilken side gjelder det?').selectOption('sykehjem');
    const text = 'Åpningstidene for besøk står ikke på siden. 👵🏽 <b>';
    await page.getByLabel('Hva vil du foreslå?').fill(text);
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL(/\/api\/foresla\/takk\?id=[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Takk for forslaget');
    expect(await storedWithText(text)).toEqual([expect.objectContaining({ kind: 'correction', topic: 'sykehjem', text })]);
  });

  it('comes back with the error beside the field and at the top, and Back gives the text again', async () => {
    const page = await open('/foresla/', false);
    await page.getByLabel('Et spørsmål').check();
    await page.getByLabel('Hva vil du foreslå?').fill('Et spørsmål fra Eldrerådet om trygghetsalarm');
    await page.getByText('Sender du inn på vegne av et råd?').click();
    await page.getByLabel('Rådskode').fill('FEIL-KODE-1234');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL('**/foresla/?feil=councilCode#feil-councilCode');
    expect(await page.locator('#feil-councilCode').isVisible()).toBe(true);
    expect(await page.locator('#feilsammendrag').isVisible()).toBe(true);
    expect(await page.locator('#feilsammendrag').textContent()).toContain('Tilbake-knappen');
    await page.goBack();
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe('Et spørsmål fra Eldrerådet om trygghetsalarm');
  });

  it('shows the general note when the server could not take it', async () => {
    const page = await open('/foresla/?feil=teknisk#feil-teknisk', false);
    expect(await page.locator('#feil-teknisk').isVisible()).toBe(true);
    expect(await page.locator('#feil-text').isVisible()).toBe(false);
    // axe runs as page script, so the same :target state is checked with JavaScript on.
    const enabled = await open('/foresla/?feil=councilCode#feil-councilCode', true);
    expect(await enabled.locator('#feil-councilCode').isVisible()).toBe(true);
    await expectNoAxeViolations(enabled);
  });
});

describe('the suggestion form with JavaScript', () => {
  it('is filled in from ?tema, ?type and ?tekst', async () => {
    const page = await open(`/foresla/?tema=sykehjem&type=question&tekst=${encodeURIComponent('Hvor lang er ventetiden?')}`, true);
    expect(await page.getByLabel('Hvilken side gjelder det?').inputValue()).toBe('sykehjem');
    expect(await page.getByLabel('Et spørsmål').isChecked()).toBe(true);
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe('Hvor lang er ventetiden?');
    await expectNoAxeViolations(page);
  });

  it('shows errors beside the fields and a summary at the top, without leaving the page', async () => {
    const page = await open('/foresla/', true);
    await page.getByLabel('Hva vil du foreslå?').fill('kort');
    await page.getByLabel('E-post', { exact: true }).fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.locator('#feilsammendrag.is-shown').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feilsammendrag');
    expect(await page.locator('#feilsammendrag li').allTextContents()).toHaveLength(3);
    const text = page.getByLabel('Hva vil du foreslå?');
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await text.getAttribute('aria-describedby')).toContain('feil-text');
    expect(await page.locator('#feil-text').textContent()).toContain('minst 10 tegn');
    expect(await page.locator('#feil-email').isVisible()).toBe(true);
    expect(await text.inputValue()).toBe('kort');
    await expectNoAxeViolations(page);
  });

  it('keeps the draft when the API answers 503, says what to do, and sends it once the API is back', async () => {
    const page = await open('/foresla/', true);
    const context = page.context();
    await context.route('**/api/suggestions', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'storage-unavailable', message: 'Prøv igjen.' } }),
      }),
    );
    const text = 'Jeg har skrevet lenge om hvordan det er å søke om sykehjemsplass for mannen min.';
    await page.getByLabel('Et nytt tema').check();
    await page.getByLabel('Hva vil du foreslå?').fill(text);
    await page.getByLabel('Navn', { exact: true }).fill('Kari');
    await page.locator('#publishText').check();
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    const status = page.locator('[data-send-status]');
    await status.filter({ hasText: 'tatt vare på' }).waitFor();
    expect(await status.textContent()).toMatch(/Prøv å sende igjen/);

    await page.reload();
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe(text);
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Kari');
    expect(await page.getByLabel('Et nytt tema').isChecked()).toBe(true);
    // The consent is part of what she wrote: kept with the draft, never silently dropped.
    expect(await page.locator('#publishText').isChecked()).toBe(true);
    expect(await page.locator('[data-draft-note]').isVisible()).toBe(true);

    await context.route('**/api/suggestions', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await status.filter({ hasText: 'internett' }).waitFor();

    await context.unroute('**/api/suggestions');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL(/\/api\/foresla\/takk\?id=[0-9a-f-]{36}$/);
    expect(await page.evaluate(() => localStorage.getItem('alderdommens-abc:forslag-utkast'))).toBeNull();
    expect(await storedWithText(text)).toEqual([expect.objectContaining({ kind: 'new-topic', text, hasContact: true })]);
    await expectNoAxeViolations(page);
  });

  it('stores a retried submission once, thanks to the Idempotency-Key kept with the draft', async () => {
    const page = await open('/foresla/', true);
    const context = page.context();
    let answered = 0;
    // The first answer is lost on the way back: the server stored it, the browser saw a failure.
    await context.route('**/api/suggestions', async (route) => {
      const response = await route.fetch();
      answered += 1;
      if (answered === 1) await route.abort('connectionreset');
      else await route.fulfill({ response });
    });
    const text = 'Et forslag som ble sendt to ganger fordi nettet falt ut.';
    await page.getByLabel('Et spørsmål').check();
    await page.getByLabel('Hva vil du foreslå?').fill(text);
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.locator('[data-send-status]').filter({ hasText: 'internett' }).waitFor();
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL(/\/api\/foresla\/takk\?id=[0-9a-f-]{36}$/);
    expect(await storedWithText(text)).toHaveLength(1);
  });
});

/** Every article ends with the widget; this one is also the CSP test's article. */
const ARTICLE = '/sykehjem/';

describe('the page feedback widget at the end of an article', () => {
  it('records Ja/Nei without JavaScript and comes back to the page with thanks', async () => {
    const before = await feedbackOn(ARTICLE);
    const page = await open(ARTICLE, false);
    await page.getByLabel('Vil du fortelle oss mer? (valgfritt)').fill('Savner priser på korttidsopphold');
    await page.getByRole('button', { name: 'Nei', exact: true }).click();
    await page.waitForURL(`**${ARTICLE}#takk-for-tilbakemeldingen`);
    expect(await page.locator('#takk-for-tilbakemeldingen').isVisible()).toBe(true);
    const after = await feedbackOn(ARTICLE);
    expect(after).toMatchObject({ yes: before.yes, no: before.no + 1 });
    expect(after.items[0]?.comment).toBe('Savner priser på korttidsopphold');
  });

  it('records it in the background with JavaScript and thanks in place', async () => {
    const before = await feedbackOn(ARTICLE);
    const page = await open(ARTICLE, true);
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await page.locator('[data-page-feedback-answered]').waitFor();
    expect(page.url()).toBe(site.baseUrl + ARTICLE);
    expect(await feedbackOn(ARTICLE)).toMatchObject({ yes: before.yes + 1, no: before.no });
    await expectNoAxeViolations(page);
  });
});
