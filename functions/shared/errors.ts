/**
 * Every error a handler can answer with, and the single place that maps them to an HTTP
 * status and a plain-Norwegian body. Anything not listed here becomes a 500 whose body
 * says nothing about the cause; the cause only goes to the log.
 */

import { apiText } from '../../src/core/text/api.ts';

export type FieldErrors = Record<string, string>;

/** A rule an article breaks, with its line in the file when it has one. */
export type ErrorProblem = { line?: number; rule: string; message: string };

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors; problems?: ErrorProblem[] } };

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;
  readonly problems: ErrorProblem[] | undefined;
  readonly headers: Record<string, string>;
  /** A body of the route's own contract instead of the usual `{ error: { code, message } }`. */
  readonly body: object | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { fields?: FieldErrors; problems?: ErrorProblem[]; headers?: Record<string, string>; cause?: unknown; body?: object } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.fields = options.fields;
    this.problems = options.problems;
    this.headers = options.headers ?? {};
    this.body = options.body;
  }
}

export class BadRequestError extends AppError {
  constructor(code: string, message: string, fields?: FieldErrors) {
    super(400, code, message, fields ? { fields } : {});
  }
}

export class ValidationError extends BadRequestError {
  constructor(fields: FieldErrors) {
    super('validation-failed', apiText('error.validation'), fields);
  }
}

/** An article source that breaks the frontmatter schema, the safe subset of MDX or (when publishing) the content rules. */
export class InvalidArticleError extends AppError {
  constructor(problems: ErrorProblem[], message: string) {
    super(400, 'invalid-article', message, { problems });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = apiText('error.unauthorized')) {
    super(401, 'unauthorized', message, { headers: { 'www-authenticate': 'Bearer' } });
  }
}

/** A council route without a working council code (wrong, revoked or replaced). */
export class CouncilUnauthorizedError extends AppError {
  constructor() {
    super(401, 'invalid-council-code', apiText('error.councilUnauthorized'), { headers: { 'www-authenticate': 'Council' } });
  }
}

export class ForbiddenError extends AppError {
  constructor(code = 'forbidden', message = apiText('error.forbidden')) {
    super(403, code, message);
  }
}

export class InvalidCouncilCodeError extends ForbiddenError {
  constructor() {
    super('invalid-council-code', apiText('error.councilCode'));
  }
}

export class NotFoundError extends AppError {
  constructor(message = apiText('error.notFound')) {
    super(404, 'not-found', message);
  }
}

export class MethodNotAllowedError extends AppError {
  constructor(allowed: readonly string[]) {
    super(405, 'method-not-allowed', apiText('error.methodNotAllowed'), { headers: { allow: allowed.join(', ') } });
  }
}

export class VersionConflictError extends AppError {
  constructor(message = apiText('error.versionConflict')) {
    super(409, 'version-conflict', message);
  }
}

/** A change that can be made only once (a council's statement) was made already. */
export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor() {
    super(413, 'payload-too-large', apiText('error.payloadTooLarge'));
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = apiText('error.unsupportedMediaType')) {
    super(415, 'unsupported-media-type', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate-limited', apiText('error.rateLimited'), {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    });
  }
}

/** Too many wrong council codes from this client, or for codes that start like this one, in the last hour. */
export class CouncilCodeGuessesError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'council-code-guesses', apiText('error.councilCodeGuesses'), {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    });
  }
}

export class StorageUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super(503, 'storage-unavailable', apiText('error.storageUnavailable'), { cause });
  }
}

/** A deployment mistake (missing or invalid environment variable); answered as a 500. */
export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Ugyldig konfigurasjon: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export type DescribedError = { status: number; body: ErrorBody | object; headers: Record<string, string>; expected: boolean };

export function describeError(error: unknown): DescribedError {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: error.body ?? {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.problems ? { problems: error.problems } : {}),
        },
      },
      headers: error.headers,
      expected: error.status < 500,
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal-error', message: apiText('error.internal') } },
    headers: {},
    expected: false,
  };
}
