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
import { publicationBuild } from '../../functions/routes.ts';
import { BOOKLET_DIR, BOOKLET_MANIFEST } from '../../src/core/booklet/edition.ts';
import { BUILD_TIMEOUT_MINUTES } from '../../src/core/publishing/stages.ts';

export interface SitePublisherProps {
  /** The project folder: the site code the build runs (node_modules, builds and local data left out). */
  readonly projectDir: string;
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Relative path of the municipality config inside the project, as MUNICIPALITY_CONFIG. */
  readonly municipalityConfig?: string;
  /**
   * A book of several kommuner: its config inside the project (BOOK_CONFIG) and how many kommuner
   * build at once. Each build then builds one kommune (BOOK_KOMMUNE, set by the fan-out) into its
   * own folder of the bucket.
   */
  readonly book?: { readonly file: string; readonly concurrency: number };
}

/** Never part of the uploaded site code: installed, built or local-only files. */
const EXCLUDE = ['node_modules', 'dist', 'dist-*', '.data', '.astro', '.bench', 'cdk.out', 'coverage', '.git', '*.log'];

/** Leave to invalidate the one distribution's cache (a CloudFront distribution's ARN has no region). */
export function invalidationOf(scope: Construct, distribution: Distribution): PolicyStatement {
  return new PolicyStatement({
    actions: ['cloudfront:CreateInvalidation'],
    resources: [
      Stack.of(scope).formatArn({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: distribution.distributionId }),
    ],
  });
}

/** Files the sync leaves alone (at the root, and in each kommune's folder of a book): written by the stack's deployment, not by the site build. */
const STACK_FILES = ['redaksjon/config.json'];

/**
 * Debian with Node 24, as in CI: the build prints the book's PDFs with Debian's Chromium, which
 * Amazon Linux 2023 does not package for arm64.
 */
export const PUBLISH_BUILD_IMAGE = 'public.ecr.aws/docker/library/node:24-bookworm';

/** What the image lacks: the Chromium the printed book needs and the AWS CLI for the upload. */
export const PUBLISH_BUILD_PACKAGES = ['chromium', 'awscli'];

/** The install phase of every publication build: Debian's Chromium and AWS CLI, then the project. */
const INSTALL_PHASE = {
  commands: [
    'apt-get update -qq',
    `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PUBLISH_BUILD_PACKAGES.join(' ')}`,
    'npm install --no-audit --no-fund',
  ],
};

/**
 * «Publiser» in AWS: a CodeBuild project whose source is the site code this stack deployed. Web
 * first, print after: the BUILD phase writes the book of its publication build (git and what is
 * published, the one overlay), builds the web pages and search index linked to the PDFs served
 * now, and syncs them (the old PDFs stay); the POST_BUILD phase then prints the book and uploads
 * the PDFs and the pages' new links. A failure stops the build where it is: before the sync the
 * live site is untouched, after it only the print is missing. The build reports nothing itself –
 * its phase and state changes reach reportBuild through EventBridge (PublishingTasks) – so its
 * role may only read the book's partitions of the table (never a suggestion or its contact data),
 * read the served edition's utgave.json, write the site bucket and invalidate that distribution.
 * One build at a time; the queue in the table keeps the others.
 */
export class SitePublisher extends Construct {
  readonly project: Project;
  /** The site code this stack deployed, which every build of the book runs. */
  readonly code: Asset;
  /** Changes whenever the site code does: a deploy with new code asks for a publication build. */
  readonly codeHash: string;

