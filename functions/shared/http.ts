/**
 * The API Gateway HTTP API (payload format 2.0) event and result types (@types/aws-lambda),
 * plus the response and body helpers every handler shares.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError, describeError } from './errors.ts';
import { errorFields, log } from './log.ts';
import { apiText } from '../../src/core/text/api.ts';

/** The HTTP API (payload format 2.0) event as Lambda delivers it; JWT claims are unused (the functions verify the token themselves). */
export type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** Our handlers always answer with the structured form, and always with a status. */
export type APIGatewayProxyResultV2 = APIGatewayProxyStructuredResultV2 & { statusCode: number };

export type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

/** Largest request body we accept, in bytes after base64 decoding. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Deepest nesting of arrays and objects a JSON body may have; the API's own bodies nest three levels. */
export const MAX_BODY_DEPTH = 32;

/**
 * Whether a JSON text nests arrays and objects deeper than `max`, counted without parsing (brackets
 * inside strings don't count), so a body built to exhaust the stack never reaches JSON.parse or
 * anything that walks the parsed value.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > max) return true;
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return false;
}

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

/** A whole HTML page for readers, rendered by the API from the built site (readable without JavaScript). */
export function html(statusCode: number, body: string, headers: Record<string, string> = {}): APIGatewayProxyResultV2 {
  return { statusCode, headers: { ...BASE_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers }, body };
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

/** The `charset` parameter of Content-Type, lower-cased and unquoted, if there is one. */
function declaredCharset(event: APIGatewayProxyEventV2): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(header(event, 'content-type') ?? '');
  return match ? match[2]!.toLowerCase() : undefined;
}

/** Whether the request came from a plain HTML form, so errors must be answered with a redirect. */
export function isFormPost(event: APIGatewayProxyEventV2): boolean {
  return mediaType(event) === 'application/x-www-form-urlencoded';
}

/**
 * Reads a JSON or form-encoded body.
 * Throws UnsupportedMediaTypeError for any other content type or a charset other than UTF-8, PayloadTooLargeError above
 * MAX_BODY_BYTES, and BadRequestError for an empty body or malformed JSON. Form fields become a
 * null-prototype object of strings, so a field named `__proto__` is just a field.
 */
export function parseBody(event: APIGatewayProxyEventV2): ParsedBody {
  const type = mediaType(event);
  const format: BodyFormat | undefined =
    type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  if (!format) throw new UnsupportedMediaTypeError();
  // The bytes are decoded as UTF-8; a body that says it is Latin-1 would come out garbled.
  const charset = declaredCharset(event);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new UnsupportedMediaTypeError(apiText('error.unsupportedCharset'));
  }

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
  if (nestsDeeperThan(text, MAX_BODY_DEPTH)) throw new BadRequestError('too-deep', apiText('error.tooDeep'));
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
