/**
 * `npm start`: builds the site if dist/ or its server renderer (dist-server/, for the pages the API
 * renders) is missing, then serves it and the API on one port.
 * PORT (default 4321) and DATA_DIR (default .data/) are read from the environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeArticles } from '../build/write-articles.ts';
import { writeTopics } from '../build/write-topics.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distDir = `${root}dist`;

// Before the server module loads: the handlers import the topic list and article index at load.
await writeTopics();
await writeArticles();

if (!existsSync(`${distDir}/index.html`) || !existsSync(`${serverDirFor(distDir)}/entry.mjs`)) {
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
});

console.info(`
Alderdommens ABC kjører på ${server.url}/
  Data lagres i ${process.env.DATA_DIR ?? '.data/'} (DynamoDB lokalt via dynalite) og beholdes ved omstart.
  Rådskode for demo-rådet «Eldrerådet»: ${server.demoCouncilCode}
  Redaksjonen: logg inn på ${server.url}/redaksjon/ med passordet ${server.editorPassword}
    (eller hent et token til API-et med: npm run editor-token)
  Stopp med Ctrl+C.
`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
