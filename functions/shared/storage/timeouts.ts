/**
 * How long one storage call may take before the reader gets the Norwegian 503. A contract file:
 * the DynamoDB client uses these numbers and the CDK app sets every function's timeout above
 * STORAGE_CALL_LIMIT_MS, so API Gateway's English "Service Unavailable" never reaches a reader.
 */

/** Attempts per call: one retry rides out a dropped connection; more only keeps a reader waiting. */
export const STORAGE_MAX_ATTEMPTS = 2;
export const STORAGE_CONNECTION_TIMEOUT_MS = 1_000;
/** DynamoDB answers in milliseconds; two seconds without an answer means it is stuck. */
export const STORAGE_REQUEST_TIMEOUT_MS = 2_000;
/** Room for the SDK's back-off between attempts (100 ms base, jittered, higher when throttled). */
const RETRY_DELAY_ALLOWANCE_MS = 1_000;

/** The longest one storage call can take, retry included, before it fails with 503. */
export const STORAGE_CALL_LIMIT_MS =
  STORAGE_MAX_ATTEMPTS * (STORAGE_CONNECTION_TIMEOUT_MS + STORAGE_REQUEST_TIMEOUT_MS) + RETRY_DELAY_ALLOWANCE_MS;
