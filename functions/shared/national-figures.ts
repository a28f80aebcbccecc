/**
 * Who may change the book's national figures (grunnbeløpet, egenandelstaket …): they are kept once
 * for every kommune of a book, so in a book only a national editor edits and publishes them; a
 * kommune on its own lets its editors do so, as before. Unlike the national text, a nynorsk
 * kommune has no figures of its own to edit (editor-roles.ts).
 */
import type { VerifiedEditor } from './auth.ts';
import { refusal } from './editor-roles.ts';
import { ForbiddenError } from './errors.ts';
import { apiText } from '../../src/core/text/api.ts';

export const editsNationalFigures = (editor: VerifiedEditor, ctx: { kommune?: string | undefined }): boolean =>
  refusal(editor.roles, 'national-text', { kommune: ctx.kommune, nynorsk: false }) === undefined;

/** Throws ForbiddenError (403 `national-figures`, in the kommune's målform) unless the editor may change the national figures. */
export function requireNationalFigures(editor: VerifiedEditor, ctx: { kommune?: string | undefined }): void {
  if (!editsNationalFigures(editor, ctx)) throw new ForbiddenError('national-figures', apiText('error.nationalFigures'));
}
