/**
 * Cognito groups (infra/constructs/editor-identity.ts): a stack for a book of several kommuner
 * creates one editor group per kommune and the national group, with exactly the names the
 * functions check (functions/shared/editor-roles.ts, from the EDITOR_GROUP and BOOK_KOMMUNER they
 * are given); a stack for one kommune keeps its one `editors` group under the same construct id.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { editorRoles } from '../../functions/shared/editor-roles.ts';
import { routeKey, routes } from '../../functions/routes.ts';
import { referencedIds, synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

type Json = Record<string, any>;

let book: SynthesizedBook;
let single: SynthesizedBook;

beforeAll(() => {
  book = synthBookStack({ context: { bookConfig: 'tests/fixtures/books/jevnaker-halden.json' } });
  single = synthBookStack();
}, 180_000);

const groupsOf = (synth: SynthesizedBook) => Object.entries(synth.template.findResources('AWS::Cognito::UserPoolGroup'));

/** The environment of the Lambda that serves a route, found by its description. */
function environmentOf(synth: SynthesizedBook, route: (typeof routes)[number]): Record<string, string> {
  const functions = Object.values(synth.template.findResources('AWS::Lambda::Function') as Record<string, Json>);
  const fn = functions.find((candidate) => candidate.Properties.Description === routeKey(route));
  if (!fn) throw new Error(`no function for ${routeKey(route)}`);
  return fn.Properties.Environment.Variables;
}

describe('a book of several kommuner', () => {
  it('has one editor group per kommune and the national group, all in the editors’ pool', () => {
    const [poolId] = Object.keys(book.template.findResources('AWS::Cognito::UserPool'));
    const groups = groupsOf(book);
    expect(groups.map(([, group]) => group.Properties.GroupName).sort()).toEqual([
      'editors-halden',
      'editors-jevnaker',
      'editors-national',
    ]);
    for (const [, group] of groups) expect(referencedIds(group.Properties.UserPoolId)).toEqual([poolId]);
  });

  it('gives every editor route the settings that make exactly these groups editors', () => {
    for (const route of routes.filter((candidate) => candidate.auth === 'editor')) {
      const env = environmentOf(book, route);
      const settings = { editorGroup: env.EDITOR_GROUP ?? 'editors', bookKommuner: env.BOOK_KOMMUNER?.split(',') ?? [] };
      expect(settings.bookKommuner, routeKey(route)).toEqual(['jevnaker', 'halden']);
      expect(editorRoles(['editors-halden'], settings), routeKey(route)).toEqual({ national: false, kommuner: ['halden'] });
      expect(editorRoles(['editors-national'], settings), routeKey(route)).toEqual({ national: true, kommuner: [] });
      expect(editorRoles(['editors'], settings), routeKey(route)).toBeUndefined();
    }
  });
});

describe('a kommune on its own', () => {
  it('keeps its one editors group, under the construct id it always had', () => {
    const groups = groupsOf(single);
    expect(groups).toHaveLength(1);
    expect(groups[0]![1].Properties.GroupName).toBe('editors');
    expect(groups[0]![0]).toMatch(/^IdentityEditorsGroup[0-9A-F]{8}$/);
  });

  it('tells its functions of no book', () => {
    for (const route of routes.filter((candidate) => candidate.auth === 'editor')) {
      expect(environmentOf(single, route).BOOK_KOMMUNER, routeKey(route)).toBeUndefined();
    }
  });
});
