import { beforeAll, describe, expect, it } from 'vitest';
import { insightDigest, mailRetry, routes } from '../../functions/routes.ts';
import { MAIL_FUNCTION_DESCRIPTIONS } from '../../infra/constructs/mail-sending.ts';
import { PUBLISHING_TASK_DESCRIPTIONS } from '../../infra/constructs/publishing-tasks.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

const RETRY_DESCRIPTION = MAIL_FUNCTION_DESCRIPTIONS.retry;
const DIGEST_DESCRIPTION = MAIL_FUNCTION_DESCRIPTIONS.digest;
let book: SynthesizedBook;
let resources: Record<string, Json>;

beforeAll(() => {
  book = synthBookStack({ context: { mailIdentity: 'jevnaker.kommune.no', editorsEmail: 'redaksjonen@jevnaker.kommune.no' } });
  resources = book.template.toJSON().Resources;
});

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

function functionsWithSes(template: Record<string, Json>): string[] {
  return Object.values(template)
    .filter((resource) => resource.Type === 'AWS::Lambda::Function')
    .filter((fn) => {
      const [roleId] = referencedIds(fn.Properties.Role);
      return Object.values(template)
        .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId!))
        .some((policy) =>
          (policy.Properties.PolicyDocument.Statement as Json[]).some((statement) =>
            asList(statement.Action).some((action) => String(action).startsWith('ses:')),
          ),
        );
    })
    .map((fn) => fn.Properties.Description as string)
    .sort();
}

describe('e-mail in AWS', () => {
  it('lets only the routes that send, the scheduled mail run, the monthly digest and the build reports send, with ses:SendEmail on the configured identity alone', () => {
    const senders = routes.filter((route) => 'sendsMail' in route && route.sendsMail).map((route) => `${route.method} ${route.path}`);
    expect(functionsWithSes(resources)).toEqual(
      [...senders, RETRY_DESCRIPTION, DIGEST_DESCRIPTION, PUBLISHING_TASK_DESCRIPTIONS.buildEvents].sort(),
    );
    const ses = Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::IAM::Policy')
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Json[])
      .filter((statement) => asList(statement.Action).some((action) => String(action).startsWith('ses:')));
    for (const statement of ses) {
      expect(statement.Action).toBe('ses:SendEmail');
      expect(JSON.stringify(statement.Resource)).toMatch(/:ses:.*:identity\/jevnaker\.kommune\.no"/);
    }
  });

  it("gives the senders the sender address of that identity, the editors' mailbox and the site address for links", () => {
    for (const description of [
      'PATCH /api/moderation/suggestions/{id}',
      'POST /api/council/reviews/{id}/statement',
      RETRY_DESCRIPTION,
      DIGEST_DESCRIPTION,
      'POST /api/moderation/insight/digest',
      PUBLISHING_TASK_DESCRIPTIONS.buildEvents,
    ]) {
      const fn = Object.values(resources).find(
        (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === description,
      )!;
      expect(fn.Properties.Environment.Variables, description).toMatchObject({
        MAIL_FROM: 'ikke-svar@jevnaker.kommune.no',
        EDITORS_EMAIL: 'redaksjonen@jevnaker.kommune.no',
      });
      expect(fn.Properties.Environment.Variables.SITE_URL, description).toBeDefined();
    }
  });

  it('runs the mail run every minute (receipts within a minute), with only the table actions it needs', () => {
    const [retryId, retry] = Object.entries(resources).find(
      ([, resource]) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === RETRY_DESCRIPTION,
    )!;
    const rule = Object.values(resources).find(
      (resource) => resource.Type === 'AWS::Events::Rule' && resource.Properties.ScheduleExpression,
    )!;
    expect(mailRetry.everyMinutes).toBe(1);
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 minute)');
    expect(referencedIds(rule.Properties.Targets[0].Arn)).toContain(retryId);
    const [roleId] = referencedIds(retry.Properties.Role);
    const dynamo = statementsOf(roleId!).filter((statement) =>
      asList(statement.Action).some((action) => String(action).startsWith('dynamodb:')),
    );
    expect(dynamo.map((statement) => asList(statement.Action))).toEqual([[...mailRetry.dynamodb].sort()]);
  });

  it('sends the councils’ monthly e-mail on the 1st at 08:00 in Norway (EventBridge Scheduler, retried), with only its table actions', () => {
    const [digestId, digest] = Object.entries(resources).find(
      ([, resource]) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === DIGEST_DESCRIPTION,
    )!;
    const schedule = Object.values(resources).find(
      (resource) => resource.Type === 'AWS::Scheduler::Schedule' && referencedIds(resource.Properties.Target.Arn).includes(digestId),
    )!;
    expect(insightDigest.hour).toBe(8);
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 8 1 * ? *)',
      ScheduleExpressionTimezone: 'Europe/Oslo',
      State: 'ENABLED',
    });
    expect(schedule.Properties.Target.RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
    const [roleId] = referencedIds(digest.Properties.Role);
    const dynamo = statementsOf(roleId!).filter((statement) =>
      asList(statement.Action).some((action) => String(action).startsWith('dynamodb:')),
    );
    expect(dynamo.map((statement) => asList(statement.Action))).toEqual([[...insightDigest.dynamodb].sort()]);
  });

  it('is off, with no SES permission at all, until an identity is configured', () => {
    const plain = synthBookStack();
    expect(functionsWithSes(plain.template.toJSON().Resources)).toEqual([]);
    expect(plain.config.warnings.join('\n')).toContain('mailIdentity');
  });
});
