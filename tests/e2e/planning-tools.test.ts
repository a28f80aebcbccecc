import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLAN_STEPS } from '../../src/core/planning/min-plan.ts';
import { PARTY_ROWS, TASKS, taskLabel } from '../../src/core/planning/who-does-what.ts';
import { STORAGE_KEYS } from '../../src/core/planning/storage-keys.ts';
import { t } from '../../src/core/text/t.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { flat, printedPages } from './support/pdf.ts';
import { searchOnPage } from './support/search-page.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/** Every request the browser makes, with its body, to prove what leaves the device. */
function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

const carries = (requests: readonly Request[], secret: string) =>
  requests
    .filter((request) => decodeURIComponent(request.url()).includes(secret) || (request.postData() ?? '').includes(secret))
    .map((request) => request.url());

const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

describe('Min plan for alderdommen', () => {
  it('keeps the plan through a reload, exports it, deletes it from storage and imports it again, sending none of it anywhere', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const secretHome = 'Trappeheis-til-andre-etasje-7731';
    const secretQuestion = 'Kan jeg få hjelp til snømåking-9902';

    await page.goto(`${site.baseUrl}/bolig-tilpasning/`);
    await page.getByRole('button', { name: t('planning.tools.addToPlan') }).click();
    await expect.poll(() => page.getByRole('link', { name: t('planning.plan.title') }).isVisible()).toBe(true);

    await page.goto(`${site.baseUrl}/min-plan/`);
    await page.getByLabel(t('planning.plan.bolig.q.change')).fill(secretHome);
    await page
      .getByRole('group', { name: t('planning.plan.bolig.q.move') })
      .getByLabel(t('planning.tools.no'))
      .check();
    await page.getByLabel(t('planning.plan.bolig.ask.visit')).check();
    await page
      .getByRole('link', { name: t('planning.plan.next') })
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { name: t('planning.plan.hjelp.title'), level: 2 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t('planning.plan.bolig.title'), level: 2 }).isVisible()).toBe(false);
    await page.locator('section:not([hidden]) [data-ask-own]').fill(secretQuestion);

    const questions = page.locator('[data-questions] li');
    expect(await questions.allTextContents()).toEqual([t('planning.plan.bolig.ask.visit'), secretQuestion]);
    expect(await page.locator('[data-reading-item]:not([hidden]) a').allTextContents()).toEqual(['Tilpasse boligen']);

    await page.reload();
    expect(await page.locator('[name="bolig.change"]').inputValue()).toBe(secretHome);
    expect(await page.locator('[name="bolig.move"][value="nei"]').isChecked()).toBe(true);
    expect(await questions.allTextContents()).toEqual([t('planning.plan.bolig.ask.visit'), secretQuestion]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('planning.tools.export') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^min-plan-\d{4}-\d{2}-\d{2}\.json$/);
    // The shared browser is remote: the download must be copied here before it can be read.
    const savedPlan = join(mkdtempSync(join(tmpdir(), 'min-plan-')), download.suggestedFilename());
    await download.saveAs(savedPlan);
    const file = JSON.parse(readFileSync(savedPlan, 'utf8'));
    expect(file.answers['bolig.change']).toBe(secretHome);
    expect(file.readingList).toEqual(['bolig-tilpasning']);

    const printed = flat((await printedPages(page)).join(' '));
    expect(printed).toContain(secretHome);
    expect(printed).toContain(secretQuestion);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: t('planning.tools.delete') }).click();
    // The click returns once the confirmation dialog opens; the deletion follows when it is accepted.
    await expect.poll(() => page.locator('[data-tool-status]').textContent()).toBe(t('planning.tools.deleted'));
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    expect(await page.locator('[name="bolig.change"]').inputValue()).toBe('');
    expect(await questions.count()).toBe(0);

    await page
      .locator('[data-tool-import]')
      .setInputFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from('{"noe": "annet"}') });
    await expect.poll(() => page.locator('[data-tool-status]').textContent()).toBe(t('planning.tools.fileUnreadable'));
    expect(await storedKeys(page)).toEqual([]);

    await page.locator('[data-tool-import]').setInputFiles(savedPlan);
    await expect.poll(() => page.locator('[name="bolig.change"]').inputValue()).toBe(secretHome);
    expect(await page.locator('[data-tool-status]').textContent()).toBe(t('planning.tools.imported'));
    expect(await storedKeys(page)).toEqual([STORAGE_KEYS.answers('min-plan'), STORAGE_KEYS.readingList].sort());
    expect(await page.locator('[data-reading-item]:not([hidden]) a').allTextContents()).toEqual(['Tilpasse boligen']);

    for (const secret of [secretHome, secretQuestion, 'bolig.change']) expect(carries(requests, secret), secret).toEqual([]);
    expect(requests.filter((request) => request.method() !== 'GET').map((request) => request.url())).toEqual([]);
    await expectNoAxeViolations(page);
    await context.close();
    rmSync(dirname(savedPlan), { recursive: true, force: true });
  });

  it('leads through one step at a time, and the address names the step so Back works', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/min-plan/#steg-helse`);
    const visible = () => page.locator('[data-step]:not([hidden]) h2').allTextContents();
    expect(await visible()).toEqual([t('planning.plan.helse.title')]);
    await page
      .getByRole('link', { name: t('planning.plan.next') })
      .filter({ visible: true })
      .click();
    expect(await visible()).toEqual([t('planning.plan.fullmakt.title')]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('planning.plan.fullmakt.title'));
    await page.goBack();
    await expect.poll(visible).toEqual([t('planning.plan.helse.title')]);
    await page.close();
  });
});

