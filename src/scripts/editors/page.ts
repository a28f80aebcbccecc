/** What the moderation views share: the article list from the build and the message areas. */

export type Article = { slug: string; title: string };

/** Reads the articles the page was built with (title by slug), for filters and links. */
export function readArticles(root: HTMLElement): Map<string, Article> {
  const articles = JSON.parse(root.dataset.articles ?? '[]') as Article[];
  return new Map(articles.map((article) => [article.slug, article]));
}

/** Writes a message into a live region; errors get the red style. */
export function showMessage(target: HTMLElement, text: string, isError = false): void {
  target.classList.toggle('is-error', isError);
  target.textContent = text;
}
