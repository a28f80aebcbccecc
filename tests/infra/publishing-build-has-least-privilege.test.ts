import { beforeAll, describe, expect, it } from 'vitest';
import { publicationBuild, publishingTasks, routes } from '../../functions/routes.ts';
import { PUBLISHING_TASK_DESCRIPTIONS } from '../../infra/constructs/publishing-tasks.ts';
import { PUBLISH_BUILD_IMAGE } from '../../infra/constructs/site-publisher.ts';
import { BUILD_TIME_LIMIT_MINUTES, BUILD_TIMEOUT_MINUTES } from '../../src/core/publishing/stages.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let resources: Record<string, Json>;
let project: Json;
let projectId: string;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const idOf = (type: string) => Object.keys(book.template.findResources(type))[0]!;
const functionNamed = (description: string) =>
  Object.entries(book.template.findResources('AWS::Lambda::Function')).find(([, fn]) => fn.Properties.Description === description)!;

function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const actionsOf = (statements: Json[]) => statements.flatMap((statement) => asList(statement.Action).map(String));
/** IAM's StringLike: `*` is any run of characters. */
const like = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(value);

beforeAll(() => {
  book = synthBookStack();
  resources = book.template.toJSON().Resources;
  [projectId, project] = Object.entries(book.template.findResources('AWS::CodeBuild::Project'))[0]! as [string, Json];
});

describe('the publication build', () => {
  it('is a CodeBuild project on Debian with Node 24 (arm), one build at a time, ended by CodeBuild before the clock’s time limit', () => {
    expect(project.Properties.Environment).toMatchObject({ Type: 'ARM_CONTAINER', Image: PUBLISH_BUILD_IMAGE });
    expect(project.Properties.Source.Type).toBe('S3');
    expect(JSON.stringify(project.Properties.Source.Location)).toMatch(/cdk-.*-assets-.*\.zip/);
    expect(project.Properties.ConcurrentBuildLimit).toBe(1);
    expect(project.Properties.TimeoutInMinutes).toBe(BUILD_TIMEOUT_MINUTES);
    expect(BUILD_TIMEOUT_MINUTES).toBeLessThan(BUILD_TIME_LIMIT_MINUTES);
  });

  it('puts the web pages out first (linked to the PDFs served now) and prints the book after, only if they went out', () => {
    const spec = JSON.parse(project.Properties.Source.BuildSpec) as {
      phases: Record<string, { commands: string[]; 'on-failure'?: string }>;
    };
    expect(spec.phases.install!.commands.join('\n')).toMatch(/apt-get install .*chromium/);
    expect(spec.phases.build!['on-failure']).toBe('ABORT');
    expect(spec.phases.build!.commands).toEqual([
      'npm run -s publish:pull',
      'BOOKLET=off npm run build',
      'aws s3 cp "s3://$SITE_BUCKET/bok/utgave.json" "dist/bok/utgave.json" || true',
      'npm run -s booklet:links',
      'aws s3 sync dist "s3://$SITE_BUCKET" --exclude redaksjon/config.json --delete --exclude "bok/*"',
      'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
    ]);
    expect(spec.phases.post_build!.commands).toEqual([
      '[ "$CODEBUILD_BUILD_SUCCEEDING" = 1 ]',
      'BOOKLET=required npm run -s booklet',
      'aws s3 sync dist "s3://$SITE_BUCKET" --exclude redaksjon/config.json',
      'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
    ]);
    const variables = Object.fromEntries(
      (project.Properties.Environment.EnvironmentVariables as Json[]).map((variable) => [variable.Name, variable.Value]),
    );
    expect(variables).toMatchObject({
      TABLE_NAME: { Ref: idOf('AWS::DynamoDB::GlobalTable') },
      SITE_BUCKET: { Ref: expect.stringMatching(/^SiteContent/) },
      DISTRIBUTION_ID: { Ref: idOf('AWS::CloudFront::Distribution') },
    });
  });

  it('may read only the book’s partitions of the table – no contact item – write the site bucket and invalidate that distribution', () => {
    const [roleId] = referencedIds(project.Properties.ServiceRole);
    const statements = statementsOf(roleId!);
    const tableArn = { 'Fn::GetAtt': [idOf('AWS::DynamoDB::GlobalTable'), 'Arn'] };
    const dynamo = statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:Query'],
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...publicationBuild.partitions] } },
      }),
    ]);
    const readable = dynamo[0]!.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys'] as string[];
    // Contact data lives under SUGGESTION#<id> (sk CONTACT): no pattern reaches it.
    for (const key of [
      'SUGGESTION#0b6f2c1e-1111-4a5e-9c1d-2f3a4b5c6d7e',
      'KOMMUNE#verdal#SUGGESTION#0b6f2c1e-1111-4a5e-9c1d-2f3a4b5c6d7e',
      'OUTBOX',
      'COUNCILS',
      'RATE#ab',
    ])
      expect(
        readable.some((pattern) => like(pattern, key)),
        key,
      ).toBe(false);
    // A kommune's own facts in a book (KOMMUNE#<id>#FACTS…): its publication build lays them over its fact files.
    for (const key of [
      'ARTICLES',
      'ARTICLE#sykehjem',
      'ARTICLES#nn',
      'ARTICLE#nn#sykehjem',
      'REVIEWS',
      'PUBLISHING',
      'FACTS',
      'KOMMUNE#verdal#FACTS',
      'KOMMUNE#verdal#FACT#hjemmetjenesten',
    ])
      expect(
        readable.some((pattern) => like(pattern, key)),
        key,
      ).toBe(true);

    const siteBucket = Object.keys(book.template.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('SiteContent'))!;
    const writes = statements.filter((statement) => actionsOf([statement]).some((action) => /^s3:(Put|Delete)/.test(action)));
    expect(writes).toEqual([
      expect.objectContaining({
        Action: ['s3:PutObject', 's3:DeleteObject'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [siteBucket, 'Arn'] }, '/*']] },
      }),
    ]);
    const siteReads = statements.filter(
      (statement) => actionsOf([statement]).includes('s3:GetObject') && JSON.stringify(statement.Resource).includes(siteBucket),
    );
    expect(siteReads).toEqual([
      expect.objectContaining({ Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [siteBucket, 'Arn'] }, '/bok/utgave.json']] } }),
    ]);
    const invalidation = statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith('cloudfront:')));
    expect(invalidation).toHaveLength(1);
    expect(asList(invalidation[0]!.Action)).toEqual(['cloudfront:CreateInvalidation']);
    expect(JSON.stringify(invalidation[0]!.Resource)).toContain(idOf('AWS::CloudFront::Distribution'));
    const allowed =
      /^(dynamodb:(GetItem|Query)|s3:(ListBucket|PutObject|DeleteObject|GetObject\*?|GetBucket\*|List\*)|cloudfront:CreateInvalidation|logs:(CreateLogGroup|CreateLogStream|PutLogEvents)|codebuild:(CreateReportGroup|CreateReport|UpdateReport|BatchPutTestCases|BatchPutCodeCoverages))$/;
    expect(actionsOf(statements).filter((action) => !allowed.test(action))).toEqual([]);
  });

  it('is started only by the publish route and the publishing functions, on this project alone; nobody reads its state', () => {
    const projectArn = { 'Fn::GetAtt': [projectId, 'Arn'] };
    const starters = new Set([...Object.values(PUBLISHING_TASK_DESCRIPTIONS), 'POST /api/moderation/publish']);
    for (const fn of Object.values(book.template.findResources('AWS::Lambda::Function'))) {
      const [roleId] = referencedIds(fn.Properties.Role);
      const codebuild = statementsOf(roleId!).filter((statement) =>
        actionsOf([statement]).some((action) => action.startsWith('codebuild:')),
      );
      if (starters.has(fn.Properties.Description)) {
        expect(codebuild, fn.Properties.Description).toEqual([
          expect.objectContaining({ Action: 'codebuild:StartBuild', Resource: projectArn }),
        ]);
        expect(fn.Properties.Environment.Variables.PUBLISH_PROJECT_NAME).toEqual({ Ref: projectId });
      } else {
        expect(codebuild, fn.Properties.Description).toEqual([]);
      }
    }
    expect(routes.filter((route) => 'buildService' in route).map((route) => route.path)).toEqual(['/api/moderation/publish']);
  });
});

