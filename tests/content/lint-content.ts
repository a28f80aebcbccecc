import { formatTable, lintBook } from './book-lint.ts';
import { olderTranslationNotice, olderTranslations } from '../../tools/build/translations.ts';

for (const language of ['nb', 'nn'] as const) {
  const report = lintBook(language);
  console.log(`\n${language}:\n${formatTable(report)}`);
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(er):\n${report.problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
}

// Not a failure: readers keep the last nynorsk text until a translator brings it up to date.
for (const older of olderTranslations()) console.log(olderTranslationNotice(older));
