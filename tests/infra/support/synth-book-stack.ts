import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { routes } from '../../../functions/routes.ts';
import { resolveInfraConfig, settingReader, type InfraConfig } from '../../../infra/config.ts';
import { BookStack } from '../../../infra/stacks/book-stack.ts';

export interface SynthOptions {
  /** CDK context, as `cdk synth -c key=value` would give it. */
  readonly context?: Record<string, string>;
  /**
   * Bundle every function with esbuild, as a deploy does. Off by default: the template is the
   * same apart from asset hashes, and bundling all functions costs seconds per synth.
   */
  readonly bundle?: boolean;
}

export interface SynthesizedBook {
  readonly template: Template;
  readonly stack: BookStack;
  readonly config: InfraConfig;
}

/**
 * Synthesizes the book's stack offline, independent of the caller's environment variables and
 * of whether dist/ exists (the site is not uploaded unless `siteDist` is given).
 */
export function synthBookStack(options: SynthOptions = {}): SynthesizedBook {
  const context: Record<string, unknown> = {
    deploySite: options.context?.siteDist ? 'true' : 'false',
    ...options.context,
    ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
  };
  const app = new App({ context });
  const config = resolveInfraConfig(
    settingReader((key) => app.node.tryGetContext(key), {}),
    {},
  );
  const stack = new BookStack(app, config.stackName, {
    config,
    routes,
    functionsDir: fileURLToPath(new URL('../../../functions/', import.meta.url)),
  });
  return { template: Template.fromStack(stack), stack, config };
}

/** `{ "Fn::GetAtt": [id, "Arn"] }` and friends: the logical ids a CloudFormation value refers to. */
export function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return [record.Ref];
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return [getAtt[0]];
  return Object.values(record).flatMap(referencedIds);
}
