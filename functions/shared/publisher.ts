/**
 * The build service as the publishing domain sees it: start a build of the book with the
 * published revisions, and ask how it is going. In AWS it is CodeBuild; locally a build in a work
 * folder under DATA_DIR. No AWS here.
 */
import type { Publication } from '../../src/core/articles/types.ts';

export type BuildState = { state: 'queued' | 'building' | 'succeeded' | 'failed'; message?: string };

export type Publisher = {
  /** Starts building the book for `publication`; resolves the build's id. */
  start(publication: Publication): Promise<string>;
  status(buildId: string): Promise<BuildState>;
};
