import { beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

/**
 * In a book each kommune has its own editors' page, under its prefix or on its host: the sign-in
 * must be able to return there (one callback of the editors' client per page), and a kommune's
 * publication must not overwrite the sign-in settings the stack writes into its folder.
 */
let book: SynthesizedBook;

beforeAll(() => {
  book = synthBookStack({
    context: {
      bookConfig: 'tests/fixtures/books/prefix-and-host.json',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    },
  });
}, 120_000);

describe('editors of each kommune of a book', () => {
  it('sign in and out on their own kommune’s editors’ page, by prefix and by host', () => {
    const [client] = Object.values(book.template.findResources('AWS::Cognito::UserPoolClient'));
    const callbacks = JSON.stringify(client!.Properties.CallbackURLs);
    for (const prefix of book.config.book!.addresses.prefixes) expect(callbacks).toContain(`${prefix}redaksjon/`);
    for (const host of Object.keys(book.config.book!.addresses.hosts)) expect(callbacks).toContain(`https://${host}/redaksjon/`);
    expect(JSON.stringify(client!.Properties.LogoutURLs)).toBe(callbacks);
  });

  it('keep the stack’s sign-in settings when a kommune’s build syncs its folder', () => {
    const [project] = Object.values(book.template.findResources('AWS::CodeBuild::Project')).filter((candidate) =>
      String(candidate.Properties.Source?.BuildSpec ?? '').includes('$SITE_FOLDER'),
    );
    const spec = JSON.parse(project!.Properties.Source.BuildSpec) as { phases: Record<string, { commands: string[] }> };
    const syncs = Object.values(spec.phases)
      .flatMap((phase) => phase.commands)
      .filter((command) => command.startsWith('aws s3 sync'));
    expect(syncs.length).toBeGreaterThan(0);
    for (const sync of syncs) expect(sync).toContain('--exclude redaksjon/config.json');
  });
});
