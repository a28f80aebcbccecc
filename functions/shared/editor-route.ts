/**
 * Route logic for editors only: the token is verified before anything else runs, also in AWS
 * where the API Gateway JWT authorizer has checked it already, because only this code knows
 * the editor groups and the history needs the editor's name. Each route declares what it needs
 * of the editor's roles (editor-roles.ts), checked against the request's kommune.
 */
import { editorVerifierFor, type VerifiedEditor } from './auth.ts';
import type { AppContext } from './dependencies.ts';
import { authenticatedBy, type RouteContext, type RouteLogic } from './handler.ts';
import { ForbiddenError, NotFoundError } from './errors.ts';
import { header, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2 } from './http.ts';
import { refusal, type EditorRule } from './editor-roles.ts';
import { bookKommuner } from './request-kommune.ts';
import { apiText } from '../../src/core/text/api.ts';

export type EditorLogic = (event: APIGatewayProxyEventV2, ctx: AppContext, editor: VerifiedEditor) => Promise<APIGatewayProxyResultV2>;

/** Route logic for editors, marked with the rule it checks (a test holds every editor route to having one). */
export type EditorRouteLogic = RouteLogic & { readonly editorRule: EditorRule };

export function editorRoute(rule: EditorRule, logic: EditorLogic): EditorRouteLogic {
  const run = authenticatedBy('editor', async (event, ctx: AppContext) => {
    const editor = await editorVerifierFor(ctx.env)(header(event, 'authorization'));
    requireEditorRule(editor, rule, ctx);
    return logic(event, ctx, editor);
  });
  return Object.assign(run, { editorRule: rule });
}

/**
 * Throws ForbiddenError (403, in the kommune's målform) unless the editor's roles allow `rule` for
 * the context's kommune; for a route whose rule depends on what the request asks (publish).
 */
export function requireEditorRule(editor: VerifiedEditor, rule: EditorRule, ctx: RuleContext): void {
  const refused = refusalFor(editor, rule, ctx);
  if (refused === 'other-kommune') throw new ForbiddenError('other-kommune', apiText('error.otherKommune'));
  if (refused === 'national-text') throw new ForbiddenError('national-text', apiText('error.nationalText'));
}

/** Whether the editor's roles allow `rule` for the context's kommune: what the editors' page is told, so it offers no control that can only fail. */
export const allows = (editor: VerifiedEditor, rule: EditorRule, ctx: RuleContext): boolean => refusalFor(editor, rule, ctx) === undefined;

type RuleContext = Pick<RouteContext, 'kommune'> & Pick<AppContext, 'env'>;

// The kommune's texts are the nynorsk translation when it writes nynorsk (functions/shared/book/with-book.ts).
const refusalFor = (editor: VerifiedEditor, rule: EditorRule, ctx: RuleContext) =>
  refusal(editor.roles, rule, { kommune: ctx.kommune, nynorsk: ctx.env.BOOK_LANGUAGE === 'nn' });

/**
 * The kommuner whose items an editor sees together on the editors' page: every kommune of the book
 * for a national editor, the request's own for a kommune's editor; undefined outside a book.
 */
export function kommunerInView(editor: VerifiedEditor, ctx: RuleContext): string[] | undefined {
  if (ctx.kommune === undefined) return undefined;
  return editor.roles.national ? bookKommuner(ctx.env) : [ctx.kommune];
}

const ID = /^[\w-]{1,64}$/;

/** The `{id}` path parameter. Throws NotFoundError for anything no id can look like. */
export function pathId(event: APIGatewayProxyEventV2, notFound: string): string {
  const id = event.pathParameters?.id ?? '';
  if (!ID.test(id)) throw new NotFoundError(notFound);
  return id;
}
