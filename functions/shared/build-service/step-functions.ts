/**
 * The publisher in AWS for a book of several kommuner: a publication build is one execution of the
 * fan-out state machine (infra/constructs/kommune-fan-out.ts), whose Map runs one CodeBuild build
 * per kommune the build rebuilds, retries a failed kommune by itself and reports one that failed
 * for good; each kommune's builds report their stages through EventBridge as a kommune on its own
 * would (functions/publishing/build-events.ts), with the kommune and attempt among their variables.
 */
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ConfigError } from '../errors.ts';
import type { Publisher } from '../publisher.ts';

export function stepFunctionsPublisher(stateMachineArn: string, kommuner: readonly string[], region: string): Publisher {
  let client: SFNClient | undefined;
  return {
    kommuner,
    async start(build) {
      if (!build.kommuner) throw new ConfigError(['En publiseringsbygging i en bok må ha kommunene sine']);
      client ??= new SFNClient({ region });
      // The build's id names the execution, so a start asked for twice runs once.
      const output = await client.send(
        new StartExecutionCommand({
          stateMachineArn,
          name: build.id,
          input: JSON.stringify({ buildId: build.id, kommuner: Object.keys(build.kommuner) }),
        }),
      );
      if (!output.executionArn) throw new Error('Step Functions returned no execution');
      return output.executionArn;
    },
  };
}
