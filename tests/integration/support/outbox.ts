/** The .eml files the local server writes to DATA_DIR/outbox/, decoded, for tests that check what was "sent". */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type WrittenMail = { file: string; headers: string; to: string; subject: string; body: string };

/** Every message in `dir`, oldest first (the file names start with the time); none when nothing was written yet. */
export function readOutbox(dir: string): WrittenMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const [headers, encoded] = raw.split('\r\n\r\n') as [string, string];
    return {
      file,
      headers,
      to: /^To: (.+)$/m.exec(headers)![1]!,
      subject: Buffer.from(/^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(headers)![1]!, 'base64').toString('utf8'),
      body: Buffer.from(encoded.replace(/\r\n/g, ''), 'base64').toString('utf8'),
    };
  });
}
