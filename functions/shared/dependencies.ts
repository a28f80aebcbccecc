/**
 * What handlers depend on, built once per process. In Lambda it comes from the environment;
 * the local server and tests build their own (their dynalite endpoint is only known at run time).
 */
import topicList from '../generated/topics.json' with { type: 'json' };
import { createDocumentClient } from './storage/client.ts';
import { processEnv, type Env } from './env.ts';
import {
  createStorage,
  type ArticleStorage,
  type FeedbackStorage,
  type InsightStorage,
  type Storage,
  type SuggestionLists,
} from './storage/index.ts';
import type { Publisher } from './publisher.ts';
import type { MailSender } from './mail/sender.ts';
import type { BuiltSite } from './built-site.ts';

export type AppContext = {
  env: Env;
  /** The kommune of a book the context is for (the pipeline sets it, kommune-context.ts); undefined for a kommune on its own. */
  kommune?: string;
  storage: Storage;
  /** Article slugs a suggestion's `topic` may name. */
  topics: ReadonlySet<string>;
  now: () => Date;
  /** The build service that publishes articles; set where publishing runs (see articles/handlers). */
  publisher?: Publisher;
  /** Article revisions and publications; set where articles are edited (see shared/book/with-book.ts). */
  articles?: ArticleStorage;
  /**
   * Where e-mail goes: .eml files locally (the local server brings them), Amazon SES in AWS (only
   * the functions that send add it, shared/mail/ses-mailing.ts); absent when no sender is configured.
   */
  mail?: { from: string; send: MailSender };
  /** The built site that API-rendered pages read; locally it follows each publication, in Lambda it is unset. */
  siteDir?: () => string;
  /** In a book of several kommuner: where each kommune's built pages and server renderer are now (the local server); see built-site.ts. */
  kommuneSite?: (kommune: string) => BuiltSite | undefined;
  /** The suggestions' lists and page feedback when the caller brings them (the local server, tests); see storage/parts.ts. */
  lists?: SuggestionLists;
  feedback?: FeedbackStorage;
  /** The insight's counts when the caller brings them (tests); see storage/parts.ts. */
  insight?: InsightStorage;
};

export type ContextOverrides = {
  topics?: Iterable<string>;
  now?: () => Date;
  publisher?: Publisher;
  articles?: ArticleStorage;
  mail?: AppContext['mail'];
  siteDir?: () => string;
  kommuneSite?: AppContext['kommuneSite'];
  lists?: SuggestionLists;
  feedback?: FeedbackStorage;
  insight?: InsightStorage;
};

export function createContext(env: Env, overrides: ContextOverrides = {}): AppContext {
  const now = overrides.now ?? (() => new Date());
  const client = createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
  return {
    env,
    storage: createStorage({ client, tableName: env.TABLE_NAME, contactRetentionDays: env.CONTACT_RETENTION_DAYS, now }),
    topics: new Set(overrides.topics ?? topicList),
    now,
    ...(overrides.publisher ? { publisher: overrides.publisher } : {}),
    ...(overrides.articles ? { articles: overrides.articles } : {}),
    ...(overrides.mail ? { mail: overrides.mail } : {}),
    ...(overrides.siteDir ? { siteDir: overrides.siteDir } : {}),
    ...(overrides.kommuneSite ? { kommuneSite: overrides.kommuneSite } : {}),
    ...(overrides.lists ? { lists: overrides.lists } : {}),
    ...(overrides.feedback ? { feedback: overrides.feedback } : {}),
    ...(overrides.insight ? { insight: overrides.insight } : {}),
  };
}

let lambdaContext: AppContext | undefined;

/** The Lambda's context from process.env, created on first use and then reused. */
export function defaultContext(): AppContext {
  lambdaContext ??= createContext(processEnv());
  return lambdaContext;
}
