/**
 * The editors' context for the request kommune's own articles: the article context (the national
 * book they join) with the kommune and its own storage. Only a kommune of a book has own articles
 * here; a kommune on its own writes none (404).
 */
import type { AppContext } from '../shared/dependencies.ts';
import { NotFoundError } from '../shared/errors.ts';
import { withBook, withPublisher } from '../shared/book/with-book.ts';
import { ownArticleStorageOf } from '../shared/publishing/own-article-storage-of.ts';
import type { ArticlePublishingContext } from '../shared/book/git-book.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import type { OwnArticleContext } from './own-articles.ts';

/** The context the pipeline made for the request's kommune (`kommune` set in a book). */
type KommuneContext = AppContext & { kommune?: string };

function kommuneOf(ctx: KommuneContext): string {
  if (ctx.kommune === undefined) throw new NotFoundError(publishingText('ownArticle.outsideBook'));
  return ctx.kommune;
}

export function withOwnArticles(ctx: KommuneContext): OwnArticleContext {
  const kommune = kommuneOf(ctx);
  return { ...withBook(ctx), kommune, own: ownArticleStorageOf(ctx).of(kommune) };
}

export function withOwnPublisher(ctx: KommuneContext): OwnArticleContext & ArticlePublishingContext {
  const kommune = kommuneOf(ctx);
  return { ...withPublisher(ctx), kommune, own: ownArticleStorageOf(ctx).of(kommune) };
}
