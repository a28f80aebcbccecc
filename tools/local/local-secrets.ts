/**
 * Values the local run keeps between restarts in DATA_DIR: the rate-limit salt (so counters
 * keep working across a restart) and the demo council code (so the printed code stays valid).
 * Local only: in AWS the salt comes from configuration and no code is ever stored in clear.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function persistedValue(dataDir: string, name: string, create: () => string): Promise<string> {
  const file = join(dataDir, name);
  try {
    const value = (await readFile(file, 'utf8')).trim();
    if (value !== '') return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = create();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  return value;
}

export const randomSalt = () => randomBytes(32).toString('base64url');
