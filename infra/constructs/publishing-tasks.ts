import { CustomResource, Duration } from 'aws-cdk-lib';
import type { IProject } from 'aws-cdk-lib/aws-codebuild';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { publishingTasks } from '../../functions/routes.ts';
import { AppFunction } from './app-function.ts';
import type { MailSending } from './mail-sending.ts';
import { grantTableActions } from './table-access.ts';

export interface PublishingTasksProps {
  readonly tasks: typeof publishingTasks;
  readonly functionsDir: string;
  readonly table: TableV2;
  readonly project: Pick<IProject, 'projectArn' | 'projectName'>;
  /** Environment of every function, besides TABLE_NAME and PUBLISH_PROJECT_NAME. */
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetentionDays: number;
  /** E-mail sending, when configured: the build's events send the «publisert» e-mails. */
  readonly mail?: MailSending | undefined;
  /** A book of several kommuner: the functions start the fan-out (useFanOut), never a CodeBuild build of their own. */
  readonly book?: boolean;
}

/** How the publishing functions are described (in the console and on alarms). */
export const PUBLISHING_TASK_DESCRIPTIONS = {
  buildEvents: 'Alderdommens ABC: publication build reports',
  clock: 'Alderdommens ABC: publishing clock',
  afterDeploy: 'Alderdommens ABC: publication build after a deploy',
} as const satisfies Record<keyof typeof publishingTasks, string>;

/**
 * What moves publications on in AWS, so nothing waits for an editor's browser:
 * - the build's events: every phase and state change of the publication build project reaches
 *   reportBuild (EventBridge, retried), which completes the build's publications and starts the next;
 * - the publishing clock: EventBridge Scheduler every minute (scheduled publications, builds past
 *   their time limit, publications left waiting by a refused start);
 * - after a deploy: a custom resource that, whenever the site code changes, asks for a publication
 *   build instead of uploading a site built from git alone.
 * Each function may do exactly its table actions (functions/routes.ts) and start builds of this
 * one project; only the events function sends e-mail.
 */
export class PublishingTasks extends Construct {
  readonly functions: { readonly label: string; readonly function: IFunction }[] = [];
  /** The functions that start builds, with their environment. */
  private readonly starters: AppFunction['function'][] = [];
  /** The function that turns build reports into publication stages (the fan-out tells it of a kommune that failed for good). */
  readonly buildEvents: IFunction;
  private readonly afterDeploy: IFunction;

  constructor(scope: Construct, id: string, props: PublishingTasksProps) {
    super(scope, id);
    const task = (name: string, description: string, definition: (typeof publishingTasks)[keyof typeof publishingTasks]) => {
      const fn = new AppFunction(this, name, {
        entry: resolve(props.functionsDir, definition.handler),
        description,
        environment: {
          ...props.environment,
          TABLE_NAME: props.table.tableName,
          PUBLISH_PROJECT_NAME: props.project.projectName,
          ...('sendsMail' in definition && definition.sendsMail && props.mail ? props.mail.environment : {}),
        },
        logRetentionDays: props.logRetentionDays,
      });
      grantTableActions(fn.function, props.table, [], definition.dynamodb);
      if (!props.book)
        fn.function.addToRolePolicy(new PolicyStatement({ actions: ['codebuild:StartBuild'], resources: [props.project.projectArn] }));
      if ('sendsMail' in definition && definition.sendsMail) props.mail?.allowSending(fn.function);
      this.functions.push({ label: description, function: fn.function });
      this.starters.push(fn.function);
      return fn.function;
    };

    const events = task('BuildEvents', PUBLISHING_TASK_DESCRIPTIONS.buildEvents, props.tasks.buildEvents);
    this.buildEvents = events;
    new Rule(this, 'BuildChanges', {
      description: 'Alderdommens ABC: every phase and state change of the publication build',
      eventPattern: {
        source: ['aws.codebuild'],
        detailType: ['CodeBuild Build State Change', 'CodeBuild Build Phase Change'],
        detail: { 'project-name': [props.project.projectName] },
      },
      targets: [new LambdaFunction(events, { retryAttempts: 8, maxEventAge: Duration.hours(6) })],
    });

    const clock = task('Clock', PUBLISHING_TASK_DESCRIPTIONS.clock, props.tasks.clock);
    new Schedule(this, 'ClockSchedule', {
      description: 'Alderdommens ABC: scheduled publications, build time limits and waiting publications',
      schedule: ScheduleExpression.rate(Duration.minutes(props.tasks.clock.everyMinutes)),
      // The next minute runs it again; a retry would only overlap it.
      target: new LambdaInvoke(clock, { retryAttempts: 0 }),
    });

    this.afterDeploy = task('AfterDeploy', PUBLISHING_TASK_DESCRIPTIONS.afterDeploy, props.tasks.afterDeploy);
  }

  /** A book of several kommuner: every function may start the fan-out, and knows it and the book's kommuner. */
  useFanOut(fanOut: { allowStarting(fn: IFunction): void }, environment: Readonly<Record<string, string>>): void {
    for (const fn of this.starters) {
      fanOut.allowStarting(fn);
      for (const [name, value] of Object.entries(environment)) fn.addEnvironment(name, value);
    }
  }

  /** A deploy whose site code differs from the last one (`codeHash`) asks for a publication build. */
  publishAfterDeploy(codeHash: string): CustomResource {
    const provider = new Provider(this, 'AfterDeployProvider', { onEventHandler: this.afterDeploy });
    return new CustomResource(this, 'PublicationAfterDeploy', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::PublicationAfterDeploy',
      properties: { siteCode: codeHash },
    });
  }
}
