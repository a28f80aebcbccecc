import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BuildSpec, Project } from 'aws-cdk-lib/aws-codebuild';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { KommuneFanOut } from '../../infra/constructs/kommune-fan-out.ts';
import { BUILD_VARIABLES, FAN_OUT_SOURCE } from '../../src/core/publishing/build-variables.ts';
import { KOMMUNE_ATTEMPTS } from '../../src/core/publishing/stages.ts';
import { referencedIds } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let template: Template;
let resources: Record<string, Json>;
let definition: Json;
let ids: { project: string; report: string; publisher: string; other: string; stateMachine: string; role: string };

/** The state machine's definition with every CloudFormation reference written as `<logical id>`. */
function definitionOf(value: Json): Json {
  const join = value['Fn::Join'] as [string, unknown[]];
  const text = join[1].map((part) => (typeof part === 'string' ? part : `<${referencedIds(part)[0] ?? 'ref'}>`)).join(join[0]);
  return JSON.parse(text) as Json;
}

function statementsOf(roleId: string): Json[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
const roleOf = (functionId: string) => referencedIds(resources[functionId]!.Properties.Role)[0]!;
const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);

beforeAll(() => {
  const stack = new Stack(new App(), 'FanOutTest');
  const project = new Project(stack, 'Build', { buildSpec: BuildSpec.fromObject({ version: '0.2', phases: {} }) });
  const lambda = (id: string) =>
    new LambdaFunction(stack, id, {
      runtime: Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = async () => undefined;'),
    });
  const report = lambda('Report');
  const publisher = lambda('Publisher');
  lambda('Other');
  const fanOut = new KommuneFanOut(stack, 'FanOut', { project, reportFunction: report, maxConcurrency: 10 });
  fanOut.allowStarting(publisher);
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
  const idOf = (type: string, prefix: string) => Object.keys(template.findResources(type)).find((id) => id.startsWith(prefix))!;
  const stateMachine = idOf('AWS::StepFunctions::StateMachine', 'FanOut');
  ids = {
    project: idOf('AWS::CodeBuild::Project', 'Build'),
    report: idOf('AWS::Lambda::Function', 'Report'),
    publisher: idOf('AWS::Lambda::Function', 'Publisher'),
    other: idOf('AWS::Lambda::Function', 'Other'),
    stateMachine,
    role: referencedIds(resources[stateMachine]!.Properties.RoleArn)[0]!,
  };
  definition = definitionOf(resources[stateMachine]!.Properties.DefinitionString);
});

describe('the fan-out of a publication build to every kommune', () => {
  it('maps over the publication build’s kommuner, a limited number at a time', () => {
    const map = definition.States.EachKommune;
    expect(definition.StartAt).toBe('EachKommune');
    expect(map).toMatchObject({
      Type: 'Map',
      ItemsPath: '$.kommuner',
      MaxConcurrency: 10,
      ItemSelector: { 'kommune.$': '$$.Map.Item.Value', 'buildId.$': '$.buildId' },
      End: true,
    });
  });

  it('runs one CodeBuild build per kommune and waits for it, told the publication build, its kommune and its attempt', () => {
    const build = definition.States.EachKommune.ItemProcessor.States.BuildKommune;
    expect(build.Resource).toMatch(/:states:::codebuild:startBuild\.sync$/);
    expect(build.Parameters.ProjectName).toBe(`<${ids.project}>`);
    expect(build.Parameters.EnvironmentVariablesOverride).toEqual([
      { Name: BUILD_VARIABLES.build, Type: 'PLAINTEXT', 'Value.$': '$.buildId' },
      { Name: BUILD_VARIABLES.kommune, Type: 'PLAINTEXT', 'Value.$': '$.kommune' },
      { Name: BUILD_VARIABLES.attempt, Type: 'PLAINTEXT', 'Value.$': "States.Format('{}', States.MathAdd($$.State.RetryCount, 1))" },
    ]);
  });

  it('tries a failed kommune again, and when its last attempt fails records it as failed so the others finish', () => {
    const processor = definition.States.EachKommune.ItemProcessor;
    const build = processor.States.BuildKommune;
    expect(build.Retry).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], MaxAttempts: KOMMUNE_ATTEMPTS - 1 })]);
    expect(build.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordKommuneFailed' }]);
    const record = processor.States.RecordKommuneFailed;
    expect(record.Resource).toMatch(/:states:::lambda:invoke$/);
    expect(record.Parameters.FunctionName).toBe(`<${ids.report}>`);
    expect(record.Parameters.Payload).toEqual({
      source: FAN_OUT_SOURCE,
      'buildId.$': '$.buildId',
      'kommune.$': '$.kommune',
      attempts: KOMMUNE_ATTEMPTS,
      'cause.$': '$.error.Cause',
    });
    // The iteration ends there: a failed kommune never fails the Map.
    expect(record.End).toBe(true);
  });

  it('lets the state machine build and stop only this project, follow its builds through the managed rule, and call only the report function', () => {
    const statements = statementsOf(ids.role);
    const codebuild = statements.filter((statement) => asList(statement.Action).some((action) => action.startsWith('codebuild:')));
    // CDK's grant for startBuild.sync; BatchGetReports on a project (not a report group) reads nothing.
    expect(codebuild.flatMap((statement) => asList(statement.Action)).sort()).toEqual([
      'codebuild:BatchGetBuilds',
      'codebuild:BatchGetReports',
      'codebuild:StartBuild',
      'codebuild:StopBuild',
    ]);
    for (const statement of codebuild) expect(referencedIds(statement.Resource)).toEqual([ids.project]);
    const events = statements.find((statement) => asList(statement.Action).some((action) => action.startsWith('events:')))!;
    expect(asList(events.Action).sort()).toEqual(['events:DescribeRule', 'events:PutRule', 'events:PutTargets']);
    expect(JSON.stringify(events.Resource)).toMatch(/:rule\/StepFunctionsGetEventForCodeBuildStartBuildRule"/);
    const invoke = statements.filter((statement) => asList(statement.Action).includes('lambda:InvokeFunction'));
    expect(new Set(invoke.flatMap((statement) => referencedIds(statement.Resource)))).toEqual(new Set([ids.report]));
    const other = statements.filter((statement) => !asList(statement.Action).some((action) => /^(codebuild|events|lambda):/.test(action)));
    expect(other.flatMap((statement) => asList(statement.Action))).toEqual([]);
  });

  it('may be started only by the publisher, and only this state machine', () => {
    const starts = (functionId: string) =>
      statementsOf(roleOf(functionId)).filter((statement) => asList(statement.Action).some((action) => action.startsWith('states:')));
    const [statement, ...more] = starts(ids.publisher);
    expect(more).toEqual([]);
    expect(statement).toMatchObject({ Action: 'states:StartExecution', Effect: 'Allow' });
    expect(JSON.stringify(statement!.Resource)).toMatch(/:stateMachine:FanOutTest-fan-out"/);
    expect(resources[ids.stateMachine]!.Properties.StateMachineName).toBe('FanOutTest-fan-out');
    expect(starts(ids.other)).toEqual([]);
    expect(starts(ids.report)).toEqual([]);
  });
});
