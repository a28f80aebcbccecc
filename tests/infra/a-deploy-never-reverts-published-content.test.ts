import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHING_TASK_DESCRIPTIONS } from '../../infra/constructs/publishing-tasks.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let distDir: string;
let withSite: SynthesizedBook;
let withoutSite: SynthesizedBook;
let noDeploy: SynthesizedBook;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'abc-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Forside</title>');
  writeFileSync(join(distDir, '404.html'), '<!doctype html><title>Fant ikke siden</title>');
  withSite = synthBookStack({ context: { siteDist: distDir } });
  withoutSite = synthBookStack({ context: { siteDist: join(distDir, 'missing'), deploySite: 'true' } });
  noDeploy = synthBookStack();
});

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('a deploy', () => {
  it('never uploads pages: it writes only /redaksjon/config.json (prune off, only that path invalidated)', () => {
    const deployments = Object.values(withSite.template.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(1);
    const [deployment] = deployments as Json[];
    expect(deployment!.Properties).toMatchObject({ Prune: false, DistributionPaths: ['/redaksjon/config.json'] });
    // One source, the generated settings with the Cognito client in them; no asset of dist/.
    const [clientId] = Object.keys(withSite.template.findResources('AWS::Cognito::UserPoolClient'));
    expect(deployment!.Properties.SourceMarkers).toHaveLength(1);
    expect(Object.values(deployment!.Properties.SourceMarkers[0] as Json)).toContainEqual({ Ref: clientId });
  });

  it('asks for a publication build whenever the site code changes, which builds git and everything published', () => {
    const [resource] = Object.values(withSite.template.findResources('Custom::PublicationAfterDeploy')) as Json[];
    expect(resource).toBeDefined();
    const [project] = Object.values(withSite.template.findResources('AWS::CodeBuild::Project')) as Json[];
    // The property is the hash of the code the build runs: a new hash, a new publication build.
    expect(JSON.stringify(project!.Properties.Source.Location)).toContain(`${resource!.Properties.siteCode}.zip`);
    // Its provider runs the after-deploy function, which may start the build (publishing-build-has-least-privilege).
    const providers = Object.values(withSite.template.findResources('AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.Environment?.Variables?.USER_ON_EVENT_FUNCTION_ARN,
    );
    const [afterDeployId] = Object.entries(withSite.template.findResources('AWS::Lambda::Function')).find(
      ([, fn]) => fn.Properties.Description === PUBLISHING_TASK_DESCRIPTIONS.afterDeploy,
    )!;
    expect(providers.flatMap((fn) => referencedIds(fn.Properties.Environment.Variables.USER_ON_EVENT_FUNCTION_ARN))).toEqual([
      afterDeployId,
    ]);
    expect(referencedIds(resource!.Properties.ServiceToken)).toEqual([
      Object.entries(withSite.template.findResources('AWS::Lambda::Function')).find(
        ([, fn]) => fn.Properties.Environment?.Variables?.USER_ON_EVENT_FUNCTION_ARN,
      )![0],
    ]);
  });

  it('does neither with deploySite=false', () => {
    noDeploy.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    noDeploy.template.resourceCountIs('Custom::PublicationAfterDeploy', 0);
  });

  it('warns when there is no build for the functions that render pages, so synth works before `npm run build`', () => {
    const warnings = Annotations.fromStack(withoutSite.stack).findWarning('*', Match.stringLikeRegexp('can NOT be bundled'));
    expect(warnings).toHaveLength(1);
  });
});
