/**
 * Stands in for `@aws-sdk/middleware-endpoint-discovery` in Lambda bundles (see bundle-options.ts).
 * DynamoDB's endpoint discovery is off unless a client turns it on, which ours never do, and no
 * command we send asks for it; the real module's endpoint cache (an LRU library, ~9 KB minified)
 * is dead weight. The client still gets the settings it reads: discovery off.
 */
export const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
  environmentVariableSelector: () => undefined,
  configFileSelector: () => undefined,
  default: undefined,
};

export const resolveEndpointDiscoveryConfig = <T extends object>(input: T) =>
  Object.assign(input, { endpointDiscoveryEnabled: () => Promise.resolve(false), isClientEndpointDiscoveryEnabled: false });
