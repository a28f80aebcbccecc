/**
 * Issue 24 as the people in the loop meet it, on a 390 px phone, with and without JavaScript:
 * the citizen's receipt and the way back to her status, her words shown only with her consent,
 * and the councils' and editors' workspace. Every page checked is axe-clean.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutbox, type WrittenMail } from '../integration/support/outbox.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };

const phone = (javaScriptEnabled: boolean) => site.newPage({ javaScriptEnabled, viewport: PHONE });

/** axe needs scripts: the same address in a page that runs them. */
async function expectAccessible(url: string): Promise<void> {
  const page = await phone(true);
  await page.goto(url);
  await expectNoAxeViolations(page);
}

/** The correction a citizen sends from the form; resolves the reference the thank-you page shows. */
async function sendCorrection(
  page: Page,
  fields: { text: string; email?: string; phone?: string; notify?: boolean; publishText?: boolean },
): Promise<string> {
  await page.goto(`${site.baseUrl}/foresla/`);
  await page.getByLabel('Noe er feil eller mangler').check();
  await page.getByLabel('Hvilken side gjelder det?').selectOption('sykehjem');
  await page.getByLabel('Hva vil du foreslå?').fill(fields.text);
  if (fields.publishText) await page.getByLabel('Redaksjonen kan vise teksten din på nettsiden, uten navnet ditt').check();
  if (fields.email) await page.getByLabel('E-post', { exact: true }).fill(fields.email);
  if (fields.notify) await page.getByLabel('Send meg svar på e-post').check();
  if (fields.phone) await page.getByLabel('Telefon', { exact: true }).fill(fields.phone);
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await page.waitForURL(/\/api\/foresla\/takk\?id=/);
  return (await page.locator('[data-receipt] .reference').textContent())!;
}

/** True when the element's text sits on one line (a reference must never break at its hyphens). */
const onOneLine = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size === 1;
    });

async function receiptFor(reference: string): Promise<WrittenMail> {
  let receipt: WrittenMail | undefined;
  await expect
    .poll(() => (receipt = readOutbox(site.outboxDir).find((mail) => mail.subject === `Vi har fått forslaget ditt (${reference})`)), {
      timeout: 60_000,
      interval: 500,
    })
    .toBeDefined();
  return receipt!;
}

describe('the citizen on her phone', () => {
  it.each([false, true])(
    'gets the reference from storage, a receipt e-mail within a minute, and its link opens her status at the top (JavaScript: %s)',
    async (javaScriptEnabled) => {
      const page = await phone(javaScriptEnabled);
      const reference = await sendCorrection(page, {
        text: `Min venninne måtte dele rom på sykehjemmet (${Math.random()}).`,
        email: 'kari.nordmann@example.no',
        notify: true,
      });
      expect(reference).toMatch(/^F-\d{4}-\d{4}$/);
      expect(await onOneLine(page, '[data-receipt] .reference')).toBe(true);
      expect(await page.locator('[data-receipt-email="answers"]').isVisible()).toBe(true);
      const follow = page.locator('[data-receipt]').getByRole('link', { name: 'Følg forslaget ditt' });
      expect(await follow.getAttribute('href')).toBe(`/api/folg?referanse=${reference}`);
      await expectAccessible(page.url());

      const receipt = await receiptFor(reference);
      expect(receipt.to).toBe('kari.nordmann@example.no');
      const link = new URL(/^(http\S+\/api\/folg\?referanse=\S+)$/m.exec(receipt.body)![1]!);
      const status = await phone(javaScriptEnabled);
      await status.goto(site.baseUrl + link.pathname + link.search);
      const result = status.locator('[data-follow-result]');
      expect(await result.isVisible()).toBe(true);
      expect(await status.evaluate(() => document.activeElement?.hasAttribute('data-follow-result'))).toBe(true);
      // At the top: the status is what the first screen shows, above the form.
      expect((await result.boundingBox())!.y).toBeLessThan(PHONE.height / 2);
      expect(await status.locator('.follow-stage:visible').textContent()).toBe('Mottatt');
      expect(await onOneLine(status, '#follow-result-heading .reference')).toBe(true);
      expect(await status.content()).not.toContain('kari.nordmann@example.no');
      await expectAccessible(status.url());
    },
  );

  it('is told the kommune may call when she gave only a phone number, and no SMS is sent', async () => {
    const page = await phone(false);
    const reference = await sendCorrection(page, { text: 'Ring meg om besøkstidene, takk.', phone: '912 34 567' });
    expect(await page.locator('[data-receipt-phone]').textContent()).toContain('Kommunen kan ringe deg');
    expect(await page.locator('[data-receipt-phone]').textContent()).toContain('Vi sender ikke SMS.');
    expect(await page.locator('[data-receipt-email="receipt"]').isVisible()).toBe(false);
    expect(await page.content()).not.toContain('912 34 567');
    expect(readOutbox(site.outboxDir).filter((mail) => mail.body.includes(reference))).toEqual([]);
  });

  it('never sees a reference or council taken from the address of the thank-you page', async () => {
    const page = await phone(false);
    await page.goto(`${site.baseUrl}/api/foresla/takk?referanse=F-2026-9999&rad=Falskt%20r%C3%A5d`);
    expect(new URL(page.url()).pathname).toBe('/foresla/takk/');
    expect(await page.locator('[data-receipt]').isVisible()).toBe(false);
    expect(await page.content()).not.toContain('Falskt råd');
  });

  it.each(['/', '/sykehjem/', '/foresla/', '/svar-pa-forslag/', '/folg/', '/om/'])(
    'has «Følg forslaget ditt» and «For rådene» one tap away in the footer of %s',
    async (path) => {
      const page = await site.open(path, { javaScriptEnabled: false, viewport: PHONE });
      const footer = page.locator('footer.site-footer');
      expect(await footer.getByRole('link', { name: 'Følg forslaget ditt' }).getAttribute('href')).toBe('/folg/');
      expect(await footer.getByRole('link', { name: 'For rådene' }).getAttribute('href')).toBe('/rad/');
    },
  );

  it('finds «Følg forslaget ditt» on the form and on the public answers too, and /rad/ on the about page', async () => {
    for (const path of ['/foresla/', '/svar-pa-forslag/']) {
      const page = await site.open(path, { javaScriptEnabled: false, viewport: PHONE });
      expect(await page.locator('main').getByRole('link', { name: 'Følg forslaget ditt' }).getAttribute('href')).toBe('/folg/');
    }
    const about = await site.open('/om/', { javaScriptEnabled: false, viewport: PHONE });
    expect(await about.locator('main').getByRole('link', { name: 'For rådene' }).getAttribute('href')).toBe('/rad/');
  });
});

