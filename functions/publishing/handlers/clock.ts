/**
 * The publishing clock, every minute (EventBridge Scheduler): scheduled publications, builds past
 * their time limit, and what waits while nothing builds. Locally the server's timer runs the same.
 */
import { tickPublishing } from '../../shared/publishing/publications.ts';
import { publishingContext } from '../codebuild-publishing.ts';

export async function handler(): Promise<void> {
  await tickPublishing(publishingContext());
}
