import { describe, expect, it } from 'vitest';
import { codeChallenge, randomToken } from '../../../src/scripts/moderation/pkce.ts';

describe('PKCE for the editors\u2019 sign-in', () => {
  it('computes the S256 challenge of the RFC 7636 example', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character URL-safe random verifiers that differ every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, randomToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
