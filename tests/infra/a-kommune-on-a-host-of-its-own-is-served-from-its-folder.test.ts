import { beforeAll, describe, expect, it } from 'vitest';
import { resolveInfraConfig, settingReader } from '../../infra/config.ts';
import { KOMMUNE_NOT_FOUND_PAGES } from '../../infra/edge-functions.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

/**
 * A book whose kommuner are under a prefix of the book's address and on a host of their own
 * (tests/fixtures/books/prefix-and-host.json: Jevnaker at /jevnaker/, Halden at
 * abc.halden.example.no): one distribution answers for the book's address and every kommune's
 * host with the deployment's certificate, and its function serves each host from its folder.
 */
type Json = Record<string, any>;

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab';
const HOST = 'abc.halden.example.no';

let book: SynthesizedBook;
let single: SynthesizedBook;
const distributionOf = (synth: SynthesizedBook): Json =>
  Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
const directoryIndexOf = (synth: SynthesizedBook): [string, Json] =>
  Object.entries(synth.template.findResources('AWS::CloudFront::Function')).find(([, fn]) =>
    String(fn.Properties.FunctionConfig.Comment).startsWith('Serves /path/'),
  )!;

beforeAll(() => {
  book = synthBookStack({ context: { bookConfig: 'tests/fixtures/books/prefix-and-host.json', certificateArn: CERTIFICATE } });
  single = synthBookStack({ context: { certificateArn: CERTIFICATE } });
}, 180_000);

describe('a book with a kommune on a host of its own', () => {
  it('answers for the book’s address and every kommune’s host, with the certificate the deployment names', () => {
    const distribution = distributionOf(book);
    expect(distribution.Aliases).toEqual(['abc.example.no', HOST]);
    expect(distribution.ViewerCertificate).toMatchObject({ AcmCertificateArn: CERTIFICATE, SslSupportMethod: 'sni-only' });
    expect(distributionOf(single).Aliases).toEqual(['abc.jevnaker.kommune.no']);
  });

  it('serves each host from its folder of the bucket, for its pages and its hashed files alike', () => {
    const [functionId, fn] = directoryIndexOf(book);
    expect(fn.Properties.FunctionCode).toContain(`var HOSTS = {"${HOST}":"_hosts/${HOST}"};`);
    expect(fn.Properties.FunctionCode).toContain('var PREFIXES = ["/jevnaker/"];');
    const distribution = distributionOf(book);
    const behaviours = [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors.filter((b: Json) => b.PathPattern !== '/api/*')];
    expect(behaviours.length).toBeGreaterThan(1);
    for (const behaviour of behaviours) {
      expect(
        behaviour.FunctionAssociations.map((association: Json) => [association.EventType, referencedIds(association.FunctionARN)[0]]),
        behaviour.PathPattern ?? 'default',
      ).toEqual([['viewer-request', functionId]]);
    }
  });

  it('answers a missing page with the 404 page of the kommune whose folder it is in, reading nothing but 404 pages', () => {
    const notFound = Object.values(book.template.findResources('AWS::Lambda::Function')).find((fn) =>
      String(fn.Properties.Description).startsWith('Site: the 404 page'),
    )!;
    expect(notFound.Properties.Environment.Variables[KOMMUNE_NOT_FOUND_PAGES]).toBe('true');
    const roleId = referencedIds(notFound.Properties.Role)[0]!;
    const reads = Object.values(book.template.findResources('AWS::IAM::Policy'))
      .filter((policy) => referencedIds(policy.Properties.Roles).includes(roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: Json) => statement.Action === 's3:GetObject');
    expect(reads.flatMap((statement: Json) => statement.Resource).map((arn: Json) => arn['Fn::Join'][1].at(-1))).toEqual([
      '/404.html',
      '/*/404.html',
    ]);
  });
});

describe('a kommune on its own', () => {
  it('keeps its function on page addresses only, and its one 404 page', () => {
    const [, fn] = directoryIndexOf(single);
    expect(fn.Properties.FunctionCode).toContain('var HOSTS = {};');
    for (const behaviour of distributionOf(single).CacheBehaviors.filter((b: Json) => b.PathPattern !== '/api/*'))
      expect(behaviour.FunctionAssociations, behaviour.PathPattern).toBeUndefined();
    const notFound = Object.values(single.template.findResources('AWS::Lambda::Function')).find((candidate) =>
      String(candidate.Properties.Description).startsWith('Site: the 404 page'),
    )!;
    expect(notFound.Properties.Environment.Variables).not.toHaveProperty(KOMMUNE_NOT_FOUND_PAGES);
  });
});

describe('the deployment settings of such a book', () => {
  it('refuse a book with kommuner on hosts of their own but no certificate, naming the hosts', () => {
    const read = settingReader((key) => ({ deploySite: 'false', bookConfig: 'tests/fixtures/books/prefix-and-host.json' })[key], {});
    expect(() => resolveInfraConfig(read, {})).toThrow(new RegExp(`${HOST}.*certificateArn|certificateArn.*${HOST}`));
  });
});
