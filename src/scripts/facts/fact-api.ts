/**
 * The facts API as the desk uses it, with the editor's bearer token from this tab's session.
 * Answers come back as they are, so the page can tell a saved fact (200), one with errors per
 * field (400 invalid-fact), a stale version (409) and anything else apart.
 */
import { currentSession } from '../editors/session.ts';
import type { FactProblem } from '../../core/facts/problems.ts';
import { CLOSED_STATUSES } from '../../core/suggestions/statuses.ts';
import { withKommune } from '../../core/paths.ts';

export type FactAnswer = { id: string; kind: string; version: number; value: Record<string, unknown> };
export type FactRevisionAnswer = {
  version: number;
  actor: string;
  at: string;
  note?: string;
  restoredFrom?: number;
  value: Record<string, unknown>;
};
export type FactListAnswer = {
  items: { id: string; kind: string; title: string; lastChecked: string | null; reviewDue: string | null; version: number }[];
};

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'invalid'; fields: FactProblem[] }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

export class SignedOutError extends Error {}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const session = currentSession();
  if (!session) throw new SignedOutError();
  // In a book every call names the kommune whose facts desk this is.
  const response = await fetch(withKommune(path), {
    method,
    headers: { authorization: `Bearer ${session.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 401) throw new SignedOutError();
  return response;
}

async function json<T>(path: string): Promise<T> {
  const response = await call('GET', path);
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok) throw new Error(body?.error?.message ?? String(response.status));
  return body as T;
}

export const loadFacts = () => json<FactListAnswer>('/api/moderation/facts');
export const loadFact = (id: string, version?: number) =>
  json<FactAnswer>(`/api/moderation/facts/${id}${version === undefined ? '' : `?version=${version}`}`);
export const loadRevisions = (id: string) =>
  json<{ items: FactRevisionAnswer[]; liveVersion: number }>(`/api/moderation/facts/${id}/revisions`);

export async function saveFact(
  id: string,
  body: { value: Record<string, unknown>; version: number; note?: string; restoredFrom?: number },
): Promise<SaveOutcome> {
  const response = await call('PUT', `/api/moderation/facts/${id}`, body).catch((error: unknown) => {
    if (error instanceof SignedOutError) throw error;
    return undefined;
  });
  if (!response) return { kind: 'failed', message: 'offline' };
  const answer = (await response.json().catch(() => ({}))) as { version?: number; error?: unknown; fields?: FactProblem[] };
  if (response.ok) return { kind: 'saved', version: answer.version ?? 0 };
  if (response.status === 409) return { kind: 'conflict' };
  if (answer.error === 'invalid-fact') return { kind: 'invalid', fields: answer.fields ?? [] };
  const message = (answer.error as { message?: string } | undefined)?.message;
  return { kind: 'failed', message: message ?? String(response.status) };
}

export type CorrectionAnswer = { id: string; reference?: string; text: string; status: string; createdAt: string };

/** The suggestions linked to the fact that are not closed yet. */
export async function loadOpenCorrections(id: string): Promise<CorrectionAnswer[]> {
  const { items } = await json<{ items: CorrectionAnswer[] }>(`/api/moderation/suggestions?fact=${id}&limit=100`);
  return items.filter((item) => !CLOSED_STATUSES.has(item.status as never));
}
