/**
 * `npm start`: builds the site if dist/ or its server renderer (dist-server/, for the pages the API
 * renders) is missing, then serves it and the API on one port.
 * PORT (default 4321) and DATA_DIR (default .data/) are read from the environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeArticles } from '../build/write-articles.ts';
import { writeTopics } from '../build/write-topics.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import { bookConfigFile, parseBook } from '../../src/core/books/parse-book.ts';
import { bookServing } from '../build/book-layout.ts';
import { bookLayout } from '../../src/core/books/book-layout.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distDir = `${root}dist`;

// Before the server module loads: the handlers import the topic list and article index at load.
await writeTopics();
await writeArticles();

// A book (BOOK_CONFIG) is built when its root page and every kommune's pages and server renderer are.
const bookFile = bookConfigFile(process.env);
const book = bookFile ? bookLayout(parseBook(readFileSync(resolve(root, bookFile), 'utf8'), bookFile), distDir).kommuner : undefined;
const built = book
  ? existsSync(`${distDir}/index.html`) &&
    book.every((kommune) => existsSync(`${kommune.outDir}/index.html`) && existsSync(`${kommune.serverDir}/entry.mjs`))
  : existsSync(`${distDir}/index.html`) && existsSync(`${serverDirFor(distDir)}/entry.mjs`);

if (!built) {
  console.info('Bygger nettstedet først (dist/ eller dist-server/ mangler) …');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startLocalServer } = await import('./server.ts');
const server = await startLocalServer({
  port: Number(process.env.PORT ?? 4321),
  dataDir: process.env.DATA_DIR ?? `${root}.data`,
  distDir,
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
  // A book's kommuner on hosts of their own are served by the request's Host header on the same port.
  ...(book ? bookServing(book) : {}),
});

const hostKommuner = book?.filter((kommune) => kommune.host) ?? [];
// In a book each kommune has its own demo council, whose code opens that kommune only.
const councilCodeLines = book
  ? Object.entries(server.demoCouncilCodes)
      .map(([kommune, code]) => `  Rådskode for demo-rådet «Eldrerådet» i ${kommune}: ${code}\n`)
      .join('')
  : `  Rådskode for demo-rådet «Eldrerådet»: ${server.demoCouncilCode}\n`;
console.info(`
Alderdommens ABC kjører på ${server.url}/
  Data lagres i ${process.env.DATA_DIR ?? '.data/'} (DynamoDB lokalt via dynalite) og beholdes ved omstart.
${councilCodeLines}  Redaksjonen: logg inn på ${server.url}/redaksjon/ med passordet ${server.editorPassword}
    (eller hent et token til API-et med: npm run editor-token)
${hostKommuner.map((kommune) => `  ${kommune.id} har egen vert; prøv den på samme port: curl -H 'Host: ${kommune.host}' ${server.url}/\n`).join('')}  Stopp med Ctrl+C.
`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
