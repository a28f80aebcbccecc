/**
 * EventBridge → this, for every phase and state change of the publication build project (and the
 * fan-out's Catch, for a kommune of a book whose last attempt failed): the
 * build reports its stages to reportBuild, which completes its publications (and starts the next
 * build). Throws on a storage failure, so EventBridge tries again; reports are safe to repeat.
 */
import { log } from '../../shared/log.ts';
import { reportOf } from '../build-events.ts';
import { reportBuild } from '../../shared/publishing/publications.ts';
import { publishingContext } from '../codebuild-publishing.ts';

export async function handler(event: unknown): Promise<void> {
  const reported = reportOf(event);
  if (!reported) return;
  log.info('publication build reported', {
    buildId: reported.buildId,
    report: reported.report.kind,
    kommune: reported.kommune?.id,
    attempt: reported.kommune?.attempt,
  });
  await reportBuild(publishingContext(), reported.buildId, reported.report, reported.kommune);
}
