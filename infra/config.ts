import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { municipalityConfigFile, parseMunicipality } from '../src/core/municipality.ts';
import { parseBook } from '../src/core/books/parse-book.ts';
import { bookApiEnv } from '../src/core/books/kommune-profiles.ts';
import { asciiSlug } from '../src/core/slug.ts';
import { rootStyleKommune, siteFolder } from '../src/core/books/site-folders.ts';
import type { SiteAddresses } from './edge-functions.ts';
import type { Book } from '../src/core/schemas/book.ts';
import type { Municipality } from '../src/core/schemas/municipality.ts';

/**
 * Everything that differs between two deployments of the book. Read from CDK context
 * (`cdk synth -c stage=test`) or, for each key, its environment variable, so nothing that
 * names a resource is hard-coded and two stages or two kommuner can live in one account.
 */
export interface InfraConfig {
  readonly municipality: Municipality;
  /** The municipality config's path inside the project when it is not the default, for the publishing build. */
  readonly municipalityConfig?: string;
  /**
   * A book of several kommuner (`bookConfig`, BOOK_CONFIG): its config file, the kommuner's ids in
   * its order, and how many kommuner build at once when a publication fans out to them
   * (`fanOutConcurrency`, default 10), and where its kommuner are served: the prefixes, and the
   * kommuner on hosts of their own with their folders in the bucket.
   */
  readonly book?: {
    readonly file: string;
    readonly kommuner: readonly string[];
    readonly fanOutConcurrency: number;
    readonly addresses: SiteAddresses;
    /** The bucket folder of the kommune whose front page lends the book's root page its look. */
    readonly rootStyleFolder: string;
    /** What every function is told of the book, its kommuner reached under `siteOrigin` (src/core/books/kommune-profiles.ts). */
    readonly functionEnvironment: (siteOrigin: string) => Readonly<Record<string, string>>;
  };
  /** Lower-case stage name, part of the stack name, e.g. "prod" or "test". */
  readonly stage: string;
  readonly stackName: string;
  /** AWS account and region to deploy to; undefined leaves the template environment-agnostic. */
  readonly account: string | undefined;
  readonly region: string | undefined;
  /** Custom domain of the site (in a book, the root page's); without it the site is served on CloudFront's own domain. */
  readonly domainName: string | undefined;
  /** ACM certificate for `domainName` and a book's kommuner on hosts of their own, which CloudFront requires in us-east-1. */
  readonly certificateArn: string | undefined;
  /** Who gets the operations alarms. */
  readonly alarmEmail: string;
  /** An external OpenID Connect provider instead of the stack's own Cognito user pool. */
  readonly externalIdentity: ExternalIdentity | undefined;
  /** Whether every editor must use an authenticator app, or may choose to. */
  readonly editorMfa: 'optional' | 'required';
  /** Cognito hosted-UI domain prefix; unique per AWS region across all accounts. */
  readonly authDomainPrefix: string;
  /**
   * Whether a deploy writes the stack's own site files (the editors' sign-in settings) and asks
   * for a publication build of the new code. The site's pages are never uploaded by a deploy.
   */
  readonly deploySite: boolean;
  /** The built site whose pages the API functions carry (routes' `siteFiles`), when it exists. */
  readonly siteDistDir: string | undefined;
  /** The built editors' sign-in settings for an external provider (the stack can't make them), to deploy. */
  readonly builtEditorSignIn: Record<string, unknown> | undefined;
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetentionDays: number;
  /** Amazon SES sending for answers by e-mail; undefined leaves e-mail off. */
  readonly mail: MailConfig | undefined;
  /**
   * Which origin secret CloudFront sends to the API (see functions/shared/origin-secret.ts).
   * Raising it by one rotates the secret: a new one is generated, and the functions accept the
   * old one as well until the next rotation.
   */
  readonly originSecretGeneration: number;
  /** Passed to the functions as their environment (see functions/shared/env.ts). */
  readonly functionSettings: Readonly<Record<string, string>>;
  /** Problems that don't stop a synth but an operator must see. */
  readonly warnings: readonly string[];
}

