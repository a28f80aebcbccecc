import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintArticles, type LintReport } from '../../src/core/content-lint.ts';
import { loadMunicipality, nationalFigures } from '../../src/lib/municipality.ts';
import { localFactsOf } from '../../src/core/municipality.ts';
import { RESERVED_SLUGS } from '../../src/core/paths.ts';
import { REQUIRED_TOPICS } from './required-topics.ts';
import type { Language } from '../../src/core/text/language.ts';
import { ARTICLE_DIRS } from '../../tools/build/translations.ts';

/** Lints the real book with the active municipality config, each text by its own language's rules. */
export function lintBook(language: Language = 'nb', dir = ARTICLE_DIRS[language]): LintReport {
  const config = loadMunicipality();
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
  return lintArticles(files, {
    requiredSlugs: REQUIRED_TOPICS,
    serviceIds: new Set(Object.keys(config.services)),
    figureIds: new Set(Object.keys(nationalFigures().figures)),
    localFacts: localFactsOf(config),
    sitePaths: RESERVED_SLUGS,
    language,
  });
}

export function formatTable(report: LintReport): string {
  const lines = report.rows.map((row) => `${row.slug.padEnd(34)} ${String(row.words).padStart(5)} ${row.lix.toFixed(1).padStart(6)}`);
  const lix = report.rows.map((row) => row.lix).sort((a, b) => a - b);
  const median = lix.length ? lix[Math.floor(lix.length / 2)] : 0;
  return [
    `${'artikkel'.padEnd(34)} ${'ord'.padStart(5)} ${'LIX'.padStart(6)}`,
    ...lines,
    `${report.rows.length} artikler, median LIX ${median}`,
  ].join('\n');
}
