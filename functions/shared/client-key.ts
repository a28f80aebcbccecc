/**
 * The only form in which a client's address is ever kept: HMAC-SHA256 of the address under a
 * key derived from the secret salt and the UTC date. Without the secret the 2^32 IPv4 space
 * can't be tried; with the date in the key, yesterday's and today's hashes of one address
 * can't be linked.
 */
import { createHmac } from 'node:crypto';

export function clientKey(address: string, salt: string, now: Date): string {
  const dailyKey = createHmac('sha256', salt).update(now.toISOString().slice(0, 10)).digest();
  return createHmac('sha256', dailyKey).update(address).digest('base64url');
}
