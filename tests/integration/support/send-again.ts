/**
 * Sends a suggestion as a person with the form does on a busy machine: with an Idempotency-Key, and
 * after a 503 again with the same key a moment later (as pressing «Send» again does; the draft keeps
 * the key). On this shared 2-core machine the embedded store, on the server's event loop, may miss
 * its time limit under 200 requests at once; the promise tested is that nothing is lost or doubled.
 */
import { setTimeout as pause } from 'node:timers/promises';

const ATTEMPTS = 20;

export async function sendUntilAnswered(url: string, key: string, body: unknown): Promise<{ response: Response; failed: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    if (response.status !== 503 || attempt === ATTEMPTS) return { response, failed: attempt - 1 };
    await response.body?.cancel();
    // Spread the next attempts out, as people pressing again would, instead of all at once.
    await pause(attempt * 200 + Math.random() * 500);
  }
}
