import { formatTable, lintBook } from './book-lint.ts';

const report = lintBook();
console.log(formatTable(report));
if (report.problems.length > 0) {
  console.error(`\n${report.problems.length} problem(er):\n${report.problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exitCode = 1;
}
