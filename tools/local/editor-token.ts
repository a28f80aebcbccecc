/**
 * `npm run editor-token`: prints a bearer token that the local server (same DATA_DIR, default
 * .data/) accepts as an editor's, for trying the moderation API with curl:
 *   curl -H "Authorization: Bearer $(npm run -s editor-token)" localhost:4321/api/moderation/suggestions
 * EDITOR_NAME sets the name recorded in the history. In a book (BOOK_CONFIG) the token is a
 * national editor's unless EDITOR_ROLE names a kommune of the book (`EDITOR_ROLE=verdal`); the
 * groups are those of functions/shared/editor-roles.ts, under EDITOR_GROUP (default `editors`).
 */
import { fileURLToPath } from 'node:url';
import { loadOrCreateEditorKey, signEditorToken } from './editor-key.ts';
import { kommuneEditorGroup, nationalEditorGroup, NATIONAL_GROUP_SUFFIX } from '../../functions/shared/editor-roles.ts';
import { bookConfigFile } from '../../src/core/books/parse-book.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const key = await loadOrCreateEditorKey(process.env.DATA_DIR ?? `${root}.data`);
const editorGroup = process.env.EDITOR_GROUP || 'editors';
const role = process.env.EDITOR_ROLE || (bookConfigFile(process.env) ? NATIONAL_GROUP_SUFFIX : undefined);
const groups =
  role === undefined
    ? [editorGroup]
    : [role === NATIONAL_GROUP_SUFFIX ? nationalEditorGroup(editorGroup) : kommuneEditorGroup(editorGroup, role)];
console.info(await signEditorToken(key, { name: process.env.EDITOR_NAME ?? 'Lokal redaktør', groups }));
