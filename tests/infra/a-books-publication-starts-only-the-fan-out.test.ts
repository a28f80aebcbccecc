import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHING_TASK_DESCRIPTIONS } from '../../infra/constructs/publishing-tasks.ts';
import { DEFAULT_FAN_OUT_CONCURRENCY } from '../../infra/config.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

/**
 * A stack for a book of several kommuner (`-c bookConfig=…`): «Publiser» and the publishing
 * functions start the fan-out's state machine and nothing else (no CodeBuild build of their own),
 * the build project builds one kommune at a time per build, as many builds as the fan-out runs at
 * once, into that kommune's folder of the bucket; a stack for one kommune has no fan-out at all.
 */
type Json = Record<string, any>;

let book: SynthesizedBook;
let single: SynthesizedBook;
const STARTERS = new Set([...Object.values(PUBLISHING_TASK_DESCRIPTIONS), 'POST /api/moderation/publish']);

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);
function statementsOf(synth: SynthesizedBook, roleId: string): Json[] {
  return Object.values(synth.template.toJSON().Resources as Record<string, Json>)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && referencedIds(resource.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
const actionsOf = (synth: SynthesizedBook, fn: Json) =>
  statementsOf(synth, referencedIds(fn.Properties.Role)[0]!).flatMap((statement) => asList(statement.Action));

beforeAll(() => {
  book = synthBookStack({ context: { bookConfig: 'tests/fixtures/books/jevnaker-halden.json' } });
  single = synthBookStack();
}, 180_000);

describe('a stack for a book of several kommuner', () => {
  it('has one fan-out state machine, which builds with the publication project', () => {
    const machines = book.template.findResources('AWS::StepFunctions::StateMachine');
    expect(Object.keys(machines)).toHaveLength(1);
    expect(Object.values(machines)[0]!.Properties.StateMachineName).toBe(`${book.config.stackName}-fan-out`);
    expect(Object.keys(single.template.findResources('AWS::StepFunctions::StateMachine'))).toHaveLength(0);
    const [projectId] = Object.keys(book.template.findResources('AWS::CodeBuild::Project'));
    expect(JSON.stringify(Object.values(machines)[0]!.Properties.DefinitionString)).toContain(projectId!);
  });

  it('lets «Publiser» and the publishing functions start the fan-out, told the book’s kommuner, and never a CodeBuild build', () => {
    const [machine] = Object.values(book.template.findResources('AWS::StepFunctions::StateMachine'));
    const machineArn = new RegExp(`:stateMachine:${machine!.Properties.StateMachineName}"`);
    const starters = Object.values(book.template.findResources('AWS::Lambda::Function')).filter((fn) =>
      STARTERS.has(fn.Properties.Description),
    );
    expect(starters).toHaveLength(STARTERS.size);
    for (const fn of starters) {
      const statements = statementsOf(book, referencedIds(fn.Properties.Role)[0]!);
      const states = statements.filter((statement) => asList(statement.Action).some((action) => action.startsWith('states:')));
      expect(
        states.map((statement) => statement.Action),
        fn.Properties.Description,
      ).toEqual(['states:StartExecution']);
      expect(JSON.stringify(states[0]!.Resource)).toMatch(machineArn);
      expect(
        actionsOf(book, fn).filter((action) => action.startsWith('codebuild:')),
        fn.Properties.Description,
      ).toEqual([]);
      expect(fn.Properties.Environment.Variables.BOOK_KOMMUNER).toBe('jevnaker,halden');
      expect(JSON.stringify(fn.Properties.Environment.Variables.PUBLISH_STATE_MACHINE_ARN)).toMatch(machineArn);
    }
    for (const fn of Object.values(book.template.findResources('AWS::Lambda::Function')).filter(
      (candidate) => !STARTERS.has(candidate.Properties.Description),
    )) {
      expect(
        actionsOf(book, fn).filter((action) => action.startsWith('states:')),
        fn.Properties.Description,
      ).toEqual([]);
    }
  });

  it('tells every function of the book its kommuner, so each serves the kommune a request names; a kommune on its own tells none', () => {
    const tableFunctions = (synth: SynthesizedBook) =>
      Object.values(synth.template.findResources('AWS::Lambda::Function')).filter((fn) => fn.Properties.Environment?.Variables?.TABLE_NAME);
    expect(tableFunctions(book).length).toBeGreaterThan(STARTERS.size);
    for (const fn of tableFunctions(book))
      expect(fn.Properties.Environment.Variables.BOOK_KOMMUNER, fn.Properties.Description).toBe('jevnaker,halden');
    for (const fn of tableFunctions(single))
      expect(fn.Properties.Environment.Variables.BOOK_KOMMUNER, fn.Properties.Description).toBeUndefined();
  });

  it('builds one kommune per build, as many at once as the fan-out runs, each synced into its own folder of the bucket', () => {
    const project = Object.values(book.template.findResources('AWS::CodeBuild::Project'))[0]!;
    expect(project.Properties.ConcurrentBuildLimit).toBe(DEFAULT_FAN_OUT_CONCURRENCY);
    const variables = Object.fromEntries(
      (project.Properties.Environment.EnvironmentVariables as { Name: string; Value: unknown }[]).map((variable) => [
        variable.Name,
        variable.Value,
      ]),
    );
    expect(variables).toMatchObject({
      BOOK_CONFIG: 'tests/fixtures/books/jevnaker-halden.json',
      LOCAL_PARTS_FILE: '/tmp/published-book/local-parts.json',
      // The kommune's own published facts and the national ones over its own seed files (pull-published with BOOK_KOMMUNE).
      FACTS_DIR: '/tmp/published-book/facts',
    });
    const spec = JSON.parse(project.Properties.Source.BuildSpec) as { phases: Record<string, { commands: string[] }> };
    expect(spec.phases.build!.commands[0]).toBe('eval "$(node tools/build/kommune-env.ts)"');
    const syncs = [...spec.phases.build!.commands, ...spec.phases.post_build!.commands].filter((command) =>
      command.startsWith('aws s3 sync'),
    );
    expect(syncs).toHaveLength(2);
    for (const sync of syncs) expect(sync).toMatch(/^aws s3 sync dist "s3:\/\/\$SITE_BUCKET\/\$SITE_FOLDER"/);
    const invalidations = spec.phases.build!.commands.filter((command) => command.includes('create-invalidation'));
    expect(invalidations).toEqual(['aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/$SITE_FOLDER/*"']);
  });
});
