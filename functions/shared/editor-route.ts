/**
 * Route logic for editors only: the token is verified before anything else runs, also in AWS
 * where the API Gateway JWT authorizer has checked it already, because only this code knows
 * the editor group and the history needs the editor's name.
 */
import { editorVerifierFor, type Editor } from './auth.ts';
import type { AppContext } from './dependencies.ts';
import { authenticatedBy, type RouteLogic } from './handler.ts';
import { NotFoundError } from './errors.ts';
import { header, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2 } from './http.ts';

export type EditorLogic = (event: APIGatewayProxyEventV2, ctx: AppContext, editor: Editor) => Promise<APIGatewayProxyResultV2>;

export function editorRoute(logic: EditorLogic): RouteLogic {
  return authenticatedBy('editor', async (event, ctx: AppContext) => {
    const editor = await editorVerifierFor(ctx.env)(header(event, 'authorization'));
    return logic(event, ctx, editor);
  });
}

const ID = /^[\w-]{1,64}$/;

/** The `{id}` path parameter. Throws NotFoundError for anything no id can look like. */
export function pathId(event: APIGatewayProxyEventV2, notFound: string): string {
  const id = event.pathParameters?.id ?? '';
  if (!ID.test(id)) throw new NotFoundError(notFound);
  return id;
}
