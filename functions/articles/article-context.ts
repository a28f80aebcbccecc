/**
 * What the article handlers add to the application context: the git book (bundled from
 * functions/generated/book.json) and, for publishing, the build service.
 */
import gitBook from '../generated/book.json' with { type: 'json' };
import type { AppContext } from '../shared/context.ts';
import { defaultContext } from '../shared/context.ts';
import { codeBuildPublisher } from '../shared/build-service/codebuild.ts';
import type { ArticleContext, PublishingContext } from './editor-articles.ts';

export function withBook(ctx: AppContext): ArticleContext {
  return { ...ctx, book: gitBook };
}

/** The Lambda's context for publishing: CodeBuild unless the caller (the local server, a test) brought a publisher. */
export function withPublisher(ctx: AppContext): PublishingContext {
  return { ...withBook(ctx), publisher: ctx.publisher ?? codeBuildPublisher(ctx.env.PUBLISH_PROJECT_NAME, ctx.env.AWS_REGION) };
}

let lambdaPublishing: AppContext | undefined;

/** defaultContext with the CodeBuild publisher, created once per Lambda. */
export function defaultPublishingContext(): AppContext {
  lambdaPublishing ??= withPublisher(defaultContext());
  return lambdaPublishing;
}
