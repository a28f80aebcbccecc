import { resolve } from 'node:path';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { HttpApi, HttpMethod, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { Route } from '../../functions/routes.ts';
import { AppFunction, type BuiltSiteCopy } from './app-function.ts';
import type { MailSending } from './mail-sending.ts';
import { grantTableActions } from './table-access.ts';

export interface EditorTokens {
  readonly issuer: string;
  /** Client id the tokens are issued to (their `aud`). */
  readonly audience: string;
  readonly jwksUrl: string;
}

export interface BookApiProps {
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
}

export interface FunctionRoutesProps {
  readonly routes: readonly Route[];
  readonly functionsDir: string;
  readonly table: TableV2;
  readonly indexNames: readonly string[];
  /** Environment of every function, besides TABLE_NAME and the editor-token settings. */
  readonly environment: Readonly<Record<string, string>>;
  readonly editorTokens: EditorTokens;
  readonly logRetentionDays: number;
  /** The built site(s), for routes that read some of their files (`siteFiles`) or draw pages (`rendersPages`): infra/built-sites.ts. */
  readonly builtSites: readonly BuiltSiteCopy[];
  /** E-mail sending, when configured: routes with `sendsMail` get its environment and ses:SendEmail. */
  readonly mail?: MailSending | undefined;
  /** The publishing build project; routes with `buildService` may use exactly that action on it. */
  readonly buildProject: { readonly projectArn: string; readonly projectName: string };
  /**
   * A book of several kommuner: routes with `buildService` start the fan-out instead (only
   * states:StartExecution on its state machine, never a CodeBuild build of their own).
   */
  readonly fanOut?: { readonly starter: { allowStarting(fn: IFunction): void }; readonly environment: Readonly<Record<string, string>> };
}

/**
 * The HTTP API behind /api/*: one function per route of the manifest (functions/routes.ts),
 * each allowed exactly the table actions the manifest lists, on the indexes only if it queries
 * them; the editors' routes sit behind a JWT authorizer (the functions check the token and the
 * editor group again, so a misconfigured route still fails closed).
 */
export class BookApi extends Construct {
  readonly api: HttpApi;
  /** Domain of the default endpoint, for CloudFront's /api/* origin. */
  readonly domainName: string;
  readonly functions: { readonly label: string; readonly function: IFunction }[] = [];

  constructor(scope: Construct, id: string, props: BookApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: Stack.of(this).stackName,
      description: 'Alderdommens ABC: forslag, tilbakemeldinger og redaksjon',
      createDefaultStage: false,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      // Caps what abuse can cost; a kommune's real traffic is far below it.
      throttle: props.throttle,
    });
    const stack = Stack.of(this);
    this.domainName = `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /**
   * Adds the manifest's routes. Separate from the constructor because the editors' token
   * audience is the moderation page's client, which needs the site's address, which needs
   * this API's domain.
   */
  addFunctionRoutes(props: FunctionRoutesProps): void {
    const authorizer = new HttpJwtAuthorizer('EditorToken', props.editorTokens.issuer, {
      jwtAudience: [props.editorTokens.audience],
      identitySource: ['$request.header.Authorization'],
    });
    // One log group for every route's function (see AppFunctionProps.logGroup).
    const logGroup = new LogGroup(this, 'FunctionLogs', {
      retention: props.logRetentionDays as RetentionDays,
      // Logs are operational data, not the book's data: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const editorEnvironment = {
      JWT_ISSUER: props.editorTokens.issuer,
      JWT_AUDIENCE: props.editorTokens.audience,
      JWKS_URL: props.editorTokens.jwksUrl,
    };
    for (const route of props.routes) {
      const id = constructId(route);
      const label = `${route.method} ${route.path}`;
      const fn = new AppFunction(this, id, {
        entry: resolve(props.functionsDir, route.handler),
        description: label,
        environment: {
          ...props.environment,
          TABLE_NAME: props.table.tableName,
          ...(route.auth === 'editor' ? editorEnvironment : {}),
          ...(route.sendsMail && props.mail ? props.mail.environment : {}),
        },
        logRetentionDays: props.logRetentionDays,
        logGroup,
        ...(route.siteFiles ? { siteFiles: route.siteFiles } : {}),
        ...(route.rendersPages ? { rendersPages: true } : {}),
        ...(route.siteFiles || route.rendersPages ? { builtSites: props.builtSites } : {}),
      });
      grantTableActions(fn.function, props.table, route.usesIndexes ? props.indexNames : [], route.dynamodb);
      if (route.sendsMail) props.mail?.allowSending(fn.function);
      if (route.buildService && props.fanOut) {
        props.fanOut.starter.allowStarting(fn.function);
        for (const [name, value] of Object.entries(props.fanOut.environment)) fn.function.addEnvironment(name, value);
      } else if (route.buildService) {
        fn.function.addToRolePolicy(new PolicyStatement({ actions: [route.buildService], resources: [props.buildProject.projectArn] }));
        fn.function.addEnvironment('PUBLISH_PROJECT_NAME', props.buildProject.projectName);
      }
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${id}Integration`, fn.function),
        ...(route.auth === 'editor' ? { authorizer } : {}),
      });
      this.functions.push({ label, function: fn.function });
    }
  }
}

/** "PATCH /api/moderation/suggestions/{id}" → "PatchModerationSuggestionsId": stable and readable. */
function constructId(route: Pick<Route, 'method' | 'path'>): string {
  return [route.method.toLowerCase(), ...route.path.replace(/^\/api\//, '').split(/[^A-Za-z0-9]+/)]
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