export interface MailConfig {
  /** The verified SES identity (a domain such as kommune.no, or one address): the only one the functions may send from. */
  readonly identity: string;
  /** The sender address, on that identity. */
  readonly from: string;
  /** The editors' shared mailbox: councils' statements and review deadlines that passed unanswered. Unset: /redaksjon/ only. */
  readonly editors?: string;
}

export interface ExternalIdentity {
  readonly issuer: string;
  /** The `aud` of the ID tokens the editors' page sends: its client id at the provider. */
  readonly audience: string;
  readonly jwksUrl: string;
}

/** A setting by its context key; the environment variable is the key in UPPER_SNAKE_CASE. */
export type SettingReader = (contextKey: string) => string | undefined;

/** `alarmEmail` → `ALARM_EMAIL`. */
export const environmentVariableFor = (contextKey: string) => contextKey.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

export function settingReader(context: (key: string) => unknown, env: NodeJS.ProcessEnv = process.env): SettingReader {
  return (key) => {
    const fromContext = context(key);
    if (fromContext !== undefined && fromContext !== null && fromContext !== '') return String(fromContext);
    const fromEnv = env[environmentVariableFor(key)];
    return fromEnv === '' ? undefined : fromEnv;
  };
}

/** How many kommuner of a book build at once by default when a publication fans out (infra/constructs/kommune-fan-out.ts). */
export const DEFAULT_FAN_OUT_CONCURRENCY = 10;

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;
/** CloudWatch Logs accepts only these retention periods (days). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731];
/** Settings the functions read (functions/shared/env.ts), passed through when given. */
const FUNCTION_SETTINGS = ['suggestionRateLimit', 'contactRetentionDays', 'editorGroup', 'editorGroupClaim'] as const;

