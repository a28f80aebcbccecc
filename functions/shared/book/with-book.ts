/**
 * What the article handlers add to the application context: the article storage, the git book
 * (bundled from functions/generated/book.json) and, for publishing, the build service. Kept out
 * of the shared context so the public functions' bundles don't carry any of it.
 */
import gitBook from '../../generated/book.json' with { type: 'json' };
import type { AppContext } from '../dependencies.ts';
import { mailingContext } from '../mail/ses-mailing.ts';
import { awsPublisher } from '../build-service/aws-publisher.ts';
import { createDocumentClient } from '../storage/client.ts';
import { createArticleStorage, type ArticleStorage } from '../storage/index.ts';
import type { ArticleContext, ArticlePublishingContext, GitBook } from './git-book.ts';

const storages = new WeakMap<AppContext, ArticleStorage>();

/** The context's article storage: the one the caller brought (local server, tests), else one per Lambda context. */
function articlesOf(ctx: AppContext): ArticleStorage {
  if (ctx.articles) return ctx.articles;
  let articles = storages.get(ctx);
  if (!articles) {
    const client = createDocumentClient({ region: ctx.env.AWS_REGION, endpoint: ctx.env.DYNAMODB_ENDPOINT });
    articles = createArticleStorage({
      client,
      tableName: ctx.env.TABLE_NAME,
      contactRetentionDays: ctx.env.CONTACT_RETENTION_DAYS,
      now: ctx.now,
    });
    storages.set(ctx, articles);
  }
  return articles;
}

/**
 * The editors' article context. In a deployment whose kommune writes nynorsk (BOOK_LANGUAGE=nn)
 * it is the nynorsk texts' (their sources in git and their own revisions), with the bokmål they
 * follow beside them; otherwise the bokmål articles'.
 */
export function withBook(ctx: AppContext): ArticleContext {
  const articles = articlesOf(ctx);
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

/** The Lambda's context with the CodeBuild publisher (and SES where the route sends e-mail), created once. */
export function defaultPublishingContext(): AppContext {
  lambdaPublishing ??= withPublisher(mailingContext());
  return lambdaPublishing;
}
