/**
 * The build service in AWS, as the environment names it: the fan-out state machine for a book of
 * several kommuner (PUBLISH_STATE_MACHINE_ARN and BOOK_KOMMUNER), otherwise the CodeBuild project
 * of a kommune on its own (PUBLISH_PROJECT_NAME).
 */
import type { Env } from '../env.ts';
import type { Publisher } from '../publisher.ts';
import { codeBuildPublisher } from './codebuild.ts';
import { stepFunctionsPublisher } from './step-functions.ts';

export function awsPublisher(env: Env): Publisher {
  if (env.PUBLISH_STATE_MACHINE_ARN && env.BOOK_KOMMUNER)
    return stepFunctionsPublisher(env.PUBLISH_STATE_MACHINE_ARN, env.BOOK_KOMMUNER.split(','), env.AWS_REGION);
  return codeBuildPublisher(env.PUBLISH_PROJECT_NAME, env.AWS_REGION);
}
