import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../src/scripts/editors/api.ts';

// The page hands the scripts their texts as data; here they come straight from the catalogue.
vi.mock('../../../src/scripts/editors/texts.ts', async () => ({
  say: (await import('../../../src/core/text/moderation.ts')).moderationText,
}));

afterEach(() => vi.unstubAllGlobals());

/** The addresses the API was called at. */
function calls(): string[] {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return urls;
}

describe('the editors’ API for another kommune of the book', () => {
  it('names the kommune asked for, after a query or alone, with the same token', async () => {
    const urls = calls();
    const api = createApi({ token: () => 'token', onUnauthorized: () => undefined });
    await api.forKommune('verdal').json('GET', '/api/moderation/councils');
    await api.forKommune('levanger').json('GET', '/api/moderation/reviews?status=open');
    expect(urls).toEqual(['/api/moderation/councils?kommune=verdal', '/api/moderation/reviews?status=open&kommune=levanger']);
    const headers = (vi.mocked(fetch).mock.calls[0]![1] as RequestInit).headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer token');
  });

  it('names no kommune where the page names none (a kommune on its own)', async () => {
    const urls = calls();
    await createApi({ token: () => 'token', onUnauthorized: () => undefined }).json('GET', '/api/moderation/councils');
    expect(urls).toEqual(['/api/moderation/councils']);
  });
});
