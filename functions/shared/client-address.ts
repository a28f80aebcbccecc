import type { AppContext } from './dependencies.ts';
import { header, type APIGatewayProxyEventV2 } from './http.ts';

/** The reader's address: from the trusted proxy's header when one is configured, else the socket's. */
export function clientAddress(event: APIGatewayProxyEventV2, ctx: AppContext): string {
  const trusted = ctx.env.CLIENT_ADDRESS_HEADER;
  return (trusted && header(event, trusted)) || event.requestContext.http.sourceIp;
}
