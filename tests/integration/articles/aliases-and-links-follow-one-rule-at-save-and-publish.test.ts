import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf } from '../../../functions/shared/book/article-facts.ts';
import { quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
const fastlege = await readFile('content/articles/fastlege.mdx', 'utf8');
const legevakt = await readFile('content/articles/legevakt.mdx', 'utf8');
const withAlias = (source: string, alias: string) => source.replace(/^aliases: \[/m, `aliases: [${JSON.stringify(alias)}, `);
const withLink = (source: string, url: string) => `${source.trimEnd()}\n\nLes [mer](${url}).\n`;

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: quickBuild });
});
afterAll(() => moderation?.close());

type Problems = { error: { code: string; problems: { rule: string; message: string }[] } };

describe('aliases and links', () => {
  it.each([
    ['an alias that does not start with a letter', withAlias(fastlege, '112-nummeret'), 'frontmatter'],
    ['a link written /\\host', withLink(fastlege, '/\\evil.example/'), 'unsafe-link'],
    ['a protocol-relative link', withLink(fastlege, '//evil.example/'), 'unsafe-link'],
  ])('refuses %s at save, storing nothing', async (_name, source, rule) => {
    const response = await moderation.api('/api/moderation/articles/fastlege', { method: 'PUT', json: { source, version: 0 } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problems).error.problems).toContainEqual(expect.objectContaining({ rule }));
    expect(await (await moderation.api('/api/moderation/articles/fastlege')).json()).toMatchObject({ version: 0 });
  });

  it.each([
    ['an alias that does not start with a letter', withAlias(legevakt, '-legevakta'), 'frontmatter'],
    ['a link written /\\host', withLink(legevakt, '/\\evil.example/'), 'unsafe-link'],
  ])('refuses to publish %s in a revision stored before the rule, so the build never meets it', async (_name, source, rule) => {
    const articles = moderation.server.context.articles!;
    const head = await articles.getArticleHead('legevakt');
    await articles.saveRevision({
      slug: 'legevakt',
      expectedVersion: head?.version ?? 0,
      source,
      actor: 'Lagret før regelen',
      facts: factsOf(legevakt)!,
    });
    const published = await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['legevakt'] } });
    expect(published.status).toBe(400);
    expect((await published.json()) as Problems).toMatchObject({
      error: { code: 'invalid-article', problems: expect.arrayContaining([expect.objectContaining({ rule })]) },
    });
  });
});
