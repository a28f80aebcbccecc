import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/text/t.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

const PAGES = [
  '/',
  '/sykehjem/',
  '/omrade/planlegge-og-bestemme/',
  '/bokstav/s/',
  '/sok/?q=sykehjem',
  '/foresla/',
  '/min-plan/',
  '/hvem-gjor-hva/',
  '/forventningsavklaring/',
];

describe('text size', () => {
  it('is remembered across pages and reloads, and the largest size still reflows at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    const normal = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    await openAidsOnPhone(page);
    await page.getByRole('button', { name: t('site.aids.size3') }).click();
    await page.reload();
    await openAidsOnPhone(page);
    expect(await page.getByRole('button', { name: t('site.aids.size3') }).getAttribute('aria-pressed')).toBe('true');
    expect(Number.parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThan(
      Number.parseFloat(normal) * 1.3,
    );
    for (const path of PAGES) {
      await page.goto(site.baseUrl + path);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize), path).toBe('3');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at the largest text size`).toBeLessThanOrEqual(0);
    }
    await openAidsOnPhone(page);
    await page.getByRole('button', { name: t('site.aids.size1') }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe(normal);
    await context.close();
  });

  it('folds into a «Lesehjelp» button in the page flow on a phone that opens in the flow, pushing the page down, closed again by Escape', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    const toggle = page.getByRole('button', { name: t('site.aids.label') });
    const toggleBox = (await toggle.boundingBox())!;
    const headerBox = (await page.locator('.site-header').boundingBox())!;
    const titleBefore = (await page.locator('h1').boundingBox())!.y;
    expect(toggleBox.y, 'under the header, not floating over the page').toBeGreaterThanOrEqual(headerBox.y + headerBox.height);
    expect(toggleBox.y + toggleBox.height, 'above the title').toBeLessThanOrEqual(titleBefore);
    expect(await page.getByRole('button', { name: t('site.aids.size2') }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const size2 = (await page.getByRole('button', { name: t('site.aids.size2') }).boundingBox())!;
    const titleOpen = (await page.locator('h1').boundingBox())!.y;
    expect(titleOpen, 'the open panel pushes the page down').toBeGreaterThan(titleBefore);
    expect(size2.y + size2.height, 'the panel lies above the title, not over it').toBeLessThanOrEqual(titleOpen);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reading-aids-toggle'))).toBe(true);
    expect((await page.locator('h1').boundingBox())!.y).toBe(titleBefore);
    await context.close();
  });

  it('is not shown without JavaScript, where the browser zoom does the job', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    expect(await page.locator('[data-reading-aids]').isVisible()).toBe(false);
    await context.close();
  });
});

/** On a narrow screen the text sizes sit behind the «Lesehjelp» button. */
async function openAidsOnPhone(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: t('site.aids.label') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/**
 * Replaces the browser's speech synthesis with one that has the given voices and logs, in the
 * page, what it is asked to do. With `finishAtOnce` every utterance ends as soon as it starts.
 */
async function stubSpeech(context: BrowserContext, voices: { name: string; lang: string }[], { finishAtOnce = false } = {}): Promise<void> {
  await context.addInitScript(
    ({ stubVoices, finishAtOnce }) => {
      const log: string[] = [];
      (window as unknown as { speechLog: string[] }).speechLog = log;
      class Utterance extends EventTarget {
        voice: unknown = null;
        lang = '';
        text: string;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const synth = {
        paused: false,
        getVoices: () => stubVoices.map((voice) => ({ ...voice, voiceURI: voice.name, localService: true, default: false })),
        speak(utterance: Utterance) {
          log.push(`speak ${utterance.text}`);
          setTimeout(() => {
            utterance.dispatchEvent(new Event('start'));
            if (finishAtOnce) utterance.dispatchEvent(new Event('end'));
          }, 0);
        },
        // The page is going away when the reader leaves, so this entry goes where the next page can read it.
        cancel: () =>
          sessionStorage.setItem('speech-cancelled', `${sessionStorage.getItem('speech-cancelled') ?? ''}${location.pathname} `),
        pause() {
          synth.paused = true;
          log.push('pause');
        },
        resume() {
          synth.paused = false;
          log.push('resume');
        },
        addEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    },
    { stubVoices: voices, finishAtOnce },
  );
}

const speechLog = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog);

describe('«Les opp»', () => {
  it('is hidden when the device has no Norwegian voice', async () => {
    const context = await site.browser.newContext();
    await stubSpeech(context, [{ name: 'English', lang: 'en-GB' }]);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    expect(await page.getByRole('button', { name: t('site.aids.size1') }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: t('site.aids.readAloud') }).isVisible()).toBe(false);
    await context.close();
  });

  it('reads the article text with a Norwegian voice, marks what is read, pauses, and stops when the reader leaves', async () => {
    const context = await site.browser.newContext();
    await stubSpeech(context, [
      { name: 'English', lang: 'en-GB' },
      { name: 'Nora', lang: 'nb-NO' },
    ]);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    await page.getByRole('button', { name: t('site.aids.readAloud') }).click();
    await expect.poll(() => page.locator('.is-being-read').textContent(), { timeout: 30_000 }).toMatch(/^Sykehjem/);
    const spoken = (await speechLog(page)).filter((entry) => entry.startsWith('speak'));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/^speak Sykehjem/);

    await page.getByRole('button', { name: t('site.aids.pause') }).click();
    expect((await speechLog(page)).at(-1)).toBe('pause');
    expect(await page.getByRole('button', { name: t('site.aids.readAloud') }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: t('site.aids.resume') }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: t('site.aids.stop') }).isVisible()).toBe(true);

    await page.evaluate(() => sessionStorage.removeItem('speech-cancelled'));
    await Promise.all([page.waitForURL('**/soke-om-tjenester/'), page.locator('main a[href="/soke-om-tjenester/"]').first().click()]);
    expect(await page.evaluate(() => sessionStorage.getItem('speech-cancelled'))).toBe('/sykehjem/ ');
    await context.close();
  });

  it('reads the title, «Kort fortalt» and the article text, not menus, contact boxes or the feedback form', async () => {
    const context = await site.browser.newContext();
    await stubSpeech(context, [{ name: 'Nora', lang: 'nb-NO' }], { finishAtOnce: true });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sykehjem/`);
    await page.getByRole('button', { name: t('site.aids.readAloud') }).click();
    // The reader is fetched at the first press: reading has begun once something was spoken, and is over when «Les opp» is back.
    await expect.poll(async () => (await speechLog(page)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: t('site.aids.readAloud') }).isVisible(), { timeout: 30_000 }).toBe(true);
    const spoken = (await speechLog(page)).filter((entry) => entry.startsWith('speak ')).map((entry) => entry.slice('speak '.length));
    const summary = await page.locator('.summary p').textContent();
    expect(spoken[0]).toMatch(/^Sykehjem/);
    expect(spoken).toContain(t('site.article.summary'));
    expect(spoken).toContain(summary);
    expect(spoken.length).toBeGreaterThan(10);
    for (const chrome of [
      t('site.article.whoCanHelp'),
      t('site.article.related'),
      t('site.nav.letters'),
      'Fant du svar på det du lurte på?',
    ])
      expect(spoken, chrome).not.toContain(chrome);
    await expect.poll(() => page.locator('.is-being-read').count()).toBe(0);
    await context.close();
  });
});