describe("a citizen's words in public", () => {
  /** Answers the suggestion with this reference publicly (and with the editors' shortened text, when given). */
  async function answerPublicly(reference: string, extra: Record<string, unknown> = {}): Promise<void> {
    const queue = (await (await site.api(`/api/moderation/suggestions?q=${reference}`, { asEditor: true })).json()) as {
      items: { id: string }[];
    };
    const { id } = queue.items[0]!;
    for (const [index, step] of [
      { status: 'in-review' },
      { status: 'accepted', public: true, publicAnswer: `Takk, vi ser på ${reference}.`, ...extra },
    ].entries()) {
      const response = await site.api(`/api/moderation/suggestions/${id}`, {
        method: 'PATCH',
        asEditor: true,
        json: { version: index + 1, ...step },
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }
  }

  it('asks for consent on the form, unticked, and shows only what she agreed to, as the editors shortened it', async () => {
    const withoutJs = await phone(false);
    await withoutJs.goto(`${site.baseUrl}/foresla/`);
    const consent = withoutJs.getByLabel('Redaksjonen kan vise teksten din på nettsiden, uten navnet ditt');
    expect(await consent.isChecked()).toBe(false);

    const secret = `Naboen min Astrid på rom 12 fikk ikke besøk (${Math.random()}).`;
    const refused = await sendCorrection(withoutJs, { text: secret });
    const original = `Datteren min Berit fikk ikke vite besøkstidene (${Math.random()}).`;
    const agreed = await sendCorrection(await phone(true), { text: original, publishText: true });
    await answerPublicly(refused);
    await answerPublicly(agreed, { publicText: 'En pårørende fikk ikke vite besøkstidene.' });

    const answers = await phone(true);
    await answers.goto(`${site.baseUrl}/svar-pa-forslag/`);
    await answers.getByText(`Takk, vi ser på ${agreed}.`).waitFor();
    await answers.getByText(`Takk, vi ser på ${refused}.`).waitFor();
    const content = await answers.content();
    expect(content).toContain('En pårørende fikk ikke vite besøkstidene.');
    expect(content).not.toContain('Berit');
    expect(content).not.toContain('Astrid');
    await expectNoAxeViolations(answers);
  });
});

describe('the councils and the editors', () => {
  const COUNCIL = `Eldrerådet i løkketesten ${Math.random().toString(36).slice(2, 6)}`;
  let council: { id: string; code: string };
  let newer: number;

  beforeAll(async () => {
    const created = (await (
      await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: COUNCIL } })
    ).json()) as {
      council: { id: string };
      code: string;
    };
    council = { id: created.council.id, code: created.code };
    const head = (await (await site.api('/api/moderation/articles/korttidsopphold', { asEditor: true })).json()) as {
      source: string;
      version: number;
    };
    let version = head.version;
    for (const [index, summary] of [
      'Korttidsopphold er et kort opphold på sykehjem.',
      'Korttidsopphold er noen uker på sykehjem. Du søker hos kommunen.',
    ].entries()) {
      const saved = await site.api('/api/moderation/articles/korttidsopphold', {
        method: 'PUT',
        asEditor: true,
        json: { source: head.source.replace(/^summary: .*$/m, `summary: ${summary}`), version, note: `Endring ${index + 1}` },
      });
      version = ((await saved.json()) as { version: number }).version;
      await site.api('/api/moderation/articles/korttidsopphold/reviews', {
        method: 'POST',
        asEditor: true,
        json: { version, councils: [council.id], deadline: '2099-12-15' },
      });
    }
    newer = version;
  });

  it.each([false, true])(
    'show a council each request with version, dates and reason, the older one as replaced, and take a changed statement (JavaScript: %s)',
    async (javaScriptEnabled) => {
      const page = await phone(javaScriptEnabled);
      await page.goto(`${site.baseUrl}/rad/`);
      await page.getByLabel('Rådskode').fill(council.code);
      await page.getByRole('button', { name: 'Vis forslagene' }).click();
      const requests = page.locator('.council-item').filter({ hasText: 'Korttidsopphold' });
      await requests.first().waitFor();
      expect(await requests.count()).toBe(2);
      expect(await requests.nth(0).textContent()).toContain(`Versjon ${newer} · sendt`);
      expect(await requests.nth(0).textContent()).toContain('svarfrist 15. desember 2099');
      expect(await requests.nth(0).textContent()).toContain(`Hva er endret: Endring 2`);
      expect(await requests.nth(1).locator('.follow-stage').textContent()).toBe(`Erstattet av versjon ${newer}`);
      expect(await requests.nth(1).getByRole('button').count()).toBe(0);
      // Without JavaScript first: then the newest request still waits; with it, it holds the remarks given then.
      expect(await page.getByText('Venter på uttalelse fra rådet').count()).toBe(javaScriptEnabled ? 0 : 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await requests
        .nth(0)
        .getByRole('button', { name: /^Les teksten og (gi )?uttalelse/ })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Uttalelse om «Korttidsopphold»' }).waitFor();
      const verdict = javaScriptEnabled ? 'Vi anbefaler teksten' : 'Vi har merknader';
      await page.getByLabel(verdict).check();
      if (!javaScriptEnabled) await page.getByLabel('Merknader', { exact: true }).fill('Nevn hvor lenge et opphold varer.');
      await page.getByRole('button', { name: 'Send uttalelsen' }).click();
      // The JavaScript run comes second: the council changes what it said without JavaScript.
      await page
        .getByText(
          javaScriptEnabled ? 'Takk! Den endrede uttalelsen er sendt til redaksjonen.' : 'Takk! Uttalelsen er sendt til redaksjonen.',
        )
        .waitFor();
      await page.getByText('Rådet kan endre uttalelsen helt til teksten er publisert.').waitFor();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    },
  );

  it('show the editors the council’s answer without looking, say who was told, and ask before «Publiser» skips a council', async () => {
    const page = await phone(true);
    await signInAsEditor(site, page);
    const news = page.getByRole('region', { name: 'Nytt fra rådene' });
    await news.getByText(`${COUNCIL} anbefaler «Korttidsopphold» (versjon ${newer}).`).waitFor();
    const badge = page.locator('[data-news-count]');
    expect(Number((await badge.textContent())!.match(/^\d+/)![0])).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await news.getByRole('link', { name: 'Åpne «Korttidsopphold»' }).first().click();
    const reviews = page.getByRole('region', { name: 'Uttalelser fra rådene' });
    await reviews.locator('li', { hasText: `Versjon ${newer} – ${COUNCIL},` }).waitFor();
    await expect
      .poll(async () => await page.locator('[data-review-news-list] li', { hasText: COUNCIL }).count(), { timeout: 30_000 })
      .toBe(0);

    // Sending the newest version to another council that has no e-mail address says so, with /rad/ to pass on.
    const other = `Ungdomsrådet i løkketesten ${Math.random().toString(36).slice(2, 6)}`;
    await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: other } });
    await page.reload();
    await page.getByText('Logget inn som').waitFor();
    await reviews.getByLabel(other).check();
    await reviews.getByRole('button', { name: 'Send til uttalelse' }).click();
    const told = reviews.locator('[data-review-request-message]');
    await told.getByText(`${other} har ikke fått beskjed på e-post.`).waitFor();
    expect(await told.textContent()).toMatch(/be rådet åpne http:\/\/\S+\/rad\/ og skrive inn rådskoden sin/);

    await page.getByRole('button', { name: 'Publiser denne artikkelen' }).click();
    const status = page.locator('[data-publish-one-status]');
    await status.getByText(/har frist \d+\. \w+\. Publisere likevel\?/).waitFor();
    expect(await status.textContent()).toContain(`${other} har frist`);
    await expectNoAxeViolations(page);
    await status.getByRole('button', { name: 'Avbryt' }).click();
    await status.getByText('Ikke publisert. Rådet kan fortsatt gi uttalelse.').waitFor();
  });
});
