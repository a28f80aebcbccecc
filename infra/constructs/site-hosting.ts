import { Annotations, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin, HttpOrigin, OriginGroup, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, FunctionUrlAuthType, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import {
  KOMMUNE_NOT_FOUND_PAGES,
  NOT_FOUND_PAGE_CODE,
  VIEWER_ADDRESS_CODE,
  VIEWER_ADDRESS_HEADER,
  directoryIndexCode,
  type SiteAddresses,
} from '../edge-functions.ts';
import { HSTS_MAX_AGE_SECONDS, PERMISSIONS_POLICY, contentSecurityPolicy } from '../../src/core/security-headers.ts';

export interface SiteHostingProps {
  /** Domain of the HTTP API's default endpoint, served under /api/*. */
  readonly apiDomainName: string;
  /** Headers CloudFront adds to every request to the API (the origin secret). */
  readonly apiOriginHeaders: Readonly<Record<string, string>>;
  /** Extra origins the pages may fetch from (the sign-in provider). */
  readonly connectSources: readonly string[];
  readonly domainName: string | undefined;
  readonly certificateArn: string | undefined;
  /**
   * A book of several kommuner: its prefixes and the kommuner on hosts of their own, which the
   * distribution also answers for (the certificate must cover them) and serves from their folders.
   */
  readonly book?: SiteAddresses;
  /** Retention of the not-found function's logs (one of CloudWatch Logs' periods). */
  readonly logRetentionDays: number;
}

/** Content-hashed files: a new build gives them new names, so they never change. */
const IMMUTABLE_PATHS = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/*.pf_meta'];

/**
 * Serves the static site from a private bucket through CloudFront (Origin Access Control),
 * with the API under /api/* on the same domain so the pages need no CORS. Every response
 * carries the security headers of security-headers.ts.
 */
export class SiteHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Answers 404 with the site's 404 page when the bucket has no file for a site address. */
  readonly notFoundPage: LambdaFunction;
  /** https://<domain> the site is reached at. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: SiteHostingProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Content', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });

    const csp = contentSecurityPolicy({ connectSources: props.connectSources });
    const headersPolicy = (name: string, cacheControl: string, overrideCacheControl: boolean) =>
      new ResponseHeadersPolicy(this, name, {
        comment: `Alderdommens ABC: security headers, Cache-Control ${cacheControl}`,
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
            includeSubdomains: true,
            override: true,
          },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
          referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        },
        customHeadersBehavior: {
          customHeaders: [
            { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
            { header: 'Cache-Control', value: cacheControl, override: overrideCacheControl },
          ],
        },
      });
    // Browsers revalidate pages on every visit (a cheap 304), so a deploy shows at once.
    const pageHeaders = headersPolicy('PageHeaders', 'no-cache', true);
    const assetHeaders = headersPolicy('AssetHeaders', 'public, max-age=31536000, immutable', true);
    // The API sets its own Cache-Control where it wants one; otherwise nothing is stored.
    const apiHeaders = headersPolicy('ApiHeaders', 'no-store', false);

    const compressed = { enableAcceptEncodingGzip: true, enableAcceptEncodingBrotli: true };
    const pageCache = new CachePolicy(this, 'PageCache', {
      comment: 'Alderdommens ABC: HTML and unhashed files, refreshed by the invalidation of each deploy',
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.hours(1),
      ...compressed,
    });
    const immutableCache = new CachePolicy(this, 'ImmutableCache', {
      comment: 'Alderdommens ABC: content-hashed assets',
      defaultTtl: Duration.days(365),
      minTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      ...compressed,
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucketRef, {
      // Listing lets S3 answer 404 (not 403) for a missing page, so only 404 maps to 404.html
      // and the API's own 403 answers reach the browser untouched.
      originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
    });
    this.notFoundPage = this.notFoundFunction(props.logRetentionDays, props.book !== undefined);
    // Only the site's behaviours fall back to the 404 page: CloudFront's error pages would apply
    // to the API's behaviour too and turn its JSON 404 answers into HTML.
    const siteWithNotFoundPage = new OriginGroup({
      primaryOrigin: siteOrigin,
      fallbackOrigin: FunctionUrlOrigin.withOriginAccessControl(
        this.notFoundPage.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM }),
      ),
      fallbackStatusCodes: [404],
    });
    const staticBehavior: Omit<BehaviorOptions, 'cachePolicy' | 'responseHeadersPolicy'> = {
      origin: siteWithNotFoundPage,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      compress: true,
    };
    const directoryIndex = new EdgeFunction(this, 'DirectoryIndex', {
      comment: 'Serves /path/ from /path/index.html and sends /path on to /path/',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(directoryIndexCode(props.book)),
    });
    const hostNames = Object.keys(props.book?.hosts ?? {});
    // A kommune on a host of its own has its hashed assets under its folder too: the immutable paths need the host's folder as well.
    const immutableFunctions =
      hostNames.length > 0 ? { functionAssociations: [{ function: directoryIndex, eventType: FunctionEventType.VIEWER_REQUEST }] } : {};

    const viewerAddress = new EdgeFunction(this, 'ViewerAddress', {
      comment: `Passes the reader's address to the API in ${VIEWER_ADDRESS_HEADER}`,
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(VIEWER_ADDRESS_CODE),
    });

    const apiOrigin = new HttpOrigin(props.apiDomainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      readTimeout: Duration.seconds(30),
      // Replaces a header of the same name sent by the client.
      customHeaders: { ...props.apiOriginHeaders },
    });
    const certificate = props.certificateArn ? Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn) : undefined;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Alderdommens ABC',
      ...(props.domainName && certificate
        ? { domainNames: [props.domainName, ...hostNames], certificate, minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Readers are in Norway: Europe and North America edges are enough and cheapest.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        ...staticBehavior,
        cachePolicy: pageCache,
        responseHeadersPolicy: pageHeaders,
        functionAssociations: [{ function: directoryIndex, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        ...Object.fromEntries(
          IMMUTABLE_PATHS.map((path) => [
            path,
            { ...staticBehavior, cachePolicy: immutableCache, responseHeadersPolicy: assetHeaders, ...immutableFunctions },
          ]),
        ),
        '/api/*': {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Never cached, so CloudFront may pass Authorization and every query string on; the
          // Host header stays CloudFront's, or API Gateway would not recognise the request.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
          compress: true,
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'No request reaches a bucket listing: the root object is index.html, DirectoryIndex maps every other directory to its index.html, and query strings are not forwarded to S3.',
    );
    this.origin = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
  }

  /**
   * The fallback origin's function: it may read only 404.html from the bucket (in a book, each
   * kommune's folder's too), and write its own logs.
   */
  private notFoundFunction(logRetentionDays: number, book: boolean): LambdaFunction {
    const logGroup = new LogGroup(this, 'NotFoundPageLogs', {
      retention: logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'NotFoundPageRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the site 404 page',
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
    );
    const pages = book ? ['404.html', '*/404.html'] : ['404.html'];
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: pages.map((page) => this.bucket.arnForObjects(page)) }),
    );
    return new LambdaFunction(this, 'NotFoundPage', {
      description: 'Site: the 404 page for addresses the bucket has no file for',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromInline(NOT_FOUND_PAGE_CODE),
      memorySize: 256,
      timeout: Duration.seconds(5),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: { SITE_BUCKET: this.bucket.bucketName, ...(book ? { [KOMMUNE_NOT_FOUND_PAGES]: 'true' } : {}) },
    });
  }

  /**
   * The bucket as its interface: aws-cdk-lib's classes (jsii) don't satisfy their own interfaces
   * under the project's `exactOptionalPropertyTypes`, though they do at runtime.
   */
  private get bucketRef(): IBucket {
    return this.bucket as IBucket;
  }

  /**
   * Writes the files the stack makes (the editors' sign-in settings) and clears them from
   * CloudFront's cache. Nothing else: the site's pages come only from publication builds, which
   * build git and everything published together, so a deploy never takes back a published edit.
   */
  deployStackFiles(files: Record<string, unknown>): BucketDeployment {
    return new BucketDeployment(this, 'StackFiles', {
      sources: Object.entries(files).map(([key, data]) => Source.jsonData(key, data)),
      destinationBucket: this.bucketRef,
      distribution: this.distribution,
      distributionPaths: Object.keys(files).map((key) => `/${key}`),
      // Only these files: every other object in the bucket stays as the last publication left it.
      prune: false,
      memoryLimit: 256,
      logGroup: new LogGroup(this, 'DeploymentLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
  }
}
