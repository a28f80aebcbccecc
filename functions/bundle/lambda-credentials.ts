/**
 * Stands in for `@aws-sdk/credential-provider-node` in Lambda bundles (see bundle-options.ts).
 * Lambda always puts the function's role credentials in environment variables, so the SDK's
 * full provider chain (SSO, INI files, STS, IMDS: ~140 KB minified) is dead weight there.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
