/**
 * The slice of the API Gateway HTTP API (payload format 2.0) event and result that
 * our handlers use, plus the response and body helpers every handler shares.
 */
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError, describeError } from './errors.ts';
import { errorFields, log } from './log.ts';
import { apiText } from '../../src/core/text/api.ts';

export type APIGatewayProxyEventV2 = {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  pathParameters?: Record<string, string | undefined>;
  cookies?: string[];
  body?: string;
  isBase64Encoded: boolean;
  requestContext: {
    accountId?: string;
    apiId?: string;
    domainName?: string;
    requestId: string;
    routeKey?: string;
    stage?: string;
    time?: string;
    timeEpoch: number;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    authorizer?: { jwt?: { claims: Record<string, unknown>; scopes?: string[] } };
  };
};

export type APIGatewayProxyResultV2 = {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
};

export type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

/** Largest request body we accept, in bytes after base64 decoding. */
export const MAX_BODY_BYTES = 16 * 1024;

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

export function json(statusCode: number, body?: unknown, headers: Record<string, string> = {}): APIGatewayProxyResultV2 {
  return {
    statusCode,
    headers: { ...BASE_HEADERS, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** A 303 answer to a plain HTML form post: the browser follows it with a GET. */
export function seeOther(location: string): APIGatewayProxyResultV2 {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store' } };
}

/** Header lookup that ignores case, since API Gateway lower-cases but local callers may not. */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

export type BodyFormat = 'json' | 'form';

export type ParsedBody = { format: BodyFormat; value: unknown };

function mediaType(event: APIGatewayProxyEventV2): string {
  return (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Whether the request came from a plain HTML form, so errors must be answered with a redirect. */
export function isFormPost(event: APIGatewayProxyEventV2): boolean {
  return mediaType(event) === 'application/x-www-form-urlencoded';
}

/**
 * Reads a JSON or form-encoded body.
 * Throws UnsupportedMediaTypeError for any other content type, PayloadTooLargeError above
 * MAX_BODY_BYTES, and BadRequestError for an empty body or malformed JSON. Form fields become a
 * null-prototype object of strings, so a field named `__proto__` is just a field.
 */
export function parseBody(event: APIGatewayProxyEventV2): ParsedBody {
  const type = mediaType(event);
  const format: BodyFormat | undefined =
    type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  if (!format) throw new UnsupportedMediaTypeError();

  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new BadRequestError('empty-body', apiText('error.emptyBody'));

  if (format === 'form') {
    const fields: Record<string, string> = Object.create(null);
    for (const [key, value] of new URLSearchParams(text)) fields[key] = value;
    return { format, value: fields };
  }
  try {
    return { format, value: JSON.parse(text) as unknown };
  } catch {
    throw new BadRequestError('invalid-json', apiText('error.invalidJson'));
  }
}

/** The JSON answer for any thrown error; unexpected ones are logged, never echoed. */
export function errorResponse(error: unknown, event: APIGatewayProxyEventV2): APIGatewayProxyResultV2 {
  const described = describeError(error);
  if (!described.expected) {
    const cause = error instanceof Error && error.cause !== undefined ? errorFields(error.cause) : {};
    log.error('request failed', {
      route: event.routeKey,
      requestId: event.requestContext.requestId,
      status: described.status,
      ...errorFields(error),
      ...Object.fromEntries(Object.entries(cause).map(([key, value]) => [`cause.${key}`, value])),
    });
  }
  return json(described.status, described.body, described.headers);
}
