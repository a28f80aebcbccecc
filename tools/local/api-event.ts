/**
 * Turns a node:http request into the API Gateway HTTP API v2 event our handlers receive in AWS,
 * and writes their result back, so the local run exercises the deployed handler code.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '../../src/core/security-headers.ts';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from '../../functions/shared/http.ts';

/** API Gateway refuses far larger bodies; we stop reading well before memory becomes a concern. */
const MAX_READ_BYTES = 1024 * 1024;

const TEXT_TYPES = /^(application\/json|application\/x-www-form-urlencoded|text\/)/i;

export class BodyTooLargeError extends Error {}

/**
 * Past MAX_READ_BYTES the rest is read and dropped rather than left unread: Node would otherwise
 * reset the kept-alive connection, and the client's next request on it, after the 413.
 */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size <= MAX_READ_BYTES) chunks.push(chunk);
  }
  if (size > MAX_READ_BYTES) throw new BodyTooLargeError();
  return Buffer.concat(chunks);
}

export async function toApiEvent(
  request: IncomingMessage,
  url: URL,
  routeKey: string,
  pathParameters: Record<string, string>,
): Promise<APIGatewayProxyEventV2> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = Object.hasOwn(query, name) ? `${query[name]},${value}` : value;
  const body = await readBody(request);
  const text = TEXT_TYPES.test(headers['content-type'] ?? '');
  const now = Date.now();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    ...(request.headers.cookie ? { cookies: request.headers.cookie.split(/;\s*/) } : {}),
    ...(body.byteLength > 0 ? { body: text ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.byteLength > 0 && !text,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: url.hostname.split('.')[0] ?? url.hostname,
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      timeEpoch: now,
      time: new Date(now).toUTCString(),
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? '',
      },
    },
  };
}

/** Sent on every API answer, as CloudFront's response headers policy does in production (overriding the function's). */
const API_SECURITY_HEADERS = Object.fromEntries(Object.entries(securityHeaders()).map(([name, value]) => [name.toLowerCase(), value]));

export function writeApiResult(response: ServerResponse, result: APIGatewayProxyResultV2): void {
  // API Gateway sends header values as text; so does this.
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]));
  response.writeHead(result.statusCode, { ...headers, ...API_SECURITY_HEADERS });
  response.end(result.body === undefined ? undefined : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}
