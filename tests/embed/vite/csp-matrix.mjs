// The CSP and Trusted Types matrix for a bundled npm import (issue 12 B): what `vite build` emitted
// in argv[2] (dist), its entry script(s) put on one page per policy of
// ../static/csp-cells.mjs. Every policy gives a verdict with zero violations; without
// 'wasm-unsafe-eval' the fallback stays with exactly one error event. Then the total with the
// static fixture's cells (the script tag, same and second origin), when they ran in this run.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveStatic } from '../lib.mjs';
import { NO_WASM, POLICIES, hostFiles, load, page, runCell, total } from '../static/csp-cells.mjs';

const dist = process.argv[2];
assert.ok(dist, 'usage: node csp-matrix.mjs DIST_DIR');
const built = readFileSync(join(dist, 'index.html'), 'utf8');
// The bundle's own entry tags (the built index.html also has an inline <style>, the app's, which
// a style-src 'self' host would move to a file; the cell pages use a stylesheet file).
const scripts = [...built.matchAll(/<script\b[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g)].map((m) => m[0]).join('\n');
assert.match(scripts, /<script type="module"[^>]* src="\/assets\/[^"]+\.js"><\/script>/, 'dist/index.html loads the bundle');

const site = 'csp-dist';
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
hostFiles(site, new URL('../static/favicon.svg', import.meta.url));
const policies = new Map();
const host = await serveStatic(site, { headers: (path) => (policies.has(path) ? { 'Content-Security-Policy': policies.get(path) } : {}) });
const way = 'bundled npm import (vite build)';
const cells = [...POLICIES, NO_WASM].map((policy, i) => {
  const name = `/csp-${i}.html`;
  writeFileSync(join(site, name), page(`${policy.id} x ${way}`, scripts, policy.nonce,
    '<p>The headless API says: <output id="api-out"></output></p>'));
  policies.set(name, policy.csp(null));
  return { url: `${host.origin}${name}`, policy: `${policy.id} [${policies.get(name)}]`, way, fail: policy === NO_WASM };
});

const browser = await launch();
const results = [];
try {
  for (const c of cells) {
    const r = await runCell(browser, c.url, c);
    console.log(`embed: vite: ${r.line}`);
    results.push(r);
  }
} finally {
  await browser.close();
  await host.close();
}
console.log(`embed: vite: ok: ${total(results)} (bundled)`);
const stat = load(join(process.env.ROOT || '../../..', 'target/embed/static/csp-matrix.json'));
if (stat) console.log(`embed: vite: ok: matrix total (script tag, second origin, bundled): ${total([...stat, ...results])}`);
else console.log('embed: vite: (the static fixture did not run in this run: no matrix total; run scripts/test-embed.sh static vite)');
