// The CSP and Trusted Types matrix for the script tag (issue 12 B), from the same origin and from
// a second origin (a CDN with CORS), against the package files from the tarball in the fixture's
// work directory (argv[2]): every policy of csp-cells.mjs gives a verdict with zero violations,
// and without 'wasm-unsafe-eval' the fallback stays with exactly one error event. The bundled
// way is the vite fixture's csp-matrix.mjs, which prints the total of both.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveStatic } from '../lib.mjs';
import { NO_WASM, POLICIES, hostFiles, page, runCell, save, total } from './csp-cells.mjs';

const work = process.argv[2];
assert.ok(work, 'usage: node csp-matrix.mjs WORK_DIR');
const readme = readFileSync(new URL('../../../pkg-template/README.md', import.meta.url), 'utf8');
const snippet = readme.match(/<!-- embed: script-tag -->\s*```\w*\n([\s\S]*?)```/)?.[1];
assert.ok(snippet, 'pkg-template/README.md has the script-tag block');
const tag = snippet.match(/<script[^>]*><\/script>/)[0];
const CDN = 'https://cdn.jsdelivr.net';
const dirInUrl = tag.match(/npm\/qwen-or-llama@[\d.]+/)[0];

const site = join(work, 'csp-site');
const cdnRoot = join(work, 'csp-cdn');
for (const d of [site, cdnRoot]) rmSync(d, { recursive: true, force: true });
for (const d of [join(site, dirInUrl), join(cdnRoot, dirInUrl)]) {
  mkdirSync(d, { recursive: true });
  cpSync(join(work, 'node_modules/qwen-or-llama'), d, { recursive: true });
}
hostFiles(site, new URL('favicon.svg', import.meta.url));

const cdn = await serveStatic(cdnRoot, { host: 'localhost', headers: () => ({ 'Access-Control-Allow-Origin': '*' }) });
const policies = new Map(); // page path -> CSP
const host = await serveStatic(site, { headers: (path) => (policies.has(path) ? { 'Content-Security-Policy': policies.get(path) } : {}) });
const ways = [
  { id: 'script tag (same origin)', script: tag.replace(CDN, ''), origin: null },
  { id: `script tag (second origin ${cdn.origin})`, script: tag.replace(CDN, cdn.origin), origin: cdn.origin },
];
const cells = [];
[...POLICIES, NO_WASM].forEach((policy, i) => ways.forEach((way, j) => {
  const name = `/csp-${i}-${j}.html`;
  writeFileSync(join(site, name), page(`${policy.id} x ${way.id}`, way.script, policy.nonce));
  policies.set(name, policy.csp(way.origin));
  cells.push({ url: `${host.origin}${name}`, policy: `${policy.id} [${policies.get(name)}]`, way: way.id, fail: policy === NO_WASM });
}));

const browser = await launch();
const results = [];
try {
  for (const c of cells) {
    const r = await runCell(browser, c.url, c);
    console.log(`embed: static: ${r.line}`);
    results.push(r);
  }
} finally {
  await browser.close();
  await host.close();
  await cdn.close();
}
save(join(work, 'csp-matrix.json'), results);
console.log(`embed: static: ok: ${total(results)} (script tag, same origin and second origin)`);
