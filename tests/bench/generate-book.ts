import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../../src/core/areas.ts';

const WORDS = [
  'trygghet',
  'hjelp',
  'bolig',
  'helse',
  'penger',
  'vedtak',
  'søknad',
  'omsorg',
  'pårørende',
  'aktivitet',
  'transport',
  'lege',
  'mat',
  'trening',
  'hukommelse',
  'syn',
  'hørsel',
  'tenner',
  'fullmakt',
  'arv',
];
const LETTERS = 'abcdefghijklmnoprstuvøå';

/**
 * Writes a book of `count` articles into `dir`: the real articles first, then generated ones with
 * unique titles spread over the alphabet, so build and search can be measured at 1 000 pages.
 */
export function generateBook(dir: string, count: number, realDir = 'content/articles'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const real = readdirSync(realDir).filter((name) => name.endsWith('.mdx'));
  for (const name of real.slice(0, count)) writeFileSync(join(dir, name), readFileSync(join(realDir, name)));
  const template = readFileSync(join(realDir, real[0] ?? 'sykehjem.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  for (let i = real.length; i < count; i++) {
    const letter = LETTERS[i % LETTERS.length] ?? 'a';
    const word = WORDS[i % WORDS.length] ?? 'hjelp';
    const slug = `generert-${i}`;
    const area = AREAS[i % AREAS.length]?.slug ?? 'helse';
    const frontmatter = [
      `title: ${letter.toUpperCase()}${word} nummer ${i}`,
      `summary: Dette er en generert side nummer ${i} om ${word}. Den finnes bare for å måle hvordan boka oppfører seg med mange sider.`,
      `area: ${area}`,
      `aliases: [${letter}${word}${i}, ${word} ${i}, generert ${i}]`,
      `related: [generert-${i === real.length ? i + 1 : i - 1}, generert-${i + 1 < count ? i + 1 : real.length}]`,
      'sources:\n  - title: Helsenorge\n    url: https://www.helsenorge.no/',
      'reviewed: 2026-11-28',
    ].join('\n');
    writeFileSync(join(dir, `${slug}.mdx`), `---\n${frontmatter}\n---\n${template}`);
  }
}
