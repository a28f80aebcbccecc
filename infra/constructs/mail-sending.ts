import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule as SchedulerSchedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { insightDigest, mailRetry } from '../../functions/routes.ts';
import type { MailConfig } from '../config.ts';
import { AppFunction } from './app-function.ts';
import { grantTableActions } from './table-access.ts';

/** The two scheduled mail functions, by their descriptions (what the template and its tests name them by). */
export const MAIL_FUNCTION_DESCRIPTIONS = {
  retry: 'Alderdommens ABC: sends due receipts and reminders, tries unsent e-mail again',
  digest: 'Alderdommens ABC: the councils’ monthly e-mail of missed searches',
} as const;

export interface MailSendingProps {
  readonly mail: MailConfig;
  readonly retry: typeof mailRetry;
  /** The councils' monthly e-mail (issue 27): a function of its own on an EventBridge Scheduler schedule. */
  readonly digest: typeof insightDigest;
  readonly functionsDir: string;
  readonly table: TableV2;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetentionDays: number;
}

/**
 * E-mail through Amazon SES: the functions that send get `ses:SendEmail` on the one configured
 * identity and nothing else, and a scheduled function (every minute) sends the due receipts and
 * review reminders and retries what could not be sent at once; and on the 1st of each month, in the
 * morning Norwegian time, an EventBridge Scheduler schedule sends each council its monthly e-mail
 * (retried when it fails: the outbox key sends each council one a month however often it runs).
 */
export class MailSending extends Construct {
  /** The scheduled functions, for the operators' alarms. */
  readonly functions: { readonly label: string; readonly function: IFunction }[];
  readonly environment: Readonly<Record<string, string>>;
  private readonly identityArn: string;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.identityArn = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.mail.identity });
    this.environment = { MAIL_FROM: props.mail.from, ...(props.mail.editors ? { EDITORS_EMAIL: props.mail.editors } : {}) };
    const retry = new AppFunction(this, 'Retry', {
      entry: resolve(props.functionsDir, props.retry.handler),
      description: MAIL_FUNCTION_DESCRIPTIONS.retry,
      environment: { ...props.environment, ...this.environment, TABLE_NAME: props.table.tableName },
      logRetentionDays: props.logRetentionDays,
    });
    grantTableActions(retry.function, props.table, [], props.retry.dynamodb);
    this.allowSending(retry.function);
    new Rule(this, 'RetrySchedule', {
      description: 'Alderdommens ABC: the scheduled mail run',
      schedule: Schedule.rate(Duration.minutes(props.retry.everyMinutes)),
      targets: [new LambdaFunction(retry.function, { retryAttempts: 2 })],
    });

    const digest = new AppFunction(this, 'MonthlyDigest', {
      entry: resolve(props.functionsDir, props.digest.handler),
      description: MAIL_FUNCTION_DESCRIPTIONS.digest,
      environment: { ...props.environment, ...this.environment, TABLE_NAME: props.table.tableName },
      logRetentionDays: props.logRetentionDays,
    });
    grantTableActions(digest.function, props.table, [], props.digest.dynamodb);
    this.allowSending(digest.function);
    new SchedulerSchedule(this, 'MonthlyDigestSchedule', {
      description: 'Alderdommens ABC: the councils’ monthly e-mail, the 1st of each month',
      schedule: ScheduleExpression.cron({ minute: '0', hour: String(props.digest.hour), day: '1', timeZone: TimeZone.of('Europe/Oslo') }),
      target: new LambdaInvoke(digest.function, { retryAttempts: 5, maxEventAge: Duration.hours(12) }),
    });
    this.functions = [
      { label: 'mail run', function: retry.function },
      { label: 'monthly digest', function: digest.function },
    ];
  }

  allowSending(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.identityArn] }));
  }
}
