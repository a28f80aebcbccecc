/**
 * The role rule (functions/shared/editor-roles.ts): a kommune on its own keeps its one `editors`
 * group; in a book `editors-<kommune>` makes an editor of that kommune and `editors-national` a
 * national editor, and each route's rule is checked against the request's kommune.
 */
import { describe, expect, it } from 'vitest';
import { editorGroups, editorRoles, refusal } from '../../../functions/shared/editor-roles.ts';

const book = { editorGroup: 'editors', bookKommuner: ['levanger', 'verdal'] };
const alone = { editorGroup: 'editors', bookKommuner: [] };

describe('roles from the groups', () => {
  it("keeps today's rule for a kommune on its own: the editor group makes an editor of everything", () => {
    expect(editorRoles(['editors'], alone)).toEqual({ national: true, kommuner: [] });
    expect(editorRoles(['readers'], alone)).toBeUndefined();
    expect(editorRoles(['editors-verdal'], alone)).toBeUndefined();
  });

  it("gives a book's editor the kommuner of its groups, and the national role of the national group", () => {
    expect(editorRoles(['editors-verdal'], book)).toEqual({ national: false, kommuner: ['verdal'] });
    expect(editorRoles(['editors-verdal', 'editors-levanger'], book)).toEqual({ national: false, kommuner: ['levanger', 'verdal'] });
    expect(editorRoles(['editors-national'], book)).toEqual({ national: true, kommuner: [] });
  });

  it("makes no editor in a book of the plain group, another book's kommune or another stem", () => {
    expect(editorRoles(['editors'], book)).toBeUndefined();
    expect(editorRoles(['editors-halden'], book)).toBeUndefined();
    expect(editorRoles(['redaksjon-verdal'], book)).toBeUndefined();
    expect(editorRoles(['editors-verdal'], { ...book, editorGroup: 'redaksjon' })).toBeUndefined();
  });

  it('names one group per kommune and the national group in a book, the one group alone', () => {
    expect(editorGroups('editors', ['levanger', 'verdal'])).toEqual(['editors-levanger', 'editors-verdal', 'editors-national']);
    expect(editorGroups('editors', [])).toEqual(['editors']);
  });
});

describe("the rule of a route against the request's kommune", () => {
  const verdal = { national: false, kommuner: ['verdal'] };
  const national = { national: true, kommuner: [] };
  const bokmal = { nynorsk: false };

  it("lets a kommune's editor act for its own kommune only", () => {
    expect(refusal(verdal, 'kommune', { kommune: 'verdal', ...bokmal })).toBeUndefined();
    expect(refusal(verdal, 'kommune', { kommune: 'levanger', ...bokmal })).toBe('other-kommune');
  });

  it('keeps the national text to the national editor, who may also act for every kommune', () => {
    expect(refusal(verdal, 'national-text', { kommune: 'verdal', ...bokmal })).toBe('national-text');
    expect(refusal(verdal, 'national-text', { kommune: 'levanger', ...bokmal })).toBe('other-kommune');
    expect(refusal(national, 'national-text', { kommune: 'levanger', ...bokmal })).toBeUndefined();
    expect(refusal(national, 'kommune', { kommune: 'verdal', ...bokmal })).toBeUndefined();
  });

  it('lets the editors of a nynorsk kommune edit its nynorsk translation of the national text', () => {
    expect(refusal(verdal, 'national-text', { kommune: 'verdal', nynorsk: true })).toBeUndefined();
    expect(refusal(verdal, 'national-text', { kommune: 'levanger', nynorsk: true })).toBe('other-kommune');
  });

  it('refuses nothing outside a book', () => {
    expect(refusal({ national: true, kommuner: [] }, 'national-text', { kommune: undefined, ...bokmal })).toBeUndefined();
  });
});
