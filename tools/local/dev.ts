/**
 * `npm run dev`: Astro's dev server (hot reload) with the real API behind it, on one port
 * (PORT, default 4321). A small front server sends /api/* to the local API server and
 * everything else, hot-reload websocket included, to Astro on a free port, so pages call the
 * same relative URLs as in production. (Vite's `server.proxy` can't do it: Astro answers /api/*
 * itself first, with its trailing-slash page.)
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { writeArticles } from '../build/write-articles.ts';
import { writeTopics } from '../build/write-topics.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
await writeTopics();
await writeArticles();

const { startLocalServer } = await import('./server.ts');
const api = await startLocalServer({ port: 0, dataDir: process.env.DATA_DIR ?? `${root}.data`, distDir: `${root}dist` });

const { dev } = await import('astro');
const site = await dev({ root, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const astroPort = site.address.port;

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

function forward(request: IncomingMessage, response: ServerResponse): void {
  const target = new URL(request.url ?? '/', isApi(request.url ?? '/') ? api.url : `http://127.0.0.1:${astroPort}`);
  const upstream = httpRequest(target, { method: request.method, headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Utviklingsserveren svarer ikke.');
  });
  request.pipe(upstream);
}

const front = createServer(forward);
// Vite's hot reload talks over a websocket on the page's own port: pass upgrades straight through.
front.on('upgrade', (request, socket, head) => {
  const upstream = connect(astroPort, '127.0.0.1', () => {
    const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`);
    upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
    upstream.write(head);
    upstream.pipe(socket).pipe(upstream);
  });
  upstream.on('error', () => socket.destroy());
  socket.on('error', () => upstream.destroy());
});
await new Promise<void>((resolve) => front.listen(Number(process.env.PORT ?? 4321), '127.0.0.1', resolve));

console.info(`
Alderdommens ABC (utvikling) kjører på http://127.0.0.1:${(front.address() as AddressInfo).port}/
  API med lokal DynamoDB i ${process.env.DATA_DIR ?? '.data/'}, sider fra Astro med automatisk oppdatering.
  Rådskode for demo-rådet «Eldrerådet»: ${api.demoCouncilCode}
  Redaksjonen: logg inn på http://127.0.0.1:${(front.address() as AddressInfo).port}/redaksjon/ med passordet ${api.editorPassword}
    (eller hent et token til API-et med: npm run editor-token)
`);

const stop = async () => {
  front.closeAllConnections();
  front.close();
  await site.stop();
  await api.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
