/**
 * Configuration from environment variables, parsed once when the module loads.
 * A Lambda with a missing or invalid variable logs the problem at start-up and answers
 * every request with a 500 until it is redeployed, instead of failing somewhere deep.
 */
import * as z from 'zod/mini';
import { ConfigError } from './errors.ts';
import { log } from './log.ts';
import { DEFAULT_CONTACT_RETENTION_DAYS } from '../../src/core/suggestions/limits.ts';
import { LANGUAGES } from '../../src/core/text/language.ts';
import { kommuneProfilesSchema } from '../../src/core/books/kommune-profiles.ts';

const whole = (min: number, fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(min)), fallback);

export const envSchema = z
  .object({
    /** The single DynamoDB table. */
    TABLE_NAME: z.string().check(z.minLength(3)),
    /** Only for the local run against dynalite; unset in AWS. */
    DYNAMODB_ENDPOINT: z.optional(z.url()),
    /** AWS region; Lambda sets it. */
    AWS_REGION: z._default(z.string().check(z.minLength(1)), 'eu-north-1'),
    /** Suggestions per client address per hour; 0 switches the limit off. */
    SUGGESTION_RATE_LIMIT: whole(0, 60),
    /** Days contact data is kept after a suggestion is closed. */
    CONTACT_RETENTION_DAYS: whole(1, DEFAULT_CONTACT_RETENTION_DAYS),
    /** Secret mixed into the daily hash of client addresses, so the hashes can't be reversed. */
    RATE_LIMIT_SALT: z.string().check(z.minLength(16)),
    /**
     * Request header in which a trusted proxy in front of the API (CloudFront) passes the reader's
     * address; there API Gateway's own source address is an edge server shared by many readers.
     * Unset locally, where the socket's address is the reader's.
     */
    CLIENT_ADDRESS_HEADER: z.optional(z.string().check(z.minLength(1))),
    /**
     * Secret CloudFront sends with every API request (see origin-secret.ts); requests without it
     * are refused. Unset locally, where there is no CloudFront.
     */
    ORIGIN_SECRET: z.optional(z.string().check(z.minLength(32))),
    /** The secret before the last rotation, accepted until CloudFront sends the new one everywhere. */
    ORIGIN_SECRET_PREVIOUS: z.optional(z.string().check(z.minLength(32))),
    /**
     * Folder of the built site whose files the API renders pages from for readers without
     * JavaScript (search results, thank-you, «Følg forslaget»; see built-site.ts). Unset in Lambda,
     * where a route's `siteFiles` lie beside the bundle; locally, unless set, the site the server serves.
     */
    SITE_DIR: z.optional(z.string().check(z.minLength(1))),
    /**
     * The kommune's målform (`nb` or `nn`, its config's `language`): the language of the e-mails and
     * of the API's messages. The core's texts read it (src/core/text/language.ts); checked here.
     */
    BOOK_LANGUAGE: z._default(z.enum(LANGUAGES), 'nb'),
    /** The site's public address, for links in e-mails. */
    SITE_URL: z._default(z.url(), 'http://localhost:4321'),
    /** Sender of e-mails: an address of the SES identity the CDK app grants ses:SendEmail on. Unset: no e-mail. */
    MAIL_FROM: z.optional(z.string().check(z.minLength(3))),
    /**
     * The editors' shared mailbox: told when a council gives (or changes) its statement and when a
     * review deadline passes unanswered. Unset: editors see both only on /redaksjon/.
     */
    EDITORS_EMAIL: z.optional(z.string().check(z.minLength(3))),
    /** Locally: the folder that gets every e-mail as an .eml file instead of sending it. */
    MAIL_OUTBOX_DIR: z.optional(z.string().check(z.minLength(1))),
    /** OIDC issuer of editor tokens (moderation). */
    JWT_ISSUER: z.optional(z.string()),
    /** Expected audience (client id) of editor tokens. */
    JWT_AUDIENCE: z.optional(z.string()),
    /** Where the issuer publishes its signing keys. */
    JWKS_URL: z.optional(z.url()),
    /** Token claim that lists the user's groups (Cognito: cognito:groups; Entra ID: roles or groups). */
    EDITOR_GROUP_CLAIM: z._default(z.string().check(z.minLength(1)), 'cognito:groups'),
    /** The CodeBuild project that builds and publishes the site (AWS only; locally the server builds). */
    PUBLISH_PROJECT_NAME: z.optional(z.string().check(z.minLength(1))),
    /** In a book of several kommuner (AWS only): the state machine that fans a publication build out to each kommune's build (infra/constructs/kommune-fan-out.ts). */
    PUBLISH_STATE_MACHINE_ARN: z.optional(z.string().check(z.minLength(1))),
    /** In a book of several kommuner: the kommuner's ids in the book's order, comma-separated (a publication rebuilds those its edits concern). */
    BOOK_KOMMUNER: z.optional(z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*(?:,[a-z]+(?:-[a-z]+)*)*$/))),
    /**
     * In a book of several kommuner: what the API knows of each kommune (JSON, id → name, siteUrl,
     * language, editorsEmail; src/core/books/kommune-profiles.ts), its ids those of BOOK_KOMMUNER. A
     * kommune's context reads its address, målform and editors' mailbox from here (kommune-env.ts).
     */
    BOOK_KOMMUNE_PROFILES: z.optional(z.pipe(z.pipe(z.string(), z.transform(parseJson)), kommuneProfilesSchema)),
    /**
     * Group claim value that makes a user an editor of a kommune on its own. In a book (BOOK_KOMMUNER)
     * it is the stem of the groups: `<EDITOR_GROUP>-<kommune id>` makes an editor of that kommune,
     * `<EDITOR_GROUP>-national` a national editor (functions/shared/editor-roles.ts).
     */
    EDITOR_GROUP: z._default(z.string().check(z.minLength(1)), 'editors'),
  })
  .check(
    z.refine((env) => sameKommuner(env.BOOK_KOMMUNER, env.BOOK_KOMMUNE_PROFILES), {
      message: 'must name exactly the kommuner of BOOK_KOMMUNER',
      path: ['BOOK_KOMMUNE_PROFILES'],
    }),
  );

/** A JSON text's value; text that is not JSON is an issue of its variable, never an exception (its value is not logged). */
function parseJson(text: string, context: z.core.ParsePayload): unknown {
  try {
    return JSON.parse(text);
  } catch {
    context.issues.push({ code: 'custom', message: 'must be JSON', input: text });
    return z.NEVER;
  }
}

/** Whether the profiles name the book's kommuner, no more and no fewer (both unset for a kommune on its own). */
function sameKommuner(kommuner: string | undefined, profiles: Record<string, unknown> | undefined): boolean {
  const ids = kommuner?.split(',') ?? [];
  const profiled = Object.keys(profiles ?? {});
  return ids.length === profiled.length && ids.every((id) => profiled.includes(id));
}

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws ConfigError naming every bad variable (never its value). */
export function readEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

const loaded: { env: Env } | { error: ConfigError } = (() => {
  try {
    return { env: readEnv(process.env) };
  } catch (error) {
    // Outside Lambda (tests, local server) contexts are built from explicit values instead.
    if (process.env.AWS_LAMBDA_FUNCTION_NAME) log.error('invalid configuration', { errorMessage: (error as Error).message });
    return { error: error as ConfigError };
  }
})();

/** The process environment as read at load. */
export function processEnv(): Env {
  if ('error' in loaded) throw loaded.error;
  return loaded.env;
}
