/**
 * The storage module: every DynamoDB access pattern of the application, behind plain functions.
 * Handlers and domain code never see keys, indexes or SDK commands. Table layout: table.ts.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { articleStorage } from './articles.ts';
import { translationDueStorage } from './translations-due.ts';
import type { Language } from '../../../src/core/text/language.ts';
import { factStorage } from './facts.ts';
import { localPartStorage } from './local-parts.ts';
import { publishingStorage } from './publishing.ts';
import { reviewStorage } from './reviews.ts';
import { councilAdminStorage } from './council-admin.ts';
import { councilStorage } from './councils.ts';
import { contactErasure } from './contact-erasure.ts';
import { feedbackStorage } from './feedback.ts';
import { feedbackHandlingStorage } from './feedback-handling.ts';
import { insightStorage } from './insight.ts';
import { maintenanceStorage } from './maintenance.ts';
import { localMaintenance } from './local-maintenance.ts';
import { rateLimitStorage } from './rate-limit.ts';
import { outboxStorage } from './outbox.ts';
import { orderStorage } from './orders.ts';
import { referenceStorage } from './references.ts';
import { signInFailureStorage } from './sign-in-failures.ts';
import { suggestionStorage } from './suggestions.ts';
import { suggestionLists } from './suggestion-lists.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { tableKeys } from './table.ts';
import { madeForKommuner } from './kommune-storage.ts';

export type StorageOptions = {
  client: DynamoDBDocumentClient;
  tableName: string;
  contactRetentionDays: number;
  /** Injectable clock for tests; defaults to the real time. */
  now?: () => Date;
  /** The kommune of a book the storage is for (its own keys, table.ts); absent for a kommune on its own. */
  kommune?: string | undefined;
};

/**
 * Makes a storage part for the options' kommune. The part remembers how it was made, so the
 * context of another kommune of the book gets that kommune's twin of it (kommune-storage.ts).
 */
function part<T extends object>(options: StorageOptions, make: (ctx: StorageContext) => T): T {
  const ctx: StorageContext = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
    keys: tableKeys(options.kommune),
  };
  return madeForKommuner(make(ctx), (kommune) => part({ ...options, kommune }, make));
}

/** What every function's storage carries: suggestions (writes and reads of one), councils, rate limits, references, health. */
export function createStorage(options: StorageOptions) {
  return part(options, (ctx) => ({
    ...suggestionStorage(ctx),
    ...councilStorage(ctx),
    ...rateLimitStorage(ctx),
    ...maintenanceStorage(ctx),
    ...referenceStorage(ctx),
  }));
}

export type Storage = ReturnType<typeof createStorage>;

/**
 * Article revisions, their review rounds and publications, apart from createStorage so the public functions'
 * bundles don't carry them; only the article routes, the local server and the publishing build use it.
 * The articles and publications are the book's; the review rounds are the kommune's (table.ts).
 */
export function createArticleStorage(options: StorageOptions) {
  return part(options, (ctx) => ({
    ...articleStorage(ctx),
    ...reviewStorage(ctx),
    ...publishingStorage(ctx),
    ...translationDueStorage(ctx),
    /** The revisions of the articles' texts in `language` (the nynorsk texts), under keys of their own. */
    translationStorage: (language: Language) => articleStorage(ctx, language),
    close: () => options.client.destroy(),
  }));
}

export type ArticleStorage = ReturnType<typeof createArticleStorage>;

/** Fact revisions (the facts desk): editors and publishing only, so apart from createStorage too. */
export function createFactStorage(options: StorageOptions) {
  return part(options, factStorage);
}

export type FactStorage = ReturnType<typeof createFactStorage>;

/** A book's local parts (one kommune's text in a national article's slot): editors and publishing only, so apart from createStorage too. */
export function createLocalPartStorage(options: StorageOptions) {
  return part(options, localPartStorage);
}

export type LocalPartStorage = ReturnType<typeof createLocalPartStorage>;

/** Review rounds alone, for the scheduled mail run's reminders: without the article storage (and the book) around them. */
export function createReviewStorage(options: StorageOptions) {
  return part(options, reviewStorage);
}

/** The e-mail outbox, apart from createStorage for the same reason: only the functions that send or list e-mail use it. */
export function createOutboxStorage(options: StorageOptions) {
  return part(options, outboxStorage);
}

export type OutboxStorage = ReturnType<typeof createOutboxStorage>;

/** The suggestions' lists (the queue, counts, public answers): apart so functions that never list don't bundle them. */
export function createSuggestionLists(options: StorageOptions) {
  return part(options, suggestionLists);
}

export type SuggestionLists = ReturnType<typeof createSuggestionLists>;

/** Page feedback (answers, comments, per-page counts): the feedback route and the editors' feedback views only. */
export function createFeedbackStorage(options: StorageOptions) {
  return part(options, feedbackStorage);
}

export type FeedbackStorage = ReturnType<typeof createFeedbackStorage>;

/** The insight's daily counts (searches, pages' Ja/Nei): the routes that count or report them only. */
export function createInsightStorage(options: StorageOptions) {
  return part(options, insightStorage);
}

export type { InsightStorage } from './insight.ts';

/** Creating councils, listing them and changing their codes: editors (and the local demo council) only, so apart from createStorage too. */
export function createCouncilAdminStorage(options: StorageOptions) {
  return part(options, councilAdminStorage);
}

/** Wrong passwords on the local sign-in (the local server only; in AWS editors sign in elsewhere). */
export function createSignInFailureStorage(options: StorageOptions) {
  return part(options, signInFailureStorage);
}

/** Erasing a suggestion's contact data: editors only, so apart from createStorage too. */
export function createContactErasure(options: StorageOptions) {
  return part(options, contactErasure);
}

/** Marking page-feedback comments handled: editors only, so apart from createStorage too. */
export function createFeedbackHandlingStorage(options: StorageOptions) {
  return part(options, feedbackHandlingStorage);
}

/** Requests to post the book: the order routes, the editors' queue and the mail run only, so apart from createStorage too. */
export function createOrderStorage(options: StorageOptions) {
  return part(options, orderStorage);
}

export type { OrderStorage, NewOrder } from './orders.ts';

/** Table creation and the TTL sweep: the local server and tests only, so no function bundles them. */
export function createLocalMaintenance(options: StorageOptions) {
  return part(options, localMaintenance);
}

export type LocalMaintenance = ReturnType<typeof createLocalMaintenance>;

export type { ArticleFacts, ArticleHead, SaveRevisionInput } from './articles.ts';
export type { TranslationDue } from './translations-due.ts';
export type { PublishingQueue, ScheduledPublication, StageChange } from './publishing.ts';
export type { MailState, OutboxMail } from './outbox.ts';
export type { RequestOutcome, ReviewNotice, ReviewStorage } from './reviews.ts';
export { ensureTable } from './table.ts';

/** A book's own articles of each kommune (`of(kommune)`): editors and publishing only, so apart from createStorage too. */
export function createOwnArticleStorage(options: StorageOptions) {
  return part(options, (ctx) => ({ of: (kommune: string) => articleStorage(ctx, { kommune }) }));
}

export type OwnArticleStorage = ReturnType<typeof createOwnArticleStorage>;
/** One kommune's own articles. */
export type KommuneArticleStorage = ReturnType<OwnArticleStorage['of']>;
