import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { BuildSpec, ComputeType, LinuxArmBuildImage, Project, Source } from 'aws-cdk-lib/aws-codebuild';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { grantTableActions } from './table-access.ts';

export interface SitePublisherProps {
  /** The project folder: the site code the build runs (node_modules, builds and local data left out). */
  readonly projectDir: string;
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Relative path of the municipality config inside the project, as MUNICIPALITY_CONFIG. */
  readonly municipalityConfig?: string;
}

/** Never part of the uploaded site code: installed, built or local-only files. */
const EXCLUDE = ['node_modules', 'dist', 'dist-*', '.data', '.astro', '.bench', 'cdk.out', 'coverage', '.git', '*.log'];

/** Files the sync leaves alone: written by the stack's deployment, not by the site build. */
const STACK_FILES = ['redaksjon/config.json'];

/**
 * Debian with Node 24, as in CI: the build prints the book's PDFs with Debian's Chromium, which
 * Amazon Linux 2023 does not package for arm64.
 */
export const PUBLISH_BUILD_IMAGE = 'public.ecr.aws/docker/library/node:24-bookworm';

/** What the image lacks: the Chromium the printed book needs and the AWS CLI for the upload. */
export const PUBLISH_BUILD_PACKAGES = ['chromium', 'awscli'];

/**
 * «Publiser» in AWS: a CodeBuild project whose source is the site code this stack deployed. It
 * pulls the published revisions from the table, builds the site with its search index and the
 * printed book's PDFs (a missing Chromium fails the build rather than deleting the PDFs), and only
 * if that succeeded syncs the bucket and invalidates CloudFront, so a failed build never touches
 * the live site. One build at a time keeps publications in order. Least privilege: its role may
 * read the table, write the site bucket and invalidate that distribution; the API's functions may
 * only start builds of this project and read their state (see BookApi).
 */
export class SitePublisher extends Construct {
  readonly project: Project;

  constructor(scope: Construct, id: string, props: SitePublisherProps) {
    super(scope, id);
    const code = new Asset(this, 'SiteCode', { path: props.projectDir, exclude: EXCLUDE });
    const bookDir = '/tmp/published-book';
    this.project = new Project(this, 'Build', {
      description: 'Alderdommens ABC: bygger boka med publiserte artikler og legger den ut',
      source: Source.s3({ bucket: code.bucket, path: code.s3ObjectKey }),
      environment: { buildImage: LinuxArmBuildImage.fromDockerRegistry(PUBLISH_BUILD_IMAGE), computeType: ComputeType.SMALL },
      concurrentBuildLimit: 1,
      timeout: Duration.minutes(30),
      environmentVariables: {
        TABLE_NAME: { value: props.table.tableName },
        SITE_BUCKET: { value: props.bucket.bucketName },
        DISTRIBUTION_ID: { value: props.distribution.distributionId },
        BOOK_DIR: { value: bookDir },
        ARTICLES_DIR: { value: `${bookDir}/articles` },
        REDIRECTS_FILE: { value: `${bookDir}/redirects.json` },
        CHROMIUM_PATH: { value: '/usr/bin/chromium' },
        BOOKLET: { value: 'required' },
        ...(props.municipalityConfig ? { MUNICIPALITY_CONFIG: { value: props.municipalityConfig } } : {}),
      },
      buildSpec: BuildSpec.fromObject({
        version: '0.2',
        phases: {
          install: {
            commands: [
              'apt-get update -qq',
              `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PUBLISH_BUILD_PACKAGES.join(' ')}`,
              'npm install --no-audit --no-fund',
            ],
          },
          build: {
            'on-failure': 'ABORT',
            commands: ['npm run -s publish:pull', 'npm run build'],
          },
          post_build: {
            commands: [
              `aws s3 sync dist "s3://$SITE_BUCKET" --delete ${STACK_FILES.map((file) => `--exclude ${file}`).join(' ')}`,
              'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
            ],
          },
        },
      }),
      logging: {
        cloudWatch: {
          logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }),
        },
      },
    });

    grantTableActions(this.project, props.table, [], ['dynamodb:GetItem', 'dynamodb:Query']);
    this.project.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    this.project.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [props.bucket.arnForObjects('*')] }),
    );
    this.project.addToRolePolicy(
      new PolicyStatement({
        actions: ['cloudfront:CreateInvalidation'],
        resources: [
          Stack.of(this).formatArn({
            service: 'cloudfront',
            region: '',
            resource: 'distribution',
            resourceName: props.distribution.distributionId,
          }),
        ],
      }),
    );
  }
}
