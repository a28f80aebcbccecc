import { Duration, Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { mailRetry } from '../../functions/routes.ts';
import type { MailConfig } from '../config.ts';
import { AppFunction } from './app-function.ts';
import { grantTableActions } from './table-access.ts';

export interface MailSendingProps {
  readonly mail: MailConfig;
  readonly retry: typeof mailRetry;
  readonly functionsDir: string;
  readonly table: TableV2;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetentionDays: number;
}

/**
 * E-mail through Amazon SES: the functions that send get `ses:SendEmail` on the one configured
 * identity and nothing else, and a scheduled function (every minute) sends the due receipts and
 * review reminders and retries what could not be sent at once.
 */
export class MailSending extends Construct {
  readonly retryFunction: IFunction;
  readonly environment: Readonly<Record<string, string>>;
  private readonly identityArn: string;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.identityArn = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.mail.identity });
    this.environment = { MAIL_FROM: props.mail.from, ...(props.mail.editors ? { EDITORS_EMAIL: props.mail.editors } : {}) };
    const retry = new AppFunction(this, 'Retry', {
      entry: resolve(props.functionsDir, props.retry.handler),
      description: 'Alderdommens ABC: sends due receipts and reminders, tries unsent e-mail again',
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
    this.retryFunction = retry.function;
  }

  allowSending(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.identityArn] }));
  }
}
