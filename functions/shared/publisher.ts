/**
 * The build service as the publishing domain sees it (functions/publishing/): start a build of the
 * book for a publication build. The build then reports its stages to reportBuild, never through
 * an editor's browser. In AWS it is CodeBuild (its state changes reach reportBuild through
 * EventBridge); locally a build in a work folder under DATA_DIR. No AWS here.
 */
import type { PublicationBuild } from '../../src/core/publishing/stages.ts';

export type Publisher = {
  /**
   * Starts building `build`; resolves the service's own id for it. Throws when the service
   * refuses (one build runs already, or it is not configured): the build's publications then
   * wait in the queue and are started by the next build's end or the publishing clock.
   */
  start(build: PublicationBuild): Promise<string>;
  /**
   * In a book of several kommuner: the ids of the kommuner it builds, in the book's order. A
   * publication then rebuilds only the kommuner its items concern (src/core/publishing/kommuner.ts),
   * each built, swapped and reported on its own. Absent for a kommune on its own.
   */
  kommuner?: readonly string[];
  /**
   * Builds one kommune of `buildId` again after its attempt failed (reportBuild decides, from the
   * state in the table). A service that retries by itself (the Step Functions Map in AWS) has none
   * and reports a kommune failed only when its last attempt failed.
   */
  retryKommune?(buildId: string, kommune: string): Promise<void>;
};
