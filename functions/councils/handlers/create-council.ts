/** POST /api/moderation/councils { name } — a new council and its code, shown this once. */
import { generateCouncilCode, hashCouncilCode } from '../../shared/council-code.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { parseNewCouncil, toCouncilView } from '../council-view.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { councilAdmin } from '../council-admin.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { name } = parseNewCouncil(body.value);
  const code = generateCouncilCode();
  const council = await councilAdmin(ctx).createCouncil({ name, codeHash: hashCouncilCode(code) });
  return json(201, { council: toCouncilView(council), code });
});

export const handler = createHandler(run, defaultContext);
