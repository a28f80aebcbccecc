import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { ORIGIN_SECRET_HEADER } from '../../functions/shared/origin-secret.ts';
import { STORAGE_CALL_LIMIT_MS } from '../../functions/shared/table-contract.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let first: SynthesizedBook;
let rotated: SynthesizedBook;

beforeAll(() => {
  first = synthBookStack();
  rotated = synthBookStack({ context: { originSecretGeneration: '2' } });
});

const secretIds = (book: SynthesizedBook) => Object.keys(book.template.findResources('AWS::SecretsManager::Secret'));
const apiOrigin = (book: SynthesizedBook): Json => {
  const [distribution] = Object.values(book.template.findResources('AWS::CloudFront::Distribution'));
  const origins: Json[] = distribution!.Properties.DistributionConfig.Origins;
  return origins.find((origin) => String(JSON.stringify(origin.DomainName)).includes('execute-api'))!;
};
const originSecretOf = (book: SynthesizedBook) => {
  const headers: Json[] = apiOrigin(book).OriginCustomHeaders ?? [];
  const header = headers.find((entry) => entry.HeaderName === ORIGIN_SECRET_HEADER);
  return header ? referencedIds(header.HeaderValue) : [];
};
/** The functions behind the API's routes (the publishing functions answer no request). */
const appFunctions = (book: SynthesizedBook): Json[] =>
  Object.values(book.template.findResources('AWS::Lambda::Function'))
    .map((fn) => fn.Properties)
    .filter((fn) => routes.some((route) => `${route.method} ${route.path}` === fn.Description));

describe('the API behind CloudFront', () => {
  it('gets a generated secret header from CloudFront that every function is told to require', () => {
    const [secret] = originSecretOf(first);
    expect(secretIds(first)).toContain(secret);
    const functions = appFunctions(first);
    expect(functions.length).toBeGreaterThan(10);
    for (const fn of functions) {
      expect(referencedIds(fn.Environment.Variables.ORIGIN_SECRET), fn.Description).toEqual([secret]);
      expect(fn.Environment.Variables.ORIGIN_SECRET_PREVIOUS, fn.Description).toBeUndefined();
    }
  });

  it('rotates the secret by configuration, accepting the previous one while CloudFront takes up the new', () => {
    const [before] = originSecretOf(first);
    const [after] = originSecretOf(rotated);
    expect(after).not.toBe(before);
    expect(secretIds(rotated)).toEqual(expect.arrayContaining([before, after]));
    for (const fn of appFunctions(rotated)) {
      expect(referencedIds(fn.Environment.Variables.ORIGIN_SECRET), fn.Description).toEqual([after]);
      expect(referencedIds(fn.Environment.Variables.ORIGIN_SECRET_PREVIOUS), fn.Description).toEqual([before]);
    }
  });

  it('lets a function outlast a stuck store, and CloudFront outlast the function', () => {
    const readTimeout: number = apiOrigin(first).CustomOriginConfig.OriginReadTimeout;
    for (const fn of appFunctions(first)) {
      expect(fn.Timeout * 1000, fn.Description).toBeGreaterThan(STORAGE_CALL_LIMIT_MS);
      // API Gateway's HTTP API waits up to 30 s for a Lambda integration.
      expect(fn.Timeout, fn.Description).toBeLessThan(Math.min(readTimeout, 30));
    }
  });
});
