import { randomUUID } from 'node:crypto';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../../tools/local/embedded-dynamo.ts';
import { createContext, type AppContext } from '../../../functions/shared/dependencies.ts';
import { readEnv } from '../../../functions/shared/env.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import {
  createFeedbackStorage,
  createLocalMaintenance,
  createSuggestionLists,
  type FeedbackStorage,
  type LocalMaintenance,
  type SuggestionLists,
} from '../../../functions/shared/storage/index.ts';

/** `maintenance`: table creation and the local TTL sweep, which the functions' storage leaves out. */
export type TestContext = AppContext & {
  lists: SuggestionLists;
  feedback: FeedbackStorage;
  maintenance: LocalMaintenance;
  close(): Promise<void>;
};

/**
 * A fresh in-memory dynalite and an application context on it, with a settable clock.
 * `env` overrides variables such as SUGGESTION_RATE_LIMIT.
 */
export async function startTestContext(
  options: { env?: Record<string, string>; now?: () => Date; path?: string } = {},
): Promise<TestContext> {
  const dynamo: EmbeddedDynamo = await startEmbeddedDynamo(options.path);
  const env = readEnv({
    TABLE_NAME: `test-${randomUUID()}`,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'local',
    RATE_LIMIT_SALT: 'test-salt-that-is-long-enough',
    SUGGESTION_RATE_LIMIT: '0',
    ...options.env,
  });
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  const parts = {
    client,
    tableName: env.TABLE_NAME,
    contactRetentionDays: env.CONTACT_RETENTION_DAYS,
    ...(options.now ? { now: options.now } : {}),
  };
  const lists = createSuggestionLists(parts);
  const feedback = createFeedbackStorage(parts);
  const maintenance = createLocalMaintenance(parts);
  const context = createContext(env, {
    topics: ['sykehjem', 'fastlege', 'hjemmehjelp'],
    lists,
    feedback,
    ...(options.now ? { now: options.now } : {}),
  });
  await maintenance.ensureTable();
  return {
    ...context,
    lists,
    feedback,
    maintenance,
    close: async () => {
      context.storage.close();
      client.destroy();
      await dynamo.close();
    },
  };
}

/** A context whose storage points at a port nothing listens on: every call fails like an outage. */
export function unreachableContext(): AppContext {
  const env = readEnv({
    TABLE_NAME: 'down',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    AWS_REGION: 'local',
    RATE_LIMIT_SALT: 'test-salt-that-is-long-enough',
  });
  return createContext(env, { topics: ['sykehjem'] });
}

/** A clock tests can move. */
export function manualClock(start = '2026-11-28T10:00:00.000Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}
