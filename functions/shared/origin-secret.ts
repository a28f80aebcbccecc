/**
 * In AWS the API is meant to be reached only through CloudFront, which sets the reader's address
 * in a header the rate limit trusts. API Gateway's own execute-api address stays reachable, so
 * CloudFront also sends a secret in ORIGIN_SECRET_HEADER and every function refuses a request
 * without it. Two secrets are accepted while one is rotated: CloudFront's configuration reaches
 * its edges minutes after the functions are updated.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Env } from './env.ts';
import { ForbiddenError } from './errors.ts';
import { apiText } from '../../src/core/text/api.ts';

export { ORIGIN_SECRET_HEADER } from './origin-header.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Throws ForbiddenError unless `sent` is one of the configured secrets; no secret configured (local run) lets everything through. */
export function verifyOriginSecret(env: Pick<Env, 'ORIGIN_SECRET' | 'ORIGIN_SECRET_PREVIOUS'>, sent: string | undefined): void {
  const accepted = [env.ORIGIN_SECRET, env.ORIGIN_SECRET_PREVIOUS].filter((secret): secret is string => secret !== undefined);
  if (accepted.length === 0) return;
  // Digests of equal length, so the comparison takes as long whatever was sent.
  const given = digest(sent ?? '');
  if (!accepted.some((secret) => timingSafeEqual(given, digest(secret)))) {
    throw new ForbiddenError('direct-access-refused', apiText('error.directAccess'));
  }
}
