import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_BUILD_IMAGE } from '../../infra/constructs/site-publisher.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

/**
 * The book's root page in AWS (tests/fixtures/books/jevnaker-halden.json): a publication that
 * rebuilt every kommune ends with one build that writes the choice of kommune, its 404 and
 * robots.txt to the bucket's root; its role reads only the first kommune's front page and the
 * files it links, writes only the root's files, and never touches the table.
 */
type Json = Record<string, any>;

let book: SynthesizedBook;
let single: SynthesizedBook;
let resources: Record<string, Json>;
let rootId: string;
let root: Json;
let definition: Json;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);
function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
/** The object keys of a bucket ARN made with arnForObjects. */
const keysOf = (statement: Json): unknown[] =>
  (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]).map((arn: Json) => arn['Fn::Join'][1].at(-1));

beforeAll(() => {
  book = synthBookStack({ context: { bookConfig: 'tests/fixtures/books/jevnaker-halden.json' } });
  single = synthBookStack();
  resources = book.template.toJSON().Resources;
  [rootId, root] = Object.entries(book.template.findResources('AWS::CodeBuild::Project')).find(([, project]) =>
    String(project.Properties.Description).includes('rotside'),
  )! as [string, Json];
  const machine = Object.values(book.template.findResources('AWS::StepFunctions::StateMachine'))[0]!;
  const [separator, parts] = machine.Properties.DefinitionString['Fn::Join'] as [string, unknown[]];
  definition = JSON.parse(
    parts.map((part) => (typeof part === 'string' ? part : `<${referencedIds(part)[0] ?? 'ref'}>`)).join(separator),
  ) as Json;
}, 180_000);

describe('the end of a book’s publication', () => {
  it('builds the root page once the kommuner are done, when the publication rebuilt every kommune of the book, and only then', () => {
    expect(definition.States.EachKommune.Next).toBe('CountKommuner');
    expect(definition.States.CountKommuner).toMatchObject({
      Type: 'Pass',
      Parameters: { 'count.$': 'States.ArrayLength($.kommuner)' },
      ResultPath: '$.rebuilt',
      Next: 'WholeBook',
    });
    expect(definition.States.WholeBook).toMatchObject({
      Type: 'Choice',
      Choices: [{ Variable: '$.rebuilt.count', NumericEquals: 2, Next: 'BuildBookRoot' }],
      Default: 'SomeKommuner',
    });
    expect(definition.States.SomeKommuner.Type).toBe('Succeed');
    const build = definition.States.BuildBookRoot;
    expect(build.Resource).toMatch(/:states:::codebuild:startBuild\.sync$/);
    expect(build.Parameters.ProjectName).toBe(`<${rootId}>`);
    expect(build.Retry).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], MaxAttempts: 1 })]);
    expect(build.End).toBe(true);
  });

  it('writes the root page from the served front page of the book’s first kommune, copying its stylesheet before the pages that link it', () => {
    expect(root.Properties.Environment).toMatchObject({ Type: 'ARM_CONTAINER', Image: PUBLISH_BUILD_IMAGE });
    expect(root.Properties.ConcurrentBuildLimit).toBe(1);
    const variables = Object.fromEntries(
      (root.Properties.Environment.EnvironmentVariables as { Name: string; Value: unknown }[]).map(({ Name, Value }) => [Name, Value]),
    );
    expect(variables.BOOK_CONFIG).toBe('tests/fixtures/books/jevnaker-halden.json');
    const spec = JSON.parse(root.Properties.Source.BuildSpec) as { phases: Record<string, { commands: string[] }> };
    expect(spec.phases.install!.commands.join('\n')).not.toMatch(/chromium/);
    expect(spec.phases.build!.commands).toEqual([
      'mkdir -p /tmp/book-root',
      'aws s3 cp "s3://$SITE_BUCKET/$(node tools/build/book-root-upload.ts front-page)" /tmp/book-root/front.html',
      'node tools/build/book-root-upload.ts write /tmp/book-root/front.html /tmp/book-root',
      'while read -r from to; do aws s3 cp "s3://$SITE_BUCKET/$from" "s3://$SITE_BUCKET/$to" --copy-props metadata-directive; done < /tmp/book-root/copies.txt',
      'aws s3 cp /tmp/book-root/site "s3://$SITE_BUCKET/" --recursive',
      'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths $(cat /tmp/book-root/invalidate.txt)',
    ]);
  });

  it('may read only that kommune’s front page and what it links, write only the root’s files, and invalidate only this distribution', () => {
    const statements = statementsOf(referencedIds(root.Properties.ServiceRole)[0]!);
    const actions = statements.flatMap((statement) => asList(statement.Action));
    expect(actions.filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    expect(actions).not.toContain('s3:DeleteObject');
    expect(actions).not.toContain('s3:ListBucket');
    const [bucketId] = Object.keys(book.template.findResources('AWS::S3::Bucket'));
    const onSite = statements.filter((statement) => referencedIds(statement.Resource).includes(bucketId!));
    expect(onSite.map((statement) => [statement.Action, keysOf(statement)])).toEqual([
      ['s3:GetObject', ['/jevnaker/index.html', '/jevnaker/_astro/*', '/jevnaker/favicon.svg']],
      ['s3:PutObject', ['/index.html', '/404.html', '/robots.txt', '/_astro/*', '/favicon.svg']],
    ]);
    const invalidation = statements.find((statement) => statement.Action === 'cloudfront:CreateInvalidation')!;
    const [distributionId] = Object.keys(book.template.findResources('AWS::CloudFront::Distribution'));
    expect(referencedIds(invalidation.Resource).filter((id) => !id.startsWith('AWS::'))).toEqual([distributionId]);
  });

  it('lets the fan-out start the root page’s build, and no function', () => {
    const machine = Object.values(book.template.findResources('AWS::StepFunctions::StateMachine'))[0]!;
    const starts = statementsOf(referencedIds(machine.Properties.RoleArn)[0]!).filter((statement) =>
      asList(statement.Action).includes('codebuild:StartBuild'),
    );
    expect(starts.flatMap((statement) => referencedIds(statement.Resource))).toContain(rootId);
    for (const fn of Object.values(book.template.findResources('AWS::Lambda::Function'))) {
      const started = statementsOf(referencedIds(fn.Properties.Role)[0]!).filter((statement) =>
        referencedIds(statement.Resource).includes(rootId),
      );
      expect(started, fn.Properties.Description).toEqual([]);
    }
  });

  it('is not there for a kommune on its own, whose one build writes its whole site', () => {
    expect(Object.keys(single.template.findResources('AWS::CodeBuild::Project'))).toHaveLength(1);
  });
});
