import { resolve } from 'node:path';
import { insightDigest, mailRetry, publishingTasks } from '../../functions/routes.ts';
import { MailSending } from '../constructs/mail-sending.ts';
import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { Route } from '../../functions/routes.ts';
import type { InfraConfig } from '../config.ts';
import { DataTable } from '../constructs/data-table.ts';
import { EditorIdentity, externalSignIn, type EditorSignIn } from '../constructs/editor-identity.ts';
import { BookApi } from '../constructs/http-api.ts';
import { OperationsAlarms } from '../constructs/operations-alarms.ts';
import { OriginSecrets } from '../constructs/origin-secrets.ts';
import { SiteHosting } from '../constructs/site-hosting.ts';
import { SitePublisher } from '../constructs/site-publisher.ts';
import { PublishingTasks } from '../constructs/publishing-tasks.ts';
import { KommuneFanOut } from '../constructs/kommune-fan-out.ts';
import { BookRootPublisher } from '../constructs/book-root-publisher.ts';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ORIGIN_SECRET_HEADER } from '../../functions/shared/origin-header.ts';
import { VIEWER_ADDRESS_HEADER, type SiteAddresses } from '../edge-functions.ts';
import { builtSitesOf } from '../built-sites.ts';

export interface BookStackProps extends StackProps {
  readonly config: InfraConfig;
  /** The route manifest (functions/routes.ts). */
  readonly routes: readonly Route[];
  /** Absolute path of functions/, where the manifest's handler paths start. */
  readonly functionsDir: string;
}

