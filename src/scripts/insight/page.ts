/**
 * The editors' insight (src/pages/redaksjon/innsikt/index.astro): for the editor signed in on
 * /redaksjon/, the numbers of a period from GET /api/moderation/insight and /weeks, drawn as tables
 * with two small charts, the missed searches with what can be done about them, and «Send nå» for
 * the councils' monthly e-mail.
 */
import { addMonths, dayOf, isDay } from '../../core/insight/days.ts';
import type { InsightReport, InsightWeeks } from '../../core/insight/model.ts';
import { norwegianDate } from '../../core/norwegian-date.ts';
import { createApi, type Api } from '../editors/api.ts';
import { el, required } from '../editors/dom.ts';
import { readArticles, showMessage } from '../editors/page.ts';
import { currentSession } from '../editors/session.ts';
import { answerChart, weekChart } from './charts.ts';
import { missedActions } from './missed-actions.ts';
import { say } from './texts.ts';

type Outcome = { councilId: string; councilName: string; outcome: 'sent' | 'already-sent' | 'no-email' };

const root = document.querySelector<HTMLElement>('[data-insight]');
if (root) start(root);

const dateOf = (day: string) => norwegianDate(`${day}T12:00:00Z`);
const numberCell = (value: number) => el('td', { class: 'number' }, String(value));

function start(root: HTMLElement): void {
  const message = required<HTMLElement>(root, '[data-insight-message]');
  const form = required<HTMLFormElement>(root, '[data-insight-period]');
  const from = required<HTMLInputElement>(form, '[name="from"]');
  const to = required<HTMLInputElement>(form, '[name="to"]');
  const report = required<HTMLElement>(root, '[data-insight-report]');
  const digest = required<HTMLElement>(root, '[data-digest]');
  const articles = [...readArticles(root).values()];

  const signedOut = (text: string) => {
    showMessage(message, text, true);
    required<HTMLElement>(root, '[data-sign-in-link]').hidden = false;
    report.hidden = true;
    digest.hidden = true;
  };
  if (!currentSession()) return signedOut(say('page.signInFirst'));
  const api = createApi({ token: () => currentSession()?.token, onUnauthorized: signedOut });

  const asked = new URL(location.href).searchParams;
  const today = dayOf(new Date());
  to.value = isDay(asked.get('to') ?? '') ? asked.get('to')! : today;
  from.value = isDay(asked.get('from') ?? '') ? asked.get('from')! : addMonths(to.value, -1);

  async function load(): Promise<void> {
    showMessage(message, say('page.loading'));
    const query = `from=${from.value}&to=${to.value}`;
    try {
      const [numbers, weeks] = await Promise.all([
        api.json<InsightReport>('GET', `/api/moderation/insight?${query}`),
        api.json<InsightWeeks>('GET', `/api/moderation/insight/weeks?${query}`),
      ]);
      draw(numbers, weeks);
      showMessage(message, say('page.loaded', { from: dateOf(from.value), to: dateOf(to.value) }));
      report.hidden = false;
    } catch (error) {
      showMessage(message, say('page.loadFailed', { message: (error as Error).message }), true);
    }
  }

  function draw(numbers: InsightReport, { weeks }: InsightWeeks): void {
    const { searches, pages, suggestions, reviews } = numbers;
    required<HTMLElement>(root, '[data-search-total]').textContent =
      searches.total === 1 ? say('searches.totalOne') : say('searches.total', { count: searches.total });
    required<HTMLElement>(root, '[data-week-chart]').replaceChildren(weekChart(weeks));
    required<HTMLElement>(root, '[data-week-rows]').replaceChildren(
      ...weeks.map((week) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, say('weeks.weekNumber', { week: week.week })),
          el('td', {}, `${dateOf(week.from)}–${dateOf(week.to)}`),
          numberCell(week.searches),
          numberCell(week.missed),
        ),
      ),
    );
    drawMissed(searches.missed);
    required<HTMLElement>(root, '[data-top-none]').hidden = searches.top.length > 0;
    required<HTMLElement>(root, '[data-top-table]').hidden = searches.top.length === 0;
    required<HTMLElement>(root, '[data-top-rows]').replaceChildren(
      ...searches.top.map((search) => el('tr', {}, el('th', { scope: 'row' }, search.q), numberCell(search.count))),
    );
    const most = Math.max(0, ...pages.map((page) => page.yes + page.no));
    required<HTMLElement>(root, '[data-pages-none]').hidden = pages.length > 0;
    required<HTMLElement>(root, '[data-pages-table]').hidden = pages.length === 0;
    required<HTMLElement>(root, '[data-pages-rows]').replaceChildren(
      ...pages.map((page) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, el('a', { href: `/${page.slug}/` }, page.title)),
          numberCell(page.yes),
          numberCell(page.no),
          el('td', { class: 'insight-bar-column' }, answerChart(page, most)),
        ),
      ),
    );
    required<HTMLElement>(root, '[data-suggestions-received]').textContent = String(suggestions.received);
    required<HTMLElement>(root, '[data-suggestions-answered]').textContent = String(suggestions.answered);
    required<HTMLElement>(root, '[data-suggestions-open]').textContent = String(suggestions.open);
    const median = suggestions.medianDaysToAnswer;
    required<HTMLElement>(root, '[data-suggestions-median]').textContent =
      median === null
        ? say('suggestions.medianNone')
        : median === 1
          ? say('suggestions.medianOneDay')
          : say('suggestions.medianDays', { days: median.toLocaleString('nb-NO') });
    required<HTMLElement>(root, '[data-reviews-overdue]').textContent =
      reviews.overdue === 0
        ? say('reviews.none')
        : reviews.overdue === 1
          ? say('reviews.overdueOne')
          : say('reviews.overdue', { count: reviews.overdue });
  }

  function drawMissed(missed: InsightReport['searches']['missed']): void {
    const missedMessage = required<HTMLElement>(root, '[data-missed-message]');
    showMessage(missedMessage, '');
    required<HTMLElement>(root, '[data-missed-none]').hidden = missed.length > 0;
    required<HTMLElement>(root, '[data-missed-table]').hidden = missed.length === 0;
    const period = { from: dateOf(from.value), to: dateOf(to.value) };
    required<HTMLElement>(root, '[data-missed-rows]').replaceChildren(
      ...missed.map((search, index) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, search.q),
          numberCell(search.count),
          numberCell(search.days),
          missedActions(search, index, { api, articles, period, message: missedMessage }),
        ),
      ),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The period in the address, so a reload or a link shows the same numbers.
    history.replaceState(null, '', `?from=${from.value}&to=${to.value}`);
    void load();
  });
  wireDigest(digest, api);
  digest.hidden = false;
  void load();
}

function wireDigest(section: HTMLElement, api: Api): void {
  const button = required<HTMLButtonElement>(section, '[data-digest-send]');
  const message = required<HTMLElement>(section, '[data-digest-message]');
  const list = required<HTMLElement>(section, '[data-digest-outcomes]');
  button.addEventListener('click', async () => {
    button.disabled = true;
    showMessage(message, say('digest.sending'));
    list.replaceChildren();
    try {
      const { items } = await api.json<{ items: Outcome[] }>('POST', '/api/moderation/insight/digest');
      showMessage(message, items.length === 0 ? say('digest.noCouncils') : '');
      list.replaceChildren(...items.map((item) => el('li', {}, say(`digest.outcome.${item.outcome}`, { council: item.councilName }))));
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    } finally {
      button.disabled = false;
    }
  });
}
