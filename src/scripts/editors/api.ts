/**
 * The moderation API as the page uses it. Every call carries the editor's bearer token; a 401
 * ends the session (the page shows the sign-in again), other errors come back as ApiError with
 * the server's plain-Norwegian message.
 */
import { say } from './texts.ts';
import { withKommune } from '../../core/paths.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** Rules an article breaks (code invalid-article), with their lines. */
  readonly problems: { line?: number; rule: string; message: string }[];

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, problems: ApiError['problems'] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.problems = problems;
  }
}

export type ApiOptions = { token: () => string | undefined; onUnauthorized: (message: string) => void };

export function createApi(options: ApiOptions) {
  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    // In a book every call names the kommune whose editors' page this is.
    const response = await fetch(withKommune(path), {
      method,
      headers: {
        authorization: `Bearer ${options.token() ?? ''}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch(() => {
      throw new ApiError(0, 'offline', say('api.offline'));
    });
    if (response.ok) return response;
    const error = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string; fields?: Record<string, string>; problems?: ApiError['problems'] } } | undefined;
    const message = error?.error?.message ?? say('api.failed');
    if (response.status === 401) options.onUnauthorized(say('api.signedOutExpired'));
    throw new ApiError(response.status, error?.error?.code ?? 'error', message, error?.error?.fields ?? {}, error?.error?.problems ?? []);
  }

  return {
    /** JSON in, JSON out; a 204 gives undefined. `headers` such as Idempotency-Key go along. */
    async json<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
      const response = await request(method, path, body, headers);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    /** JSON in, text out: a fragment the server rendered (the article preview). */
    async text(method: string, path: string, body?: unknown): Promise<string> {
      return (await request(method, path, body)).text();
    },
    /** For downloads (the CSV export). */
    async blob(path: string): Promise<Blob> {
      return (await request('GET', path)).blob();
    },
    /** A download with the file name the server gives it in Content-Disposition. */
    async file(path: string): Promise<{ blob: Blob; fileName: string | undefined }> {
      const response = await request('GET', path);
      const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      return { blob: await response.blob(), fileName };
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/** A query string from the set values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Saves a file the browser already has, e.g. an export or a draft. */
export function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
