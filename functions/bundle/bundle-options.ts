/**
 * The esbuild options for every Lambda bundle, shared by infra (NodejsFunction `bundling`)
 * and the bench, so the size we measure is the size we deploy.
 *
 * The AWS SDK goes into the bundle although the nodejs24.x runtime ships one: a function then
 * imports one minified file instead of the SDK's packages file by file (half the cold import in
 * `npm run bench`'s `api.sdkPlacement`), and it runs the SDK version the tests ran against, whose
 * `throwOnRequestTimeout` the storage client relies on (README, «Figures»).
 */
import { fileURLToPath } from 'node:url';

/** SDK modules Lambda never needs, replaced by small stand-ins (each file says why). */
export const SDK_ALIAS = {
  '@aws-sdk/credential-provider-node': fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url)),
  '@aws-sdk/middleware-endpoint-discovery': fileURLToPath(new URL('./no-endpoint-discovery.ts', import.meta.url)),
} as const;

export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // ES module builds of the SDK tree-shake far better than the CommonJS ones.
  mainFields: ['module', 'main'],
  alias: SDK_ALIAS,
  // Loaded by the SDK with a dynamic import only for event-stream operations, which DynamoDB
  // doesn't have; left out it saves ~15 KB and is never requested at run time.
  external: ['@smithy/core/event-streams'],
  // Some SDK dependencies still call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
} as const;