/** One kommune's Alderdommens ABC in one stage: site, API, data, sign-in and alarms. */
export class BookStack extends Stack {
  constructor(scope: Construct, id: string, props: BookStackProps) {
    super(scope, id, props);
    const { config } = props;
    for (const warning of config.warnings) Annotations.of(this).addWarningV2('abc:config', warning);

    const data = new DataTable(this, 'Data');
    const signIn: EditorSignIn = config.externalIdentity
      ? externalSignIn(config.externalIdentity)
      : new EditorIdentity(this, 'Identity', {
          domainPrefix: config.authDomainPrefix,
          editorGroup: config.functionSettings.EDITOR_GROUP ?? 'editors',
          ...(config.book ? { bookKommuner: config.book.kommuner } : {}),
          mfa: config.editorMfa,
        });
    const api = new BookApi(this, 'Api', { throttle: config.apiThrottle });
    const originSecrets = new OriginSecrets(this, 'OriginSecret', { generation: config.originSecretGeneration });
    const site = new SiteHosting(this, 'Site', {
      apiDomainName: api.domainName,
      apiOriginHeaders: { [ORIGIN_SECRET_HEADER]: originSecrets.current },
      connectSources: [signIn.origin],
      domainName: config.domainName,
      certificateArn: config.certificateArn,
      ...(config.book ? { book: config.book.addresses } : {}),
      logRetentionDays: config.logRetentionDays,
    });
    // In a book each kommune has its own editors' page (under its prefix, or on its host), which the sign-in returns to.
    const kommuneEditorPages = config.book ? kommuneEditorsPages(config.book.addresses, site.origin) : [];
    const editorSignIn = signIn.connect(
      site.origin,
      kommuneEditorPages.map(({ page }) => page),
    );
    const publisher = new SitePublisher(this, 'Publisher', {
      projectDir: resolve(props.functionsDir, '..'),
      table: data.table,
      bucket: site.bucket,
      distribution: site.distribution,
      ...(config.municipalityConfig ? { municipalityConfig: config.municipalityConfig } : {}),
      ...(config.book ? { book: { file: config.book.file, concurrency: config.book.fanOutConcurrency } } : {}),
    });

    // Mixed into the daily hash of client addresses so the stored hashes can't be reversed.
    const rateLimitSalt = new Secret(this, 'RateLimitSalt', {
      description: 'Alderdommens ABC: salt for hashing client addresses in the rate limit',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const functionEnvironment = {
      ...config.functionSettings,
      RATE_LIMIT_SALT: rateLimitSalt.secretValue.unsafeUnwrap(),
      CLIENT_ADDRESS_HEADER: VIEWER_ADDRESS_HEADER,
      // Links in e-mails point at the site readers use.
      SITE_URL: site.origin,
      // E-mails and the API's messages in the kommune's målform (src/core/text/language.ts).
      BOOK_LANGUAGE: config.municipality.language,
      // A book of several kommuner: every function serves each of its kommuner, every request naming its own
      // (functions/shared/request-kommune.ts), and knows each one's name, address and målform.
      ...config.book?.functionEnvironment(site.origin),
    };
    const mail = config.mail
      ? new MailSending(this, 'Mail', {
          mail: config.mail,
          retry: mailRetry,
          digest: insightDigest,
          functionsDir: props.functionsDir,
          table: data.table,
          environment: functionEnvironment,
          logRetentionDays: config.logRetentionDays,
        })
      : undefined;
    const publishing = new PublishingTasks(this, 'Publishing', {
      tasks: publishingTasks,
      functionsDir: props.functionsDir,
      table: data.table,
      project: publisher.project,
      environment: functionEnvironment,
      logRetentionDays: config.logRetentionDays,
      mail,
      ...(config.book ? { book: true } : {}),
    });
    // A book of several kommuner: a publication build fans out to each kommune's build, and only the publisher starts it.
    const fanOut = config.book ? kommuneFanOut(this, config.book, publisher, site, publishing.buildEvents) : undefined;
    if (fanOut) publishing.useFanOut(fanOut.starter, fanOut.environment);
    api.addFunctionRoutes({
      routes: props.routes,
      functionsDir: props.functionsDir,
      table: data.table,
      indexNames: data.indexNames,
      environment: { ...functionEnvironment, ...originSecrets.functionEnvironment },
      mail,
      editorTokens: editorSignIn.tokens,
      logRetentionDays: config.logRetentionDays,
      buildProject: publisher.project,
      ...(fanOut ? { fanOut } : {}),
      // Deploys build first; a synth without dist/ skips bundling or fails naming the missing file.
      builtSites: builtSitesOf(config.siteDistDir ?? resolve('dist'), config.book?.file),
    });

    new OperationsAlarms(this, 'Alarms', {
      email: config.alarmEmail,
      api: api.api,
      functions: [
        ...api.functions,
        { label: 'site 404 page', function: site.notFoundPage },
        ...publishing.functions,
        ...(mail?.functions ?? []),
      ],
      table: data.table,
      indexNames: data.indexNames,
    });

    if (config.deploySite) {
      // A deploy never uploads pages: it writes the stack's own files and asks for a publication
      // build, which builds the new code with git and everything published.
      const signInSettings = editorSignIn.pageConfig ?? config.builtEditorSignIn;
      if (signInSettings) {
        site.deployStackFiles({
          'redaksjon/config.json': signInSettings,
          ...Object.fromEntries(
            kommuneEditorPages.map(({ page, folder }) => [
              `${folder}/redaksjon/config.json`,
              editorSignIn.kommunePageConfig(page) ?? signInSettings,
            ]),
          ),
        });
      }
      publishing.publishAfterDeploy(publisher.codeHash);
    }

    new CfnOutput(this, 'SiteUrl', { value: `${site.origin}/` });
    new CfnOutput(this, 'DistributionDomainName', { value: site.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: site.distribution.distributionId });
    new CfnOutput(this, 'SiteBucketName', { value: site.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'PublishProjectName', { value: publisher.project.projectName });
  }
}

/** The fan-out of a book's publication builds (ending with the book's root page), and what the functions that start it are told: the state machine (the book's kommuner every function knows). */
function kommuneFanOut(
  scope: Construct,
  book: NonNullable<InfraConfig['book']>,
  publisher: SitePublisher,
  site: SiteHosting,
  reportFunction: IFunction,
) {
  const root = new BookRootPublisher(scope, 'BookRoot', {
    code: publisher.code,
    bookFile: book.file,
    styleFolder: book.rootStyleFolder,
    bucket: site.bucket,
    distribution: site.distribution,
  });
  const starter = new KommuneFanOut(scope, 'FanOut', {
    project: publisher.project,
    reportFunction,
    maxConcurrency: book.fanOutConcurrency,
    root: { project: root.project, bookKommuner: book.kommuner.length },
  });
  return {
    starter,
    environment: { PUBLISH_STATE_MACHINE_ARN: starter.stateMachineArn },
  };
}

/** Each kommune's own editors' page in a book: its address, and its folder in the bucket (where its sign-in settings go). */
function kommuneEditorsPages(addresses: SiteAddresses, siteOrigin: string): { page: string; folder: string }[] {
  return [
    ...addresses.prefixes.map((prefix) => ({ page: `${siteOrigin}${prefix}redaksjon/`, folder: prefix.slice(1, -1) })),
    ...Object.entries(addresses.hosts).map(([host, folder]) => ({ page: `https://${host}/redaksjon/`, folder })),
  ];
}
