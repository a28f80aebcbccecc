/**
 * What the article handlers add to the application context: the article storage, the git book
 * (bundled from functions/generated/book.json) and, for publishing, the build service. Kept out
 * of the shared context so the public functions' bundles don't carry any of it.
 */
import gitBook from '../../generated/book.json' with { type: 'json' };
import type { AppContext } from '../dependencies.ts';
import { mailingContext } from '../mail/ses-mailing.ts';
import { awsPublisher } from '../build-service/aws-publisher.ts';
import { articleStorageOf } from '../publishing/article-storage-of.ts';
import type { ArticleContext, ArticlePublishingContext, GitBook } from './git-book.ts';

/**
 * The editors' article context. In a deployment whose kommune writes nynorsk (BOOK_LANGUAGE=nn)
 * it is the nynorsk texts' (their sources in git and their own revisions), with the bokmål they
 * follow beside them; otherwise the bokmål articles'.
 */
export function withBook(ctx: AppContext): ArticleContext {
  const articles = articleStorageOf(ctx);
  const book: GitBook = gitBook;
  if (ctx.env.BOOK_LANGUAGE !== 'nn') return { ...ctx, book, articles };
  const { nynorsk = {}, ...rest } = book;
  return {
    ...ctx,
    book: { ...rest, sources: nynorsk },
    articles: { ...articles, ...articles.translationStorage('nn') },
    bokmal: { language: 'nn', sources: book.sources, articles },
  };
}

/** The Lambda's context for publishing: the AWS build service unless the caller (the local server, a test) brought a publisher. */
export function withPublisher(ctx: AppContext): ArticlePublishingContext {
  return { ...withBook(ctx), publisher: ctx.publisher ?? awsPublisher(ctx.env) };
}

let lambdaPublishing: AppContext | undefined;

/**
 * The Lambda's context with the CodeBuild publisher (and SES where the route sends e-mail), created
 * once. The book and its article storage are added per request (withBook), after the pipeline
 * gave the context its kommune, so a kommune's context never carries another's storage.
 */
export function defaultPublishingContext(): AppContext {
  const mailing = mailingContext();
  lambdaPublishing ??= { ...mailing, publisher: awsPublisher(mailing.env) };
  return lambdaPublishing;
}