/** Resolves and validates the deployment settings; throws one message listing every problem. */
export function resolveInfraConfig(read: SettingReader, env: NodeJS.ProcessEnv = process.env): InfraConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const municipalityPath = resolve(municipalityConfigFile({ MUNICIPALITY_CONFIG: read('municipalityConfig') }));
  const municipality = parseMunicipality(readFileSync(municipalityPath, 'utf8'), municipalityPath);

  const stage = read('stage') ?? 'prod';
  if (!STAGE_PATTERN.test(stage)) problems.push(`stage "${stage}": use 1–20 lower-case letters, digits or "-".`);
  const slug = asciiSlug(municipality.shortName);
  // The CDK CLI fills in the profile's account and region (CDK_DEFAULT_*), us-east-1 if it has none.
  const region = read('awsRegion') ?? env.CDK_DEFAULT_REGION;
  if (region !== undefined && !region.startsWith('eu-')) {
    warnings.push(`Region ${region} is outside the EU/EEA: citizens' suggestions would be stored there. Set AWS_REGION, e.g. eu-north-1.`);
  }

  const bookFile = read('bookConfig');
  const fanOutConcurrency = positiveNumber(read, 'fanOutConcurrency', DEFAULT_FAN_OUT_CONCURRENCY, problems);
  const bookConfig = bookFile ? parseBook(readFileSync(resolve(bookFile), 'utf8'), bookFile) : undefined;
  const book =
    bookFile && bookConfig
      ? {
          file: bookFile,
          ...bookSites(bookConfig),
          fanOutConcurrency,
          functionEnvironment: (siteOrigin: string) =>
            bookApiEnv(bookConfig, (config) => parseMunicipality(readFileSync(resolve(config), 'utf8'), config), siteOrigin),
        }
      : undefined;

  const certificateArn = read('certificateArn');
  if (certificateArn !== undefined && !/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    problems.push('certificateArn must be an ACM certificate in us-east-1 (CloudFront only uses certificates there).');
  }
  // A book's address is its root page's; a kommune on its own is read at its siteUrl.
  const siteUrl = bookConfig?.siteUrl ?? municipality.siteUrl;
  const domainName = read('domainName') ?? (certificateArn ? new URL(siteUrl).hostname : undefined);
  if (domainName !== undefined && certificateArn === undefined) {
    problems.push(`domainName "${domainName}" needs certificateArn (an ACM certificate in us-east-1 covering it).`);
  }
  const hosts = Object.keys(book?.addresses.hosts ?? {});
  if (hosts.length > 0 && certificateArn === undefined) {
    problems.push(
      `The book's kommuner on hosts of their own (${hosts.join(', ')}) need certificateArn: an ACM certificate in us-east-1 covering them and the book's address.`,
    );
  }

  let alarmEmail = read('alarmEmail') ?? '';
  if (read('alarmEmail') === undefined) {
    if (municipality.email === undefined) {
      problems.push(
        `alarmEmail is not set and ${municipalityPath} has no email: set alarmEmail (ALARM_EMAIL) to whoever receives the alarms.`,
      );
    } else {
      alarmEmail = municipality.email;
      warnings.push(`alarmEmail is not set: alarms go to ${alarmEmail} from the municipality config.`);
    }
  }

  const issuer = read('jwtIssuer');
  const audience = read('jwtAudience');
  if ((issuer === undefined) !== (audience === undefined)) {
    problems.push('jwtIssuer and jwtAudience go together: set both for an external sign-in provider, or neither for Cognito.');
  }
  const externalIdentity =
    issuer !== undefined && audience !== undefined
      ? {
          issuer,
          audience,
          jwksUrl: read('jwksUrl') ?? `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
        }
      : undefined;
  if (externalIdentity && !externalIdentity.issuer.startsWith('https://')) problems.push('jwtIssuer must be an https:// URL.');

  const editorMfa = read('editorMfa') ?? 'optional';
  if (editorMfa !== 'optional' && editorMfa !== 'required')
    problems.push(`editorMfa must be "optional" or "required", not "${editorMfa}".`);

  const authDomainPrefix = read('authDomainPrefix') ?? `${slug}-abc-${stage}`;
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(authDomainPrefix) || /aws|amazon|cognito/.test(authDomainPrefix)) {
    problems.push(`authDomainPrefix "${authDomainPrefix}": lower-case letters, digits and "-", without "aws", "amazon" or "cognito".`);
  }

  const deploySite = read('deploySite') !== 'false';
  const siteDistDir = resolveSiteDist(read, warnings);
  const builtSettings = siteDistDir ? builtSignIn(siteDistDir) : undefined;
  if (siteDistDir && externalIdentity && builtSettings?.provider !== 'oidc') {
    warnings.push(
      `${siteDistDir}/redaksjon/config.json does not use your sign-in provider: build with EDITOR_AUTH_CLIENT_ID, EDITOR_AUTH_AUTHORIZE_URL, EDITOR_AUTH_TOKEN_URL and EDITOR_AUTH_ISSUER set (see src/core/schemas/editor-auth.ts).`,
    );
  }
  const rateLimit = positiveNumber(read, 'apiThrottleRate', 20, problems);
  const burstLimit = positiveNumber(read, 'apiThrottleBurst', 40, problems);
  const logRetentionDays = positiveNumber(read, 'logRetentionDays', 30, problems);
  if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) {
    problems.push(`logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(', ')}.`);
  }

  const mailIdentity = read('mailIdentity');
  const mailFrom =
    read('mailFrom') ?? (mailIdentity?.includes('@') ? mailIdentity : mailIdentity ? `ikke-svar@${mailIdentity}` : undefined);
  if (!mailIdentity) warnings.push('mailIdentity is not set: no answers by e-mail are sent (set a verified SES identity to turn them on).');
  else if (!mailFrom!.endsWith(mailIdentity.includes('@') ? mailIdentity : `@${mailIdentity}`))
    problems.push(`mailFrom must be an address of the SES identity ${mailIdentity}.`);

  const editorsEmail = read('editorsEmail');
  if (editorsEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(editorsEmail))
    problems.push('editorsEmail must be an e-mail address.');
  if (mailIdentity && !editorsEmail)
    warnings.push("editorsEmail is not set: editors see councils' statements and passed deadlines only on /redaksjon/, not by e-mail.");

  const originSecretGeneration = positiveNumber(read, 'originSecretGeneration', 1, problems);
  if (!Number.isInteger(originSecretGeneration))
    problems.push('originSecretGeneration must be a whole number (raise it by one to rotate).');

  const functionSettings: Record<string, string> = {};
  for (const key of FUNCTION_SETTINGS) {
    const value = read(key);
    if (value !== undefined) functionSettings[environmentVariableFor(key)] = value;
  }

  if (problems.length > 0) throw new Error(`Invalid deployment settings:\n  ${problems.join('\n  ')}`);
  const municipalityConfig = read('municipalityConfig');
  return {
    municipality,
    ...(municipalityConfig ? { municipalityConfig } : {}),
    ...(book ? { book } : {}),
    stage,
    stackName: `AlderdommensAbc-${slug}-${stage}`,
    account: env.CDK_DEFAULT_ACCOUNT,
    region,
    domainName,
    certificateArn,
    alarmEmail,
    externalIdentity,
    editorMfa: editorMfa === 'required' ? 'required' : 'optional',
    authDomainPrefix,
    deploySite,
    siteDistDir,
    builtEditorSignIn: externalIdentity && builtSettings?.provider === 'oidc' ? builtSettings : undefined,
    apiThrottle: { rateLimit, burstLimit },
    logRetentionDays,
    mail: mailIdentity ? { identity: mailIdentity, from: mailFrom!, ...(editorsEmail ? { editors: editorsEmail } : {}) } : undefined,
    originSecretGeneration,
    functionSettings,
    warnings,
  };
}

/** A book's kommuner in its order, and where each is served: under a prefix, or on a host of its own from its folder. */
function bookSites(book: Book): { kommuner: string[]; addresses: SiteAddresses; rootStyleFolder: string } {
  const prefixes = book.kommuner.flatMap((kommune) => ('prefix' in kommune.address ? [kommune.address.prefix] : []));
  const hosts = Object.fromEntries(
    book.kommuner.flatMap((kommune) => ('host' in kommune.address ? [[kommune.address.host, siteFolder(kommune)]] : [])),
  );
  return {
    kommuner: book.kommuner.map((kommune) => kommune.id),
    addresses: { prefixes, hosts },
    rootStyleFolder: siteFolder(rootStyleKommune(book)),
  };
}

/**
 * The built site, when it exists: the functions that render pages carry some of its files, so a
 * deploy needs `npm run build` first; synth and the infra tests work without it.
 */
function resolveSiteDist(read: SettingReader, warnings: string[]): string | undefined {
  if (read('deploySite') === 'false') return undefined;
  const dir = resolve(read('siteDist') ?? 'dist');
  if (existsSync(resolve(dir, 'index.html')) && existsSync(resolve(dir, '404.html'))) return dir;
  warnings.push(
    `No built site in ${dir} (index.html and 404.html): the functions that render pages from it can NOT be bundled. Run "npm run build" before deploying.`,
  );
  return undefined;
}

/** The sign-in settings the built editors' page uses, if they can be read. */
function builtSignIn(distDir: string): Record<string, unknown> | undefined {
  try {
    const settings: unknown = JSON.parse(readFileSync(resolve(distDir, 'redaksjon/config.json'), 'utf8'));
    return typeof settings === 'object' && settings !== null && !Array.isArray(settings)
      ? (settings as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function positiveNumber(read: SettingReader, key: string, fallback: number, problems: string[]): number {
  const raw = read(key);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) problems.push(`${key} must be a positive number, not "${raw}".`);
  return value;
}
