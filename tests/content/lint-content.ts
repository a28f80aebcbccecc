import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, lintBook, lintOwnArticles } from './book-lint.ts';
import { olderTranslationNotice, olderTranslations } from '../../tools/build/translations.ts';

const fail = (problems: string[]) => {
  console.error(`\n${problems.length} problem(er):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exitCode = 1;
};

for (const language of ['nb', 'nn'] as const) {
  const report = lintBook(language);
  console.log(`\n${language}:\n${formatTable(report)}`);
  if (report.problems.length > 0) fail(report.problems);
}

// The kommuner's own articles, book by book: the same bar, in each kommune's målform.
for (const name of readdirSync('content/books').filter((file) => file.endsWith('.json'))) {
  const report = lintOwnArticles(join('content/books', name));
  if (report.rows.length > 0) console.log(`\n${name}, kommunenes egne artikler:\n${formatTable(report)}`);
  if (report.problems.length > 0) fail(report.problems);
}

// Not a failure: readers keep the last nynorsk text until a translator brings it up to date.
for (const older of olderTranslations()) console.log(olderTranslationNotice(older));
