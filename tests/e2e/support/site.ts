import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../../functions/local/server.ts';

export interface RunningSite {
  url: string;
  dataDir: string;
  close: () => Promise<void>;
}

/** The built site (dist/) and the API on a free port, with a fresh data directory. */
export async function startSite(): Promise<RunningSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-e2e-'));
  const server = await startLocalServer({ port: 0, dataDir, distDir: 'dist' });
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
