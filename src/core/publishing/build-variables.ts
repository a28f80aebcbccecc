/**
 * What the build service and its reports agree on: the environment variables that tell a
 * publication build (and so its CodeBuild events) which publication build it is, and – in a book
 * of several kommuner – which kommune and which attempt (infra/constructs/kommune-fan-out.ts sets
 * them, functions/publishing/build-events.ts reads them back).
 */
export const BUILD_VARIABLES = { build: 'PUBLICATION_BUILD_ID', kommune: 'BOOK_KOMMUNE', attempt: 'PUBLICATION_ATTEMPT' } as const;

/** The `source` of the fan-out's report that a kommune's last attempt failed. */
export const FAN_OUT_SOURCE = 'alderdommens-abc.fan-out';
