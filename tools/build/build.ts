/**
 * `npm run build`: with BOOK_CONFIG, the book of several kommuner (tools/build/build-book.ts);
 * without it, the one kommune MUNICIPALITY_CONFIG names, exactly as before (`npm run build:kommune`).
 */
import { spawnSync } from 'node:child_process';
import { bookConfigFile } from '../../src/core/books/parse-book.ts';

if (bookConfigFile(process.env)) {
  const { buildBookFromEnv } = await import('./build-book.ts');
  await buildBookFromEnv();
} else {
  const result = spawnSync('npm', ['run', '-s', 'build:kommune'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
