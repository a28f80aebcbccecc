/** How the local server finds a route of the table for a request, as API Gateway does in AWS. */
import { routes, type HttpMethod, type Route } from '../../functions/routes.ts';

/**
 * Finds the route for a request path, filling `{name}` path parameters.
 * Returns `allowed` methods when the path exists but not for this method.
 */
export function matchRoute(
  method: string,
  path: string,
  table: readonly Route[] = routes,
): { route: Route; pathParameters: Record<string, string> } | { allowed: HttpMethod[] } | undefined {
  const allowed: HttpMethod[] = [];
  for (const route of table) {
    const pathParameters = matchPath(route.path, path);
    if (!pathParameters) continue;
    if (route.method === method) return { route, pathParameters };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : undefined;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index]!;
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) {
      if (value === '') return undefined;
      try {
        parameters[name] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) return undefined;
  }
  return parameters;
}
