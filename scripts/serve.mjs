#!/usr/bin/env node
// Serves a site directory (made by scripts/site.mjs) with sirv-cli (pinned in package.json), the
// way a CDN does: precompressed .br / .gz siblings chosen by Accept-Encoding, with
// Content-Encoding, the original file's Content-Type (application/wasm for .wasm) and
// Vary: Accept-Encoding; ETag plus "max-age=0, must-revalidate" so a reload revalidates.
//
//   node scripts/serve.mjs DIR [--port 8000]     serve in the foreground (make demo)
//   import { startServer } from './serve.mjs'    serve in the background on a free port (bench)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIRV = resolve(ROOT, 'node_modules/.bin/sirv');
export const HOST = '127.0.0.1';

export function sirvArgs(dir, port, { quiet = false } = {}) {
  return [resolve(dir), '--host', HOST, '--port', String(port), '--gzip', '--brotli', '--etag',
    '--maxage', '0', '--no-clear', ...(quiet ? ['--quiet'] : [])];
}

function checkSirv() {
  if (!existsSync(SIRV)) throw new Error(`serve: ${SIRV} is missing; run 'make setup'`);
}

/** Resolves to `port` if it is free on HOST (0: any free port), else rejects. */
function freePort(port) {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(port, HOST, () => {
      const { port: p } = s.address();
      s.close(() => res(p));
    });
  });
}

async function waitFor(url, child, ms = 10000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`serve: sirv exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`serve: ${url} did not answer within ${ms} ms`);
}

/** Starts sirv on a free port in the background. Returns { url, close() }. */
export async function startServer(dir) {
  checkSirv();
  const port = await freePort(0);
  const child = spawn(SIRV, sirvArgs(dir, port, { quiet: true }), { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://${HOST}:${port}`;
  const close = () => new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill();
  });
  process.once('exit', () => child.kill());
  try {
    await waitFor(`${url}/`, child);
  } catch (e) {
    await close();
    throw e;
  }
  return { url, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') || 'target/site';
  const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT || 8000);
  checkSirv();
  try {
    await freePort(port);
  } catch {
    console.error(`serve: port ${port} on ${HOST} is taken (another demo running?); stop it or pass --port`);
    process.exit(1);
  }
  console.log(`demo: open http://${HOST}:${port}/ (gzip and brotli, precompressed; Ctrl-C to stop)`);
  const child = spawn(SIRV, sirvArgs(dir, port), { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, sig) => process.exit(sig ? 0 : code ?? 0));
}
