import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import { BuildEnvironmentVariableType, type IProject } from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  DefinitionBody,
  IntegrationPattern,
  JsonPath,
  Map as MapState,
  Pass,
  StateMachine,
  Succeed,
  TaskInput,
  type IChainable,
} from 'aws-cdk-lib/aws-stepfunctions';
import { CodeBuildStartBuild, LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { BUILD_VARIABLES, FAN_OUT_SOURCE } from '../../src/core/publishing/build-variables.ts';
import { KOMMUNE_ATTEMPTS } from '../../src/core/publishing/stages.ts';

export interface KommuneFanOutProps {
  /** The publication build project: one build per kommune. */
  readonly project: IProject;
  /** The function that turns build reports into publication stages (reportBuild): told of a kommune that failed for good. */
  readonly reportFunction: IFunction;
  /** How many kommuner build at once (the Map's concurrency): below the account's CodeBuild quota for concurrent builds. */
  readonly maxConcurrency: number;
  /**
   * The book's root page (BookRootPublisher's project) and how many kommuner the book has: a
   * publication that rebuilt all of them ends by building and uploading the root page.
   */
  readonly root?: { readonly project: IProject; readonly bookKommuner: number };
}

/** How long the Map waits before a kommune's second attempt, and how that wait grows. */
export const KOMMUNE_RETRY = { interval: Duration.minutes(1), backoffRate: 2 } as const;

/**
 * One publication build of a book of several kommuner, fanned out: a Step Functions state machine
 * whose input is `{ buildId, kommuner }` (the kommuner the publication build rebuilds,
 * src/core/publishing/kommuner.ts). A Map state runs one CodeBuild build per kommune, up to
 * `maxConcurrency` at once, each waited for (startBuild.sync) and told its kommune, the
 * publication build and its attempt in its environment; each kommune's web pages and PDFs are
 * built, synced and reported (EventBridge → reportBuild) on their own. A failed kommune is tried
 * again (Retry, KOMMUNE_ATTEMPTS in all) without holding up the others; when its last attempt
 * fails, the Catch tells the report function, which records the kommune as failed, and the Map
 * goes on, so the other kommuner finish. Only the publisher may start it (`allowStarting`).
 */
export class KommuneFanOut extends Construct {
  readonly stateMachine: StateMachine;
  /**
   * The state machine's address, made from its name rather than read from it: the functions that
   * start it include the report function it calls, so a reference would make a cycle.
   */
  readonly stateMachineArn: string;

  constructor(scope: Construct, id: string, props: KommuneFanOutProps) {
    super(scope, id);
    const buildKommune = new CodeBuildStartBuild(this, 'BuildKommune', {
      comment: 'The kommune’s web pages, then its PDFs, each synced and reported on its own',
      project: props.project,
      integrationPattern: IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: {
        [BUILD_VARIABLES.build]: { type: BuildEnvironmentVariableType.PLAINTEXT, value: JsonPath.stringAt('$.buildId') },
        [BUILD_VARIABLES.kommune]: { type: BuildEnvironmentVariableType.PLAINTEXT, value: JsonPath.stringAt('$.kommune') },
        // The Map's own retries count the attempts: the first is 1.
        [BUILD_VARIABLES.attempt]: {
          type: BuildEnvironmentVariableType.PLAINTEXT,
          value: JsonPath.format('{}', JsonPath.mathAdd(JsonPath.numberAt('$$.State.RetryCount'), 1)),
        },
      },
      resultPath: JsonPath.DISCARD,
    });
    buildKommune.addRetry({
      errors: ['States.ALL'],
      maxAttempts: KOMMUNE_ATTEMPTS - 1,
      interval: KOMMUNE_RETRY.interval,
      backoffRate: KOMMUNE_RETRY.backoffRate,
    });
    const recordFailed = new LambdaInvoke(this, 'RecordKommuneFailed', {
      comment: 'The kommune’s last attempt failed: reportBuild marks it failed; the others go on',
      lambdaFunction: props.reportFunction,
      payload: TaskInput.fromObject({
        source: FAN_OUT_SOURCE,
        buildId: JsonPath.stringAt('$.buildId'),
        kommune: JsonPath.stringAt('$.kommune'),
        attempts: KOMMUNE_ATTEMPTS,
        cause: JsonPath.stringAt('$.error.Cause'),
      }),
      resultPath: JsonPath.DISCARD,
    });
    buildKommune.addCatch(recordFailed, { errors: ['States.ALL'], resultPath: '$.error' });

    const eachKommune = new MapState(this, 'EachKommune', {
      comment: 'Every kommune the publication rebuilds, in parallel up to the concurrency limit',
      itemsPath: JsonPath.stringAt('$.kommuner'),
      itemSelector: { 'kommune.$': '$$.Map.Item.Value', 'buildId.$': '$.buildId' },
      maxConcurrency: props.maxConcurrency,
      resultPath: JsonPath.DISCARD,
    });
    eachKommune.itemProcessor(buildKommune);

    const stack = Stack.of(this);
    // Named after the stack, so two stages side by side never share one.
    const stateMachineName = `${stack.stackName}-fan-out`;
    this.stateMachineArn = stack.formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: stateMachineName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName,
      comment: 'Alderdommens ABC: one publication build fanned out to each kommune’s build',
      definitionBody: DefinitionBody.fromChainable(props.root ? eachKommune.next(this.rootStep(props.root)) : eachKommune),
    });
  }

  /**
   * After the Map: when the publication rebuilt every kommune of the book – the build after each
   * deploy that changed the code (the first deploy's too) and each national edit – the root page
   * is built and uploaded, once, with the kommuner's names and addresses from the deployed book and
   * the look of a front page just served; a publication of some kommuner (a local part) ends
   * without it. The root page depends on nothing else: the book's list changes only with a deploy.
   */
  private rootStep(root: NonNullable<KommuneFanOutProps['root']>): IChainable {
    const count = new Pass(this, 'CountKommuner', {
      comment: 'How many kommuner this publication rebuilt',
      parameters: { count: JsonPath.arrayLength(JsonPath.listAt('$.kommuner')) },
      resultPath: '$.rebuilt',
    });
    const buildRoot = new CodeBuildStartBuild(this, 'BuildBookRoot', {
      comment: 'The book’s root page, its 404 and robots.txt, uploaded to the bucket’s root',
      project: root.project,
      integrationPattern: IntegrationPattern.RUN_JOB,
      resultPath: JsonPath.DISCARD,
    });
    buildRoot.addRetry({ errors: ['States.ALL'], maxAttempts: 1, interval: KOMMUNE_RETRY.interval });
    return count.next(
      new Choice(this, 'WholeBook')
        .when(Condition.numberEquals('$.rebuilt.count', root.bookKommuner), buildRoot)
        .otherwise(new Succeed(this, 'SomeKommuner', { comment: 'A publication of some kommuner leaves the root page as it is' })),
    );
  }

  /** Lets `fn` start executions of this state machine, and nothing else of it. */
  allowStarting(fn: IFunction): void {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['states:StartExecution'], resources: [this.stateMachineArn] }));
  }
}
