/**
 * The local parts API as the desk uses it, with the editor's bearer token from this tab's session
 * (a 401 shows «Logg inn» instead of the form). The answers' shapes are the domain's
 * (functions/local-parts/editor-local-parts.ts).
 */
import { createApi } from '../editors/api.ts';
import { currentSession } from '../editors/session.ts';
import { paths } from '../../core/paths.ts';

export type LocalPartAnswer = {
  slug: string;
  title: string;
  slot: string;
  text: string;
  date: string | null;
  version: number;
  liveVersion: number;
  state: 'empty' | 'waiting' | 'live';
};
export type LocalPartRevisionAnswer = { version: number; date: string; text: string; actor: string; at: string };

export function localPartApi(onSignedOut: () => void) {
  const api = createApi({ token: () => currentSession()?.token, onUnauthorized: onSignedOut });
  return {
    api,
    signedIn: () => currentSession() !== undefined,
    list: () => api.json<{ items: LocalPartAnswer[] }>('GET', paths.localPartsApi()),
    load: (slug: string, slot: string) =>
      api.json<LocalPartAnswer & { revisions: LocalPartRevisionAnswer[] }>('GET', paths.localPartsApi({ slug, slot })),
    save: (slug: string, slot: string, body: { text: string; date: string; version: number }) =>
      api.json<{ version: number }>('PUT', paths.localPartSaveApi(slug, slot), body),
  };
}
