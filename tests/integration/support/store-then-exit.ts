/**
 * Starts the embedded store persisted in argv[2], stores one suggestion in table argv[3] through the
 * real SDK, closes the store while the SDK still keeps its connections alive, and prints the
 * suggestion's id. Nothing is left running: the process must then end by itself.
 * Usage: node tests/integration/support/store-then-exit.ts <path> <table>
 */
import { startEmbeddedDynamo } from '../../../tools/local/embedded-dynamo.ts';
import { createContext } from '../../../functions/shared/dependencies.ts';
import { readEnv } from '../../../functions/shared/env.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { createLocalMaintenance } from '../../../functions/shared/storage/index.ts';

const [path, table] = process.argv.slice(2);
if (!path || !table) throw new Error('Bruk: node tests/integration/support/store-then-exit.ts <path> <table>');
const store = await startEmbeddedDynamo(path);
const env = readEnv({
  TABLE_NAME: table,
  DYNAMODB_ENDPOINT: store.endpoint,
  AWS_REGION: 'local',
  RATE_LIMIT_SALT: 'test-salt-that-is-long-enough',
});
const client = createDocumentClient({ region: 'local', endpoint: store.endpoint });
await createLocalMaintenance({ client, tableName: table, contactRetentionDays: env.CONTACT_RETENTION_DAYS }).ensureTable();
const { storage } = createContext(env, { topics: ['sykehjem'] });
const { suggestion } = await storage.createSuggestion({
  id: 'closes-cleanly',
  kind: 'question',
  text: 'Lagret før lageret ble lukket',
  source: { type: 'citizen' },
});
await store.close();
console.log(suggestion.id);
