// The start-up benchmark's bare baseline, one process per start: a Node server that serves a minimal React 19
// page (the bundle built by bareReactPage.mjs) and prints, as JSON lines, its address and then the moment the page
// says it is interactive — in ms since this process started, as the app's own `--perf` marks are.
//
//   node scripts/lib/bareReactServer.mjs <bundle.js>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const bundle = readFileSync(process.argv[2]);
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare React</title></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/interactive') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { epochMs } = JSON.parse(body);
      console.log(JSON.stringify({ interactive: epochMs - performance.timeOrigin }));
      response.end();
    });
    return;
  }
  const isScript = request.url === '/app.js';
  response.writeHead(200, { 'Content-Type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
  response.end(isScript ? bundle : page);
});
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/` }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
