import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BuildSpec, ComputeType, LinuxArmBuildImage, Project, Source } from 'aws-cdk-lib/aws-codebuild';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { BOOK_ROOT_KEYS } from '../../src/core/books/site-folders.ts';
import { invalidationOf, PUBLISH_BUILD_IMAGE } from './site-publisher.ts';

export interface BookRootPublisherProps {
  /** The site code this stack deployed (the publication builds' source). */
  readonly code: Asset;
  /** The book's config inside the project (BOOK_CONFIG). */
  readonly bookFile: string;
  /** The folder of the kommune whose served front page lends the root page its look (src/core/books/site-folders.ts). */
  readonly styleFolder: string;
  readonly bucket: Bucket;
  readonly distribution: Distribution;
}

/** Where the step works: the front page it reads, and the pages and lists tools/build/book-root-upload.ts writes. */
const WORK_DIR = '/tmp/book-root';

/**
 * The book's root page in AWS: the choice of kommune (`index.html`), its «not found» twin
 * (`404.html`, answered for every address outside a kommune) and `robots.txt`, built by
 * tools/build/book-root-upload.ts from the book in the deployed code and the front page its first
 * kommune's build just served, and uploaded to the bucket's root with copies of that page's
 * stylesheet and icon. The fan-out runs it after the kommuner of a publication that rebuilds the
 * whole book (KommuneFanOut). Its role reads only that kommune's front page and the files it
 * links, writes only the root's files and invalidates them – never the table, never a kommune's
 * folder.
 */
export class BookRootPublisher extends Construct {
  readonly project: Project;

  constructor(scope: Construct, id: string, props: BookRootPublisherProps) {
    super(scope, id);
    this.project = new Project(this, 'Build', {
      description: 'Alderdommens ABC: bokas rotside (valg av kommune), 404-siden og robots.txt, etter en publisering av hele boka',
      source: Source.s3({ bucket: props.code.bucket, path: props.code.s3ObjectKey }),
      environment: { buildImage: LinuxArmBuildImage.fromDockerRegistry(PUBLISH_BUILD_IMAGE), computeType: ComputeType.SMALL },
      concurrentBuildLimit: 1,
      timeout: Duration.minutes(20),
      environmentVariables: {
        SITE_BUCKET: { value: props.bucket.bucketName },
        DISTRIBUTION_ID: { value: props.distribution.distributionId },
        BOOK_CONFIG: { value: props.bookFile },
      },
      buildSpec: BuildSpec.fromObject({
        version: '0.2',
        phases: {
          install: {
            commands: [
              'apt-get update -qq',
              'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends awscli',
              'npm install --no-audit --no-fund',
            ],
          },
          build: {
            'on-failure': 'ABORT',
            commands: [
              `mkdir -p ${WORK_DIR}`,
              `aws s3 cp "s3://$SITE_BUCKET/$(node tools/build/book-root-upload.ts front-page)" ${WORK_DIR}/front.html`,
              `node tools/build/book-root-upload.ts write ${WORK_DIR}/front.html ${WORK_DIR}`,
              // Copies first: the pages that link them go out after them.
              `while read -r from to; do aws s3 cp "s3://$SITE_BUCKET/$from" "s3://$SITE_BUCKET/$to" --copy-props metadata-directive; done < ${WORK_DIR}/copies.txt`,
              `aws s3 cp ${WORK_DIR}/site "s3://$SITE_BUCKET/" --recursive`,
              `aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths $(cat ${WORK_DIR}/invalidate.txt)`,
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

    this.project.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: ['index.html', ...BOOK_ROOT_KEYS.assets].map((key) => props.bucket.arnForObjects(`${props.styleFolder}/${key}`)),
      }),
    );
    this.project.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [...BOOK_ROOT_KEYS.pages, ...BOOK_ROOT_KEYS.assets].map((key) => props.bucket.arnForObjects(key)),
      }),
    );
    this.project.addToRolePolicy(invalidationOf(this, props.distribution));
  }
}
