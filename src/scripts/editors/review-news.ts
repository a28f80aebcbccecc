/**
 * News from the councils on /redaksjon/, without looking for it: a box at the top of the app
 * listing each statement that came and each deadline that passed unanswered since an editor last
 * opened the round, with a link to the article, and a count on «Artikler» in the menu. Opening
 * the article marks the news read (articles/reviews.ts), which sends NEWS_READ so both follow.
 * In a book each line names the kommune whose council it is about.
 */
import type { Review } from '../../core/articles/reviews.ts';
import { articleText } from '../../core/text/articles.ts';
import type { Api } from './api.ts';
import { kommuneName, readBookKommuner, type BookKommune } from './book-kommuner.ts';
import { el, required } from './dom.ts';

/** Sent (bubbling) by the article's review panel when it has marked news read. */
export const NEWS_READ = 'review-news-read';

type News = Pick<Review, 'slug' | 'version' | 'title' | 'councilName' | 'deadline' | 'statement'> & {
  news: 'statement' | 'overdue';
  /** In a book: the kommune whose council it is. */
  kommune?: string;
};

const dayFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

function line(item: News, kommuner: readonly BookKommune[]): string {
  const council = item.kommune
    ? articleText('reviews.councilInKommune', { council: item.councilName, kommune: kommuneName(kommuner, item.kommune) })
    : item.councilName;
  const vars = { council, title: item.title, version: item.version };
  if (item.news === 'overdue')
    return articleText('news.overdue', { ...vars, deadline: dayFormat.format(new Date(`${item.deadline}T12:00:00Z`)) });
  return articleText(item.statement?.verdict === 'recommend' ? 'news.recommended' : 'news.remarks', vars);
}

export function createReviewNews(root: HTMLElement, api: Api) {
  const box = required<HTMLElement>(root, '[data-review-news]');
  const list = required<HTMLUListElement>(box, '[data-review-news-list]');
  const badge = required<HTMLElement>(root, '[data-news-count]');
  const kommuner = readBookKommuner(box);

  async function load(): Promise<void> {
    const { items } = await api.json<{ items: News[] }>('GET', '/api/moderation/reviews').catch(() => ({ items: [] as News[] }));
    list.replaceChildren(
      ...items.map((item) =>
        el(
          'li',
          {},
          line(item, kommuner),
          ' ',
          el('a', { href: `#artikkel/${item.slug}` }, articleText('news.open', { title: item.title })),
        ),
      ),
    );
    box.hidden = items.length === 0;
    badge.hidden = items.length === 0;
    badge.replaceChildren(String(items.length), el('span', { class: 'visually-hidden' }, ` ${articleText('news.badge')}`));
  }

  root.addEventListener(NEWS_READ, () => void load());
  return { load };
}
