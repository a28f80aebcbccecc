/**
 * The publisher in AWS: a CodeBuild project that pulls the published revisions from DynamoDB,
 * builds the site, syncs the bucket and invalidates CloudFront (infra/constructs/site-publisher.ts).
 * The editor's status view reads the build's real state through BatchGetBuilds.
 */
import { BatchGetBuildsCommand, CodeBuildClient, StartBuildCommand, type Build } from '@aws-sdk/client-codebuild';
import { ConfigError } from '../errors.ts';
import type { BuildState, Publisher } from '../publisher.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

const FAILED = new Set(['FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']);
const WAITING_PHASES = new Set(['SUBMITTED', 'QUEUED', 'PROVISIONING']);

/** The build's state in the editors' terms, with the failed phase named in Norwegian. */
export function buildState(build: Build | undefined): BuildState {
  if (!build) return { state: 'failed', message: publishingText('publish.buildMissing') };
  if (build.buildStatus === 'SUCCEEDED') return { state: 'succeeded' };
  if (FAILED.has(build.buildStatus ?? '')) {
    const phase = build.phases?.find((candidate) => FAILED.has(candidate.phaseStatus ?? ''));
    const reason =
      build.buildStatus === 'TIMED_OUT'
        ? publishingText('publish.reasonTimeout')
        : phase?.phaseType === 'BUILD'
          ? publishingText('publish.reasonBuild')
          : phase?.phaseType === 'POST_BUILD'
            ? publishingText('publish.reasonUpload')
            : publishingText('publish.reasonOther');
    return { state: 'failed', message: publishingText('publish.failedBecause', { reason }) };
  }
  return { state: WAITING_PHASES.has(build.currentPhase ?? '') ? 'queued' : 'building' };
}

export function codeBuildPublisher(projectName: string | undefined, region: string): Publisher {
  const client = new CodeBuildClient({ region });
  const project = () => {
    if (!projectName) throw new ConfigError(['PUBLISH_PROJECT_NAME mangler']);
    return projectName;
  };
  return {
    async start(publication) {
      const output = await client.send(
        new StartBuildCommand({
          projectName: project(),
          environmentVariablesOverride: [{ name: 'PUBLICATION_ID', value: publication.id, type: 'PLAINTEXT' }],
        }),
      );
      const id = output.build?.id;
      if (!id) throw new Error('CodeBuild returned no build id');
      return id;
    },
    async status(buildId) {
      const output = await client.send(new BatchGetBuildsCommand({ ids: [buildId] }));
      return buildState(output.builds?.[0]);
    },
  };
}