  constructor(scope: Construct, id: string, props: SitePublisherProps) {
    super(scope, id);
    const code = new Asset(this, 'SiteCode', { path: props.projectDir, exclude: EXCLUDE });
    this.code = code;
    this.codeHash = code.assetHash;
    const bookDir = '/tmp/published-book';
    const book = props.book;
    this.project = new Project(this, 'Build', {
      description: 'Alderdommens ABC: bygger boka med publiserte artikler og legger den ut, nettsidene først og PDF-ene etterpå',
      source: Source.s3({ bucket: code.bucket, path: code.s3ObjectKey }),
      environment: { buildImage: LinuxArmBuildImage.fromDockerRegistry(PUBLISH_BUILD_IMAGE), computeType: ComputeType.SMALL },
      // A kommune on its own: one build at a time (the queue in the table keeps the others). A book: the fan-out's concurrency.
      concurrentBuildLimit: book ? book.concurrency : 1,
      timeout: Duration.minutes(BUILD_TIMEOUT_MINUTES),
      environmentVariables: {
        TABLE_NAME: { value: props.table.tableName },
        SITE_BUCKET: { value: props.bucket.bucketName },
        DISTRIBUTION_ID: { value: props.distribution.distributionId },
        BOOK_DIR: { value: bookDir },
        ARTICLES_DIR: { value: `${bookDir}/articles` },
        REDIRECTS_FILE: { value: `${bookDir}/redirects.json` },
        // The published facts over the seed files (in a book the kommune's own with the national figures, tools/build/pull-published.ts), and in a book the kommune's local parts.
        FACTS_DIR: { value: `${bookDir}/facts` },
        ...(book
          ? {
              BOOK_CONFIG: { value: book.file },
              LOCAL_PARTS_FILE: { value: `${bookDir}/local-parts.json` },
              OWN_ARTICLES_DIR: { value: `${bookDir}/own-articles` },
            }
          : {}),
        CHROMIUM_PATH: { value: '/usr/bin/chromium' },
        ...(props.municipalityConfig && !book ? { MUNICIPALITY_CONFIG: { value: props.municipalityConfig } } : {}),
      },
      buildSpec: publicationBuildSpec(
        book
          ? {
              setUp: [KOMMUNE_ENV],
              build: 'BOOKLET=off npm run -s build:kommune',
              servedEdition: `$SITE_FOLDER/${BOOKLET_DIR}/${BOOKLET_MANIFEST}`,
              sync: `aws s3 sync dist "s3://$SITE_BUCKET/$SITE_FOLDER" ${STACK_FILES.map((file) => `--exclude ${file}`).join(' ')}`,
              invalidate: 'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/$SITE_FOLDER/*"',
            }
          : {
              setUp: [],
              build: 'BOOKLET=off npm run build',
              servedEdition: `${BOOKLET_DIR}/${BOOKLET_MANIFEST}`,
              sync: `aws s3 sync dist "s3://$SITE_BUCKET" ${STACK_FILES.map((file) => `--exclude ${file}`).join(' ')}`,
              invalidate: 'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
            },
      ),
      logging: {
        cloudWatch: {
          logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }),
        },
      },
    });

    grantTableActions(this.project, props.table, [], publicationBuild.dynamodb, { leadingKeys: publicationBuild.partitions });
    this.project.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    this.project.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [props.bucket.arnForObjects(`${book ? '*/' : ''}${BOOKLET_DIR}/${BOOKLET_MANIFEST}`)],
      }),
    );
    this.project.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [props.bucket.arnForObjects('*')] }),
    );
    this.project.addToRolePolicy(invalidationOf(this, props.distribution));
  }
}

/**
 * A kommune of a book (BOOK_KOMMUNE, set by the fan-out with the publication build and the attempt)
 * is built like a kommune on its own, but of that kommune: tools/build/kommune-env.ts gives its
 * config, base and folder, so it is synced to and invalidated in its own folder of the bucket only and
 * one kommune's build never touches another's pages. Set again in each phase that needs it.
 */
const KOMMUNE_ENV = 'eval "$(node tools/build/kommune-env.ts)"';

/** What sets one publication build apart: the kommune it is for, its build command, and where its site lives. */
interface PublicationTarget {
  /** Commands that set the target's variables, run at the start of each phase. */
  setUp: string[];
  build: string;
  /** The served edition's utgave.json in the bucket. */
  servedEdition: string;
  sync: string;
  invalidate: string;
}

/** Web first, print after: the pages go out linking the PDFs still served, then the PDFs are printed and swapped in. */
function publicationBuildSpec(target: PublicationTarget): BuildSpec {
  return BuildSpec.fromObject({
    version: '0.2',
    phases: {
      install: INSTALL_PHASE,
      build: {
        'on-failure': 'ABORT',
        commands: [
          ...target.setUp,
          'npm run -s publish:pull',
          target.build,
          // The PDFs served now, linked with their edition date until this build's are printed.
          `aws s3 cp "s3://$SITE_BUCKET/${target.servedEdition}" "dist/${BOOKLET_DIR}/${BOOKLET_MANIFEST}" || true`,
          'npm run -s booklet:links',
          `${target.sync} --delete --exclude "${BOOKLET_DIR}/*"`,
          target.invalidate,
        ],
      },
      post_build: {
        commands: [
          // Never print for a build whose web pages did not go out.
          '[ "$CODEBUILD_BUILD_SUCCEEDING" = 1 ]',
          ...target.setUp,
          'BOOKLET=required npm run -s booklet',
          target.sync,
          target.invalidate,
        ],
      },
    },
  });
}
