/**
 * The security headers every page of the site is served with: one source for the CloudFront
 * response headers policy (infra/constructs/site.ts) and for the local browser test that
 * proves the built site runs under them (tests/e2e/csp.test.ts).
 */

export interface CspOptions {
  /**
   * Extra origins the pages may fetch from, e.g. the sign-in provider's token endpoint that
   * the editors' page calls after the authorization-code redirect. Same-origin is always allowed.
   */
  readonly connectSources?: readonly string[];
}

/**
 * Scripts only from our own origin: Astro bundles page scripts to external files under
 * /_astro/, so no inline script needs to run. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search index; it does not allow eval() of JavaScript.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': SCRIPT_SOURCES,
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.connectSources ?? [])],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Two years, the value hstspreload.org and most baselines ask for. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Powerful features the site never uses, switched off so injected code can't use them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** The headers as the browser receives them, for servers other than CloudFront. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': REFERRER_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}
