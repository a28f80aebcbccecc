import { describe, expect, it } from 'vitest';
import { generateCouncilCode, hashCouncilCode, normalizeCouncilCode } from '../../../functions/shared/council-code.ts';
import { routes } from '../../../functions/routes.ts';
import { matchRoute } from '../../../tools/local/match-route.ts';
import { clientKey } from '../../../functions/shared/client-key.ts';
import { decodeCursor, encodeCursor } from '../../../functions/shared/storage/cursor.ts';

describe('the route manifest', () => {
  it('has the public routes of the suggestions contract with their table actions', () => {
    const table = Object.fromEntries(routes.map((route) => [`${route.method} ${route.path}`, route.dynamodb]));
    expect(table['POST /api/suggestions']).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(table['POST /api/feedback']).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(table['GET /api/health']).toEqual(['dynamodb:GetItem']);
    expect(table['GET /api/public/answers']).toEqual(['dynamodb:Query']);
  });

  it('matches paths with parameters and tells which methods a path allows', () => {
    const table = [
      { method: 'GET', path: '/api/things/{id}', handler: 'x.ts', auth: 'public', dynamodb: [], usesIndexes: false },
      { method: 'PATCH', path: '/api/things/{id}', handler: 'x.ts', auth: 'editor', dynamodb: [], usesIndexes: false },
    ] as const;
    expect(matchRoute('GET', '/api/things/a%20b', table)).toMatchObject({ pathParameters: { id: 'a b' } });
    expect(matchRoute('DELETE', '/api/things/1', table)).toEqual({ allowed: ['GET', 'PATCH'] });
    expect(matchRoute('GET', '/api/things/', table)).toBeUndefined();
    expect(matchRoute('GET', '/api/things/%E0%A4%A', table)).toBeUndefined();
  });
});

describe('paging cursors', () => {
  it('round-trip, and are refused for another partition or with other keys', () => {
    const key = { pk: 'A', sk: 'B', gsi1pk: 'STATUS#new', gsi1sk: '2026#x' };
    const cursor = encodeCursor(key)!;
    expect(decodeCursor(cursor, ['pk', 'sk', 'gsi1pk', 'gsi1sk'], 'gsi1pk', 'STATUS#new')).toEqual(key);
    expect(() => decodeCursor(cursor, ['pk', 'sk', 'gsi1pk', 'gsi1sk'], 'gsi1pk', 'STATUS#rejected')).toThrow(
      expect.objectContaining({ code: 'invalid-cursor' }),
    );
    expect(() => decodeCursor(encodeCursor({ ...key, extra: 'x' }), ['pk', 'sk', 'gsi1pk', 'gsi1sk'], 'gsi1pk', 'STATUS#new')).toThrow();
    expect(() => decodeCursor('ikke-json', ['pk'], 'pk', 'A')).toThrow();
  });
});

describe('council codes', () => {
  it('are random groups of unambiguous characters, hashed the same however they are typed', () => {
    const code = generateCouncilCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(generateCouncilCode()).not.toBe(code);
    expect(hashCouncilCode(code.toLowerCase().replace(/-/g, ' '))).toBe(hashCouncilCode(code));
    expect(normalizeCouncilCode('o1l-i')).toBe('0111');
    expect(hashCouncilCode(code)).not.toContain(code);
  });
});

describe('client keys', () => {
  it('hide the address, differ per day and per salt, and are stable within a day', () => {
    const day = new Date('2026-11-28T08:00:00Z');
    const key = clientKey('203.0.113.7', 'salt-salt-salt-salt', day);
    expect(key).not.toContain('203');
    expect(clientKey('203.0.113.7', 'salt-salt-salt-salt', new Date('2026-11-28T23:59:59Z'))).toBe(key);
    expect(clientKey('203.0.113.7', 'salt-salt-salt-salt', new Date('2026-11-29T00:00:00Z'))).not.toBe(key);
    expect(clientKey('203.0.113.7', 'another-salt-value', day)).not.toBe(key);
  });
});
