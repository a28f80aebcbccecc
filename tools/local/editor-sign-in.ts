/**
 * The local stand-in for the editors' identity provider: publishes the local key set and signs
 * an editor token for whoever knows the password `npm start` prints. Only the local server
 * mounts these routes; in AWS editors sign in with Cognito (or the kommune's own OIDC provider).
 * In a book the token carries the groups Cognito would give (functions/shared/editor-roles.ts):
 * the kommune whose editors' page the editor signs in on, or the national group when chosen.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { errorResponse, json, parseBody, type Handler } from '../../functions/shared/http.ts';
import { BadRequestError, UnauthorizedError } from '../../functions/shared/errors.ts';
import { kommuneEditorGroup, nationalEditorGroup } from '../../functions/shared/editor-roles.ts';
import type { Env } from '../../functions/shared/env.ts';
import { bookKommuner } from '../../functions/shared/request-kommune.ts';
import { parseWith } from '../../functions/shared/parse.ts';
import { signEditorToken, type LocalEditorKey } from './editor-key.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

export const LOCAL_JWKS_PATH = '/api/local/jwks.json';
export const LOCAL_SIGN_IN_PATH = '/api/local/sign-in';
const TOKEN_SECONDS = 8 * 60 * 60;

const signInSchema = z.object({
  /** Shown in the history of every change this editor makes. */
  name: z
    .pipe(
      z.string({ error: moderationText('signIn.name') }),
      z.transform((value: string) => value.trim()),
    )
    .check(
      z.refine((value) => value.length >= 2, moderationText('signIn.name')),
      z.refine((value) => value.length <= 100, moderationText('signIn.nameMax', { max: 100 })),
    ),
  password: z
    .string({ error: moderationText('signIn.password') })
    .check(z.minLength(1, moderationText('signIn.password')), z.maxLength(200, moderationText('signIn.wrongPassword'))),
  /** In a book: the kommune whose editors' page the form is on. */
  kommune: z.optional(z.string({ error: moderationText('signIn.kommune') })),
  /** In a book: an editor of that kommune (the default) or a national editor. */
  role: z.optional(z.enum(['kommune', 'national'], { error: moderationText('signIn.role') })),
});

/** Where the groups of a local token come from: EDITOR_GROUP and the book's kommuner (BOOK_KOMMUNER, unset for a kommune on its own). */
export type LocalEditorGroups = Pick<Env, 'EDITOR_GROUP' | 'BOOK_KOMMUNER'>;

/** The groups Cognito would give this editor. Throws BadRequestError when a book's sign-in names no kommune of the book. */
function groupsFor(credentials: z.infer<typeof signInSchema>, env: LocalEditorGroups): string[] {
  const kommuner = bookKommuner(env);
  if (kommuner.length === 0) return [env.EDITOR_GROUP];
  if (credentials.role === 'national') return [nationalEditorGroup(env.EDITOR_GROUP)];
  const kommune = credentials.kommune;
  if (kommune === undefined || !kommuner.includes(kommune)) throw new BadRequestError('kommune-unknown', moderationText('signIn.kommune'));
  return [kommuneEditorGroup(env.EDITOR_GROUP, kommune)];
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Handlers by "METHOD path" for the local server; `throttle` holds back an address guessing the password. */
export function localEditorHandlers(key: LocalEditorKey, throttle: SignInThrottle, env: LocalEditorGroups): Map<string, Handler> {
  const signIn: Handler = async (event) => {
    try {
      const address = event.requestContext.http.sourceIp;
      await throttle.check(address);
      const body = parseBody(event).value;
      const credentials = parseWith(signInSchema, typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {});
      // Equal-length digests, so the comparison takes the same time whatever was typed.
      if (!timingSafeEqual(digest(credentials.password), digest(key.password))) {
        await throttle.failed(address);
        throw new UnauthorizedError(moderationText('signIn.wrongPasswordLocal'));
      }
      await throttle.succeeded(address);
      const token = await signEditorToken(key, {
        name: credentials.name,
        groups: groupsFor(credentials, env),
        expiresInSeconds: TOKEN_SECONDS,
      });
      return json(200, { token, expiresIn: TOKEN_SECONDS });
    } catch (error) {
      return errorResponse(error, event);
    }
  };
  const jwks: Handler = async () => json(200, { keys: [key.publicJwk] });
  return new Map([
    [`GET ${LOCAL_JWKS_PATH}`, jwks],
    [`POST ${LOCAL_SIGN_IN_PATH}`, signIn],
  ]);
}
