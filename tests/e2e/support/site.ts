import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../../tools/local/server.ts';

export interface RunningSite {
  url: string;
  dataDir: string;
  editorPassword: string;
  close: () => Promise<void>;
}

/** The folder `npm run build` writes to. */
export const DIST_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';

/**
 * The built site and the API on a free port, with a fresh data directory. `env` is added to the
 * process environment for the handlers. The e2e files share one (see global-setup.ts); start
 * your own only when a test needs other settings.
 */
export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-e2e-'));
  // The mail run every two seconds: a receipt shows up in DATA_DIR/outbox/ while a test waits, as it would within a minute.
  const server = await startLocalServer({ port: 0, dataDir, distDir: DIST_DIR, env: { ...process.env, ...env }, mailEveryMs: 2_000 });
  return {
    url: server.url,
    dataDir,
    editorPassword: server.editorPassword,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