describe('what completes publications in AWS', () => {
  it('sends every phase and state change of this project, and nothing else, to the build reports function', () => {
    const [eventsId] = functionNamed(PUBLISHING_TASK_DESCRIPTIONS.buildEvents);
    const rules = Object.values(book.template.findResources('AWS::Events::Rule')).filter((rule) => rule.Properties.EventPattern);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.Properties.EventPattern).toEqual({
      source: ['aws.codebuild'],
      'detail-type': ['CodeBuild Build State Change', 'CodeBuild Build Phase Change'],
      detail: { 'project-name': [{ Ref: projectId }] },
    });
    expect(referencedIds(rules[0]!.Properties.Targets[0].Arn)).toEqual([eventsId]);
    expect(rules[0]!.Properties.Targets[0].RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
  });

  it('runs the publishing clock every minute with EventBridge Scheduler, allowed to invoke that function only', () => {
    const [clockId] = functionNamed(PUBLISHING_TASK_DESCRIPTIONS.clock);
    const [schedule] = Object.values(book.template.findResources('AWS::Scheduler::Schedule'));
    expect(schedule!.Properties.ScheduleExpression).toBe(`rate(${publishingTasks.clock.everyMinutes} minute)`);
    expect(referencedIds(schedule!.Properties.Target.Arn)).toEqual([clockId]);
    const [schedulerRole] = referencedIds(schedule!.Properties.Target.RoleArn);
    const statements = statementsOf(schedulerRole!);
    expect(actionsOf(statements)).toEqual(['lambda:InvokeFunction']);
    expect(referencedIds(statements.map((statement) => statement.Resource))).toEqual([clockId, clockId]);
  });

  it('lets each publishing function do exactly the table actions functions/routes.ts lists', () => {
    const tableArn = { 'Fn::GetAtt': [idOf('AWS::DynamoDB::GlobalTable'), 'Arn'] };
    for (const [task, description] of Object.entries(PUBLISHING_TASK_DESCRIPTIONS)) {
      const [, fn] = functionNamed(description);
      const [roleId] = referencedIds(fn.Properties.Role);
      const dynamo = statementsOf(roleId!).filter((statement) => actionsOf([statement]).some((action) => action.startsWith('dynamodb:')));
      expect(dynamo, task).toEqual([
        expect.objectContaining({
          Action: [...publishingTasks[task as keyof typeof publishingTasks].dynamodb].sort(),
          Resource: tableArn,
        }),
      ]);
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
    }
  });
});
