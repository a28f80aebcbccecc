import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

let distDir: string;
let withSite: SynthesizedBook;
let withoutSite: SynthesizedBook;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'abc-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Forside</title>');
  writeFileSync(join(distDir, '404.html'), '<!doctype html><title>Fant ikke siden</title>');
  withSite = synthBookStack({ context: { siteDist: distDir } });
  withoutSite = synthBookStack({ context: { siteDist: join(distDir, 'missing') } });
});

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('deploying the built site', () => {
  it('uploads dist/ to the bucket and invalidates every path in CloudFront', () => {
    const [distributionId] = Object.keys(withSite.template.findResources('AWS::CloudFront::Distribution'));
    const [bucketId] = Object.keys(withSite.template.findResources('AWS::S3::Bucket'));
    withSite.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: bucketId },
      DistributionId: { Ref: distributionId },
      DistributionPaths: ['/*'],
      Prune: true,
    });
  });

  it("adds the editors' sign-in settings, known only at deploy time, as /redaksjon/config.json", () => {
    const [clientId] = Object.keys(withSite.template.findResources('AWS::Cognito::UserPoolClient'));
    const [deployment] = Object.values(withSite.template.findResources('Custom::CDKBucketDeployment'));
    const [built, generated] = deployment!.Properties.SourceMarkers as Record<string, unknown>[];
    expect(built).toEqual({});
    expect(Object.values(generated!)).toContainEqual({ Ref: clientId });
  });

  it('is skipped with a warning when there is no build, so synth works before `npm run build`', () => {
    withoutSite.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    const warnings = Annotations.fromStack(withoutSite.stack).findWarning('*', Match.stringLikeRegexp('NOT uploaded'));
    expect(warnings).toHaveLength(1);
  });
});
