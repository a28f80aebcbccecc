import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLE_OPTIONS } from '../../functions/bundle/bundle-options.ts';
import { SERVER_RENDERER_DIR } from '../../src/core/rendered-pages.ts';
import { STORAGE_CALL_LIMIT_MS } from '../../functions/shared/table-contract.ts';

/**
 * Room for a stuck store to fail twice over (a request that got one answer and then hangs on its
 * next call) before Lambda gives up: the reader then gets our Norwegian 503, never API Gateway's
 * English one.
 */
export const FUNCTION_TIMEOUT_SECONDS = Math.ceil((2 * STORAGE_CALL_LIMIT_MS) / 1000) + 1;

export interface AppFunctionProps {
  /** Absolute path of the handler file; it exports `handler`. */
  readonly entry: string;
  /** Shown in the console and on alarms, e.g. "POST /api/suggestions". */
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  /** One of the periods CloudWatch Logs accepts (checked in infra/config.ts). */
  readonly logRetentionDays: number;
  /** Files of the built site(s) the function reads at run time, copied beside its bundle under the same paths (in `into`). */
  readonly siteFiles?: readonly string[];
  /** The function renders pages: each built site's server renderer is copied whole into `server/` beside the bundle (in `into`). */
  readonly rendersPages?: boolean;
  /**
   * A log group shared with other functions (the API's route functions), instead of one of its own:
   * a group per function would take a seventh of CloudFormation's 500 resources per stack. Every
   * log line names its route and request id (functions/shared/log.ts), so a shared group still
   * tells the functions apart.
   */
  readonly logGroup?: LogGroup;
  /** The built sites those come from (infra/built-sites.ts): the site's, or each kommune's of a book. */
  readonly builtSites?: readonly BuiltSiteCopy[];
}

/** One built site a bundle carries: its static files (`distDir`), its server renderer, and the bundle's folder for it ('' for the top). */
export type BuiltSiteCopy = { readonly into: string; readonly distDir: string; readonly serverDir: string };

/** Shell commands that copy the site files into the bundle, failing with a clear message when the site is not built. */
export function copySiteFiles(distDir: string, files: readonly string[], outputDir: string): string[] {
  return files.map((file) => {
    const from = `${distDir}/${file}`;
    const to = `${outputDir}/${file}`;
    return `test -f "${from}" || { echo "${from} mangler: kjør npm run build først" >&2; exit 1; }; mkdir -p "$(dirname "${to}")" && cp "${from}" "${to}"`;
  });
}

/** Shell commands that copy the server renderer into the bundle, failing with a clear message when the site is not built. */
export function copyServerRenderer(serverDir: string, outputDir: string): string[] {
  const to = `${outputDir}/${SERVER_RENDERER_DIR}`;
  return [
    `test -f "${serverDir}/entry.mjs" || { echo "${serverDir}/entry.mjs mangler: kjør npm run build først" >&2; exit 1; }; rm -rf "${to}" && cp -R "${serverDir}" "${to}"`,
  ];
}

/**
 * One Lambda function with the defaults every function of the book shares: Node.js 24 on
 * arm64 (cheaper per ms than x86), a minified ESM bundle that includes the AWS SDK (the
 * version the tests ran against, not whatever the runtime ships, and a faster cold start than the
 * runtime's copy: functions/bundle/bundle-options.ts), JSON logs kept for a set
 * time, and its own role that may write only to its own log group. Access to data is granted
 * on top, explicitly (see table-access.ts).
 */
export class AppFunction extends Construct {
  /** The handler file esbuild bundles: what the function's code is made from. */
  readonly entry: string;
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.entry = props.entry;
    this.logGroup =
      props.logGroup ??
      new LogGroup(this, 'Logs', {
        retention: props.logRetentionDays as RetentionDays,
        // Logs are operational data, not the book's data: they go with the stack.
        removalPolicy: RemovalPolicy.DESTROY,
      });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      environment: { ...props.environment },
      // The very options the bench measures (functions/bundle/bundle-options.ts).
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLE_OPTIONS.target,
        minify: LAMBDA_BUNDLE_OPTIONS.minify,
        mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
        banner: LAMBDA_BUNDLE_OPTIONS.banner.js,
        bundleAwsSDK: true,
        externalModules: [...LAMBDA_BUNDLE_OPTIONS.external],
        esbuildArgs: {
          '--alias': Object.entries(LAMBDA_BUNDLE_OPTIONS.alias).map(([module, path]) => `${module}=${path}`),
        },
        ...(props.siteFiles || props.rendersPages
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_inputDir: string, outputDir: string) =>
                  (props.builtSites ?? []).flatMap((site) => {
                    const into = site.into ? `${outputDir}/${site.into}` : outputDir;
                    return [
                      ...(props.siteFiles ? copySiteFiles(site.distDir, props.siteFiles, into) : []),
                      ...(props.rendersPages ? copyServerRenderer(site.serverDir, into) : []),
                    ];
                  }),
              },
            }
          : {}),
      },
    });
  }
}
