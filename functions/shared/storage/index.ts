/**
 * The storage module: every DynamoDB access pattern of the application, behind plain functions.
 * Handlers and domain code never see keys, indexes or SDK commands. Table layout: table.ts.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { articleStorage } from './articles.ts';
import { reviewStorage } from './reviews.ts';
import { councilStorage } from './councils.ts';
import { feedbackStorage } from './feedback.ts';
import { feedbackHandlingStorage } from './feedback-handling.ts';
import { maintenanceStorage } from './maintenance.ts';
import { rateLimitStorage } from './rate-limit.ts';
import { outboxStorage } from './outbox.ts';
import { referenceStorage } from './references.ts';
import { suggestionStorage } from './suggestions.ts';

export type StorageOptions = {
  client: DynamoDBDocumentClient;
  tableName: string;
  contactRetentionDays: number;
  /** Injectable clock for tests; defaults to the real time. */
  now?: () => Date;
};

export function createStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return {
    ...suggestionStorage(ctx),
    ...councilStorage(ctx),
    ...rateLimitStorage(ctx),
    ...maintenanceStorage(ctx),
    ...referenceStorage(ctx),
  };
}

export type Storage = ReturnType<typeof createStorage>;

/**
 * Article revisions, their review rounds and publications, apart from createStorage so the public functions'
 * bundles don't carry them; only the article routes, the local server and the publishing build use it.
 */
export function createArticleStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return { ...articleStorage(ctx), ...reviewStorage(ctx), close: () => options.client.destroy() };
}

export type ArticleStorage = ReturnType<typeof createArticleStorage>;

/** Review rounds alone, for the scheduled mail run's reminders: without the article storage (and the book) around them. */
export function createReviewStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return reviewStorage(ctx);
}

/** The e-mail outbox, apart from createStorage for the same reason: only the functions that send or list e-mail use it. */
export function createOutboxStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return outboxStorage(ctx);
}

export type OutboxStorage = ReturnType<typeof createOutboxStorage>;

/** Page feedback (answers, comments, per-page counts): apart from createStorage so the suggestion functions don't carry it. */
export function createFeedbackStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return feedbackStorage(ctx);
}

export type FeedbackStorage = ReturnType<typeof createFeedbackStorage>;

/** Marking page-feedback comments handled: editors only, so apart from createStorage too. */
export function createFeedbackHandlingStorage(options: StorageOptions) {
  const ctx = {
    client: options.client,
    tableName: options.tableName,
    contactRetentionDays: options.contactRetentionDays,
    now: options.now ?? (() => new Date()),
  };
  return feedbackHandlingStorage(ctx);
}

export type { ArticleFacts, ArticleHead, SaveRevisionInput } from './articles.ts';
export type { MailState, OutboxMail } from './outbox.ts';
export type { RequestOutcome, ReviewNotice, ReviewStorage } from './reviews.ts';
export { ensureTable, TABLE_SCHEMA, TTL_ATTRIBUTE, STATUS_INDEX, PUBLIC_INDEX } from './table.ts';
