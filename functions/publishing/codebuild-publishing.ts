/**
 * The context of the publishing functions that run outside a request (the build's events, the
 * publishing clock, the deploy hook): the shared one with SES where e-mail is configured (a
 * publication going live tells the citizens whose suggestions it answers), the article storage
 * and the AWS build service (CodeBuild, or the fan-out state machine for a book of several kommuner). Created once per Lambda.
 */
import { mailingContext } from '../shared/mail/ses-mailing.ts';
import { awsPublisher } from '../shared/build-service/aws-publisher.ts';
import { articleStorageOf } from '../shared/publishing/article-storage-of.ts';
import type { PublishingContext } from '../shared/publishing/publications.ts';

let lambdaPublishing: PublishingContext | undefined;

export function publishingContext(): PublishingContext {
  if (lambdaPublishing) return lambdaPublishing;
  const base = mailingContext();
  lambdaPublishing = {
    ...base,
    articles: articleStorageOf(base),
    publisher: awsPublisher(base.env),
  };
  return lambdaPublishing;
}
