/**
 * The demo council for the local run: "Eldrerådet", whose code `npm start` prints so anyone
 * can try sending a suggestion on behalf of a council.
 */
import { generateCouncilCode, hashCouncilCode } from '../../functions/shared/council-code.ts';
import type { createCouncilAdminStorage } from '../../functions/shared/storage/index.ts';
import { persistedValue } from './local-secrets.ts';

export const DEMO_COUNCIL_NAME = 'Eldrerådet';

/** Makes sure the demo council (of `kommune`, in a book) exists with the code kept in dataDir; returns that code. */
export async function seedDemoCouncil(
  storage: ReturnType<typeof createCouncilAdminStorage>,
  dataDir: string,
  kommune?: string,
): Promise<string> {
  const code = await persistedValue(dataDir, kommune ? `demo-council-code-${kommune}` : 'demo-council-code', generateCouncilCode);
  const codeHash = hashCouncilCode(code);
  const existing = (await storage.listCouncils()).find((council) => council.name === DEMO_COUNCIL_NAME);
  if (!existing) await storage.createCouncil({ name: DEMO_COUNCIL_NAME, codeHash });
  else if (existing.codeHash !== codeHash || existing.revokedAt !== undefined) await storage.replaceCouncilCode(existing.id, codeHash);
  return code;
}