describe('Hvem gjør hva', () => {
  it('prints every task row, every party and a signature line for each of them', async () => {
    const context = await site.browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/hvem-gjor-hva/`);
    const parties = ['Astrid Berg', 'Per Berg', 'Hjemmetjenesten v/ Line', 'Nabo Ola'];
    await page.locator('[name="party.0.name"]').fill(parties[0]!);
    await page.locator('[name="party.1.name"]').fill(parties[1]!);
    await page.locator('[name="party.4.name"]').fill(parties[2]!);
    await page.getByRole('button', { name: t('planning.who.addParty') }).click();
    await page.locator('[name="party.7.role"]').fill('Nabo');
    await page.locator('[name="party.7.name"]').fill(parties[3]!);
    await page.getByRole('textbox', { name: `${t('planning.who.task.handle')} ${t('planning.who.responsible')}` }).fill('Per, hver fredag');
    await page.getByRole('button', { name: t('planning.who.addTask') }).click();
    await page.locator('[name="own.3.task"]').fill('Måke snø');
    await page.locator('[name="review.date"]').fill('2027-06-01');

    await page.reload();
    expect(await page.locator('[name="party.7.name"]').inputValue()).toBe(parties[3]);
    expect(await page.locator('[name="own.3.task"]').inputValue()).toBe('Måke snø');

    const pages = await printedPages(page);
    const printed = flat(pages.join(' '));
    for (const task of TASKS) expect(printed, task).toContain(t(taskLabel(task)));
    for (const party of parties) expect(printed.split(party).length - 1, party).toBeGreaterThanOrEqual(2);
    expect(printed).toContain('Per, hver fredag');
    expect(printed).toContain('Måke snø');
    expect(printed).toContain(t('site.name'));
    expect(printed).toContain(`${t('planning.tools.date')}: ${new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(new Date())}`);
    pages.forEach((text, index) => expect(flat(text)).toContain(`${index + 1} / ${pages.length}`));
    for (const secret of [...parties, 'Måke snø']) expect(carries(requests, secret), secret).toEqual([]);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('prints both tools as blank forms with every question, task and party', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${site.baseUrl}/min-plan/`);
    const plan = flat((await printedPages(page)).join(' '));
    for (const step of PLAN_STEPS) {
      expect(plan).toContain(t(step.title));
      for (const question of [...step.questions, ...step.ask]) expect(plan, question.id).toContain(t(question.label));
    }
    expect(plan).not.toContain(t('planning.tools.delete'));
    expect(
      await page
        .locator('[data-tool-form] textarea')
        .evaluateAll((areas) => areas.every((area) => (area as HTMLTextAreaElement).value === '')),
    ).toBe(true);

    await page.goto(`${site.baseUrl}/hvem-gjor-hva/`);
    const who = flat((await printedPages(page)).join(' '));
    for (const task of TASKS) expect(who, task).toContain(t(taskLabel(task)));
    for (const party of new Set(PARTY_ROWS.map((row) => t(row.label)))) expect(who).toContain(party);
    expect(who).toContain(t('planning.who.signHeading'));
    expect(who).toContain(t('planning.who.reviewDate'));
    await context.close();
  });
});

describe('the way in', () => {
  it('finds the tools from the search', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/sok/`);
    const cases = {
      'min plan': '/min-plan/',
      sjekkliste: '/min-plan/',
      'hvem gjør hva': '/hvem-gjor-hva/',
      'forventninger til kommunen': '/hvem-gjor-hva/',
    };
    for (const [query, path] of Object.entries(cases)) expect((await searchOnPage(page, query)).slice(0, 3), query).toContain(path);
    await page.close();
  });

  it('links to the tools from the front page, the life area and the two planning articles', async () => {
    const page = await site.newPage();
    for (const path of ['/', '/omrade/planlegge-og-bestemme/', '/planlegg-alderdommen/', '/forventningsavklaring/']) {
      await page.goto(site.baseUrl + path);
      const links = await page
        .locator('main a')
        .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(
        links.some((link) => link === '/min-plan/' || link === '/hvem-gjor-hva/'),
        path,
      ).toBe(true);
    }
    await page.close();
  });

  it('loads no planning-tool script on article pages, only the page aids', async () => {
    const page = await site.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of ['/sykehjem/', '/bolig-tilpasning/']) await page.goto(site.baseUrl + path, { waitUntil: 'networkidle' });
    expect(scripts.filter((script) => /min-plan|hvem-gjor-hva|tool-page|form-fields|plan-file/.test(script))).toEqual([]);
    expect(scripts.some((script) => script.includes('reading-aids'))).toBe(true);
    await page.close();
  });
});
