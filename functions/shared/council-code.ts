/**
 * Council codes: random, typed by people from a letter, so no look-alike characters
 * (Crockford base32), grouped in fours. Stored only as a SHA-256 hash: with 60 random bits a
 * plain hash can't be reversed by guessing, so no per-code salt is needed, and lookup by hash
 * stays one GetItem.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A fresh code such as "7K2M-QX9D-H4TB". Shown once; keep only its hash. */
export function generateCouncilCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]!);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i += 1) groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** Ignores case, spaces and dashes, and reads O as 0 and I/L as 1, as people type them. */
export function normalizeCouncilCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashCouncilCode(code: string): string {
  return createHash('sha256').update(normalizeCouncilCode(code)).digest('hex');
}
