/**
 * What an editor may do, read from the groups in the token. One rule for the API, the local
 * sign-in and the CDK app (which creates the groups named here). No AWS here.
 *
 * A kommune on its own keeps one group (EDITOR_GROUP, default `editors`): its editors edit
 * everything, the national text included. In a book of several kommuner (BOOK_KOMMUNER) the plain
 * group means nothing; `<EDITOR_GROUP>-<kommune id>` (`editors-verdal`) makes an editor of that
 * kommune, and `<EDITOR_GROUP>-national` a national editor, who edits the national text and may
 * also act for every kommune of the book: a national text's review round is asked in every
 * kommune's storage, and a book run by a team for several kommuner (Levanger and Verdal share
 * services) needs someone who can stand in for any of them without one group per kommune.
 */

/** The last part of the national editors' group, `<EDITOR_GROUP>-national`. */
export const NATIONAL_GROUP_SUFFIX = 'national';

/** The group that makes an editor of one kommune of a book. */
export const kommuneEditorGroup = (editorGroup: string, kommune: string): string => `${editorGroup}-${kommune}`;

/** The group that makes a national editor of a book. */
export const nationalEditorGroup = (editorGroup: string): string => `${editorGroup}-${NATIONAL_GROUP_SUFFIX}`;

/** Every editor group of a deployment: the one group of a kommune on its own; one per kommune and the national group in a book. */
export function editorGroups(editorGroup: string, bookKommuner: readonly string[]): string[] {
  if (bookKommuner.length === 0) return [editorGroup];
  return [...bookKommuner.map((kommune) => kommuneEditorGroup(editorGroup, kommune)), nationalEditorGroup(editorGroup)];
}

export type EditorRoles = {
  /** Edits the national text and acts for every kommune: a national editor in a book, every editor of a kommune on its own. */
  national: boolean;
  /** The kommuner of a book whose own things the editor looks after (empty for a kommune on its own). */
  kommuner: readonly string[];
};

/** The roles the token's groups give, or undefined when they make no editor at all (403). */
export function editorRoles(
  groups: readonly string[],
  settings: { editorGroup: string; bookKommuner: readonly string[] },
): EditorRoles | undefined {
  const { editorGroup, bookKommuner } = settings;
  if (bookKommuner.length === 0) return groups.includes(editorGroup) ? { national: true, kommuner: [] } : undefined;
  const national = groups.includes(nationalEditorGroup(editorGroup));
  const kommuner = bookKommuner.filter((kommune) => groups.includes(kommuneEditorGroup(editorGroup, kommune)));
  return national || kommuner.length > 0 ? { national, kommuner } : undefined;
}

/**
 * What an editor route needs, declared beside each route's logic (`editorRoute('kommune', rule, logic)`):
 * - `kommune`: the request's kommune's own things – suggestions, page comments, councils and their
 *   codes, facts, orders, insight, mail, local parts, the review rounds' news;
 * - `national-text`: the national articles – edit, preview, revisions, send for review, publish.
 *   A kommune whose målform is nynorsk has its own translation of them, which its own editors edit.
 */
export const EDITOR_RULES = ['kommune', 'national-text'] as const;
export type EditorRule = (typeof EDITOR_RULES)[number];

/** Why an editor may not act: for another kommune, or on the national text. */
export type Refusal = 'other-kommune' | 'national-text';

/**
 * Whether the roles allow the rule for the request's kommune (undefined outside a book, where
 * every editor may do everything); the reason when they do not. `nynorsk`: the kommune's texts are
 * the nynorsk translation of the national text.
 */
export function refusal(
  roles: EditorRoles,
  rule: EditorRule,
  request: { kommune: string | undefined; nynorsk: boolean },
): Refusal | undefined {
  if (request.kommune === undefined || roles.national) return undefined;
  const own = roles.kommuner.includes(request.kommune);
  if (rule === 'kommune') return own ? undefined : 'other-kommune';
  if (own && request.nynorsk) return undefined;
  return own ? 'national-text' : 'other-kommune';
}
