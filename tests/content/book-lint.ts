import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSharedServices } from '../../src/core/books/addresses.ts';
import { articleSlugOf, ownSlugProblems } from '../../src/core/books/own-articles.ts';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { bookEntries, lintArticles, type LintReport } from '../../src/core/content-lint.ts';
import { loadMunicipality, nationalFigures } from '../../src/lib/municipality.ts';
import { retiredSlugs } from '../../src/lib/retired-articles.ts';
import { localFactsOf } from '../../src/core/municipality.ts';
import { RESERVED_SLUGS } from '../../src/core/paths.ts';
import { REQUIRED_TOPICS } from './required-topics.ts';
import type { Language } from '../../src/core/text/language.ts';
import { ARTICLE_DIRS } from '../../tools/build/translations.ts';

const mdxFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ path: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));

/** Lints the real book with the active municipality config, each text by its own language's rules. */
export function lintBook(language: Language = 'nb', dir = ARTICLE_DIRS[language]): LintReport {
  const config = loadMunicipality();
  return lintArticles(mdxFiles(dir), {
    requiredSlugs: REQUIRED_TOPICS,
    serviceIds: new Set(Object.keys(config.services)),
    figureIds: new Set(Object.keys(nationalFigures().figures)),
    localFacts: localFactsOf(config),
    sitePaths: RESERVED_SLUGS,
    language,
  });
}

/**
 * Lints each kommune's own articles in the book `bookFile` (`ownArticles`) by the same rules as the
 * national ones, in the kommune's målform and with its own services, judged against the national
 * articles of that målform (links, related articles, everyday words); and refuses a slug that is
 * taken (src/core/books/own-articles.ts).
 */
export function lintOwnArticles(bookFile: string): LintReport {
  const book = parseBook(readFileSync(bookFile, 'utf8'), bookFile);
  const reports = book.kommuner.flatMap((kommune) => {
    if (!kommune.ownArticles) return [];
    const config = withSharedServices(loadMunicipality(kommune.config), book, kommune);
    const national = mdxFiles(ARTICLE_DIRS[config.language]);
    const files = mdxFiles(kommune.ownArticles);
    const report = lintArticles(
      files,
      {
        requiredSlugs: [],
        serviceIds: new Set(Object.keys(config.services)),
        figureIds: new Set(Object.keys(nationalFigures().figures)),
        localFacts: localFactsOf(config),
        sitePaths: RESERVED_SLUGS,
        language: config.language,
      },
      bookEntries(Object.fromEntries(national.map((file) => [articleSlugOf(file.path), file.source]))),
    );
    const taken = ownSlugProblems(
      files.map((file) => file.path),
      { national: new Set(national.map((file) => articleSlugOf(file.path))), reserved: RESERVED_SLUGS, retired: retiredSlugs() },
    );
    return [{ ...report, problems: [...taken, ...report.problems] }];
  });
  return {
    rows: reports.flatMap((report) => report.rows),
    problems: reports.flatMap((report) => report.problems),
    findings: reports.flatMap((report) => report.findings),
  };
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
