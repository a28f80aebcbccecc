/**
 * The publisher in AWS: a CodeBuild project that builds the book of one publication build, syncs
 * the web pages, then prints the book (infra/constructs/site-publisher.ts). Its phase and state
 * changes reach reportBuild through EventBridge (functions/publishing/build-events-handler.ts),
 * which finds the build by PUBLICATION_BUILD_ID among the build's environment variables.
 */
import { CodeBuildClient, StartBuildCommand } from '@aws-sdk/client-codebuild';
import { ConfigError } from '../errors.ts';
import type { Publisher } from '../publisher.ts';
import { BUILD_VARIABLES } from '../../../src/core/publishing/build-variables.ts';

/** The environment variable that tells the CodeBuild build, and its events, which publication build it is. */
export const BUILD_ID_VARIABLE = BUILD_VARIABLES.build;

export function codeBuildPublisher(projectName: string | undefined, region: string): Publisher {
  let client: CodeBuildClient | undefined;
  return {
    async start(build) {
      if (!projectName) throw new ConfigError(['PUBLISH_PROJECT_NAME mangler']);
      client ??= new CodeBuildClient({ region });
      // Refused (the project's one concurrent build still runs): the caller leaves the publications waiting.
      const output = await client.send(
        new StartBuildCommand({
          projectName,
          environmentVariablesOverride: [{ name: BUILD_ID_VARIABLE, value: build.id, type: 'PLAINTEXT' }],
        }),
      );
      const id = output.build?.id;
      if (!id) throw new Error('CodeBuild returned no build id');
      return id;
    },
  };
}
