import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { PUBLISH_BUILD_IMAGE } from '../../infra/constructs/site-publisher.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let resources: Record<string, Json>;
let project: Json;
let projectId: string;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const idOf = (type: string) => Object.keys(book.template.findResources(type))[0]!;

function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const actionsOf = (statements: Json[]) => statements.flatMap((statement) => asList(statement.Action).map(String));

beforeAll(() => {
  book = synthBookStack();
  resources = book.template.toJSON().Resources;
  [projectId, project] = Object.entries(book.template.findResources('AWS::CodeBuild::Project'))[0]! as [string, Json];
});

describe('the publishing build', () => {
  it('is a CodeBuild project on Debian with Node 24 (arm) whose source is the site code the stack deployed', () => {
    expect(project.Properties.Environment).toMatchObject({ Type: 'ARM_CONTAINER', Image: PUBLISH_BUILD_IMAGE });
    expect(project.Properties.Source.Type).toBe('S3');
    expect(JSON.stringify(project.Properties.Source.Location)).toMatch(/cdk-.*-assets-.*\.zip/);
    expect(project.Properties.ConcurrentBuildLimit).toBe(1);
  });

  it('pulls the published revisions, builds, and only then syncs the bucket and invalidates CloudFront', () => {
    const spec = JSON.parse(project.Properties.Source.BuildSpec) as {
      phases: Record<string, { commands: string[]; 'on-failure'?: string }>;
    };
    expect(spec.phases.build!.commands).toEqual(['npm run -s publish:pull', 'npm run build']);
    expect(spec.phases.install!.commands.join('\n')).toMatch(/apt-get install .*chromium/);
    expect(spec.phases.build!['on-failure']).toBe('ABORT');
    expect(spec.phases.post_build!.commands.join('\n')).toMatch(
      /aws s3 sync dist "s3:\/\/\$SITE_BUCKET" --delete --exclude redaksjon\/config.json\naws cloudfront create-invalidation --distribution-id "\$DISTRIBUTION_ID"/,
    );
    const variables = Object.fromEntries(
      (project.Properties.Environment.EnvironmentVariables as Json[]).map((variable) => [variable.Name, variable.Value]),
    );
    expect(variables).toMatchObject({
      TABLE_NAME: { Ref: idOf('AWS::DynamoDB::GlobalTable') },
      SITE_BUCKET: { Ref: expect.stringMatching(/^SiteContent/) },
      DISTRIBUTION_ID: { Ref: idOf('AWS::CloudFront::Distribution') },
      BOOKLET: 'required',
    });
  });

  it('may only read the table, write the site bucket and invalidate that distribution', () => {
    const [roleId] = referencedIds(project.Properties.ServiceRole);
    const statements = statementsOf(roleId!);
    const tableArn = { 'Fn::GetAtt': [idOf('AWS::DynamoDB::GlobalTable'), 'Arn'] };
    const dynamo = statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toEqual([expect.objectContaining({ Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableArn })]);
    const siteBucket = Object.keys(book.template.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('SiteContent'))!;
    const writes = statements.filter((statement) => actionsOf([statement]).some((action) => /^s3:(Put|Delete)/.test(action)));
    expect(writes).toEqual([
      expect.objectContaining({
        Action: ['s3:PutObject', 's3:DeleteObject'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [siteBucket, 'Arn'] }, '/*']] },
      }),
    ]);
    const invalidation = statements.filter((statement) => actionsOf([statement]).some((action) => action.startsWith('cloudfront:')));
    expect(invalidation).toHaveLength(1);
    expect(asList(invalidation[0]!.Action)).toEqual(['cloudfront:CreateInvalidation']);
    expect(JSON.stringify(invalidation[0]!.Resource)).toContain(idOf('AWS::CloudFront::Distribution'));
    const allowed =
      /^(dynamodb:(GetItem|Query)|s3:(ListBucket|PutObject|DeleteObject|GetObject\*?|GetBucket\*|List\*)|cloudfront:CreateInvalidation|logs:(CreateLogGroup|CreateLogStream|PutLogEvents)|codebuild:(CreateReportGroup|CreateReport|UpdateReport|BatchPutTestCases|BatchPutCodeCoverages))$/;
    expect(actionsOf(statements).filter((action) => !allowed.test(action))).toEqual([]);
  });

  it('can be started only by the publish function, and its state read only by the status function, on this project alone', () => {
    const projectArn = { 'Fn::GetAtt': [projectId, 'Arn'] };
    const functions = Object.values(book.template.findResources('AWS::Lambda::Function'));
    for (const fn of functions) {
      // Functions that serve no route (the origin secret's rotation, CDK's helpers) get no CodeBuild rights either.
      const route = routes.find((candidate) => `${candidate.method} ${candidate.path}` === fn.Properties.Description);
      const [roleId] = referencedIds(fn.Properties.Role);
      const codebuild = statementsOf(roleId!).filter((statement) =>
        actionsOf([statement]).some((action) => action.startsWith('codebuild:')),
      );
      const expected =
        route?.path === '/api/moderation/publish'
          ? 'codebuild:StartBuild'
          : route?.path === '/api/moderation/publish/{id}'
            ? 'codebuild:BatchGetBuilds'
            : undefined;
      if (expected) {
        expect(codebuild, route!.path).toEqual([expect.objectContaining({ Action: expected, Resource: projectArn })]);
        expect(fn.Properties.Environment.Variables.PUBLISH_PROJECT_NAME).toEqual({ Ref: projectId });
      } else {
        expect(codebuild, route?.path ?? fn.Properties.Description).toEqual([]);
      }
    }
  });
});
