// The strict-CSP and Trusted Types matrix (issue 12 B), shared by the static fixture's
// csp-matrix.mjs (the script tag, same origin and from a second origin) and the vite fixture's
// csp-matrix.mjs (a bundled npm import). Each cell is one policy x one loading way, on a page
// made for it: the widget must show a verdict with zero securitypolicyviolation events, no
// element error event, no console or page error, and the host's own later script must run; then
// an inline event handler the page adds is refused (the policy is really in force).
// Without 'wasm-unsafe-eval' the fallback must stay, EXACTLY one qwen-or-llama-error fire, and the
// host's later script still run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export const NONCE = 'embed-csp-matrix';
const also = (cdn) => (cdn ? ` ${cdn}` : '');

/** The policies; `cdn`: the second origin the files come from, or null. */
export const POLICIES = [
  { id: "nonce + 'strict-dynamic' + 'wasm-unsafe-eval'", nonce: true,
    csp: () => `script-src 'nonce-${NONCE}' 'strict-dynamic' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'` },
  { id: "script-src 'self' 'wasm-unsafe-eval'", csp: (cdn) => `script-src 'self'${also(cdn)} 'wasm-unsafe-eval'` },
  { id: "style-src 'self' (no 'unsafe-inline')",
    csp: (cdn) => `default-src 'self'; script-src 'self'${also(cdn)} 'wasm-unsafe-eval'; connect-src 'self'${also(cdn)}; style-src 'self'` },
  { id: "require-trusted-types-for 'script'; trusted-types 'none'", csp: () => "require-trusted-types-for 'script'; trusted-types 'none'" },
];

/** The policy of a host that forgot 'wasm-unsafe-eval' (otherwise the README's own). */
export const NO_WASM = {
  id: "no 'wasm-unsafe-eval'",
  csp: (cdn) => `default-src 'self'; script-src 'self'${also(cdn)}; connect-src 'self'${also(cdn)}; style-src 'self'`,
};

/**
 * A page for one cell: the loading `scripts` (HTML; with `nonce`, each <script> and module
 * preload gets the nonce), `extra` body HTML, the tag with its fallback, the host's later script.
 */
export function page(title, scripts, nonce, extra = '') {
  const n = nonce ? ` nonce="${NONCE}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>csp matrix: ${title}</title>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/csp-host.css">
${scripts.replaceAll('<script ', `<script${n} `).replaceAll('<link rel="modulepreload" ', `<link${n} rel="modulepreload" `)}
</head>
<body>
<h1>A strict host</h1>
${extra}
<qwen-or-llama lang="en">
  <p id="fallback">Qwen or Llama? This interactive selector needs JavaScript and WebAssembly.</p>
</qwen-or-llama>
<p>Text after the widget.</p>
<script${n} src="/csp-later.js"></script>
</body>
</html>
`;
}

/** The host's files every cell page uses: its stylesheet and its own later script. */
export function hostFiles(dir, favicon) {
  writeFileSync(`${dir}/csp-host.css`, 'body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; }\nqwen-or-llama:not(:defined) { display: block; min-height: 100vh; }\n');
  writeFileSync(`${dir}/csp-later.js`, "window.__later = 'ran';\n");
  writeFileSync(`${dir}/favicon.svg`, readFileSync(favicon));
}

// Runs before any page script: CSP violations and the element's events.
function recorder() {
  window.__cell = { violations: [], results: 0, errors: [] };
  document.addEventListener('securitypolicyviolation', (e) => window.__cell.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  document.addEventListener('qwen-or-llama-result', () => { window.__cell.results += 1; });
  document.addEventListener('qwen-or-llama-error', (e) => window.__cell.errors.push(e.detail));
}

// The console errors Chromium prints when a policy refuses WebAssembly, and the bundled app's own
// console.error of the rejected ready() (tests/embed/vite/src/main.js): expected without
// 'wasm-unsafe-eval', nowhere else.
const WASM_REFUSED = /WebAssembly|wasm-unsafe-eval|'unsafe-eval'|module could not be loaded/i;

/**
 * Opens `url` and checks one cell. `fail`: the policy lacks 'wasm-unsafe-eval'. Returns a line for
 * the report and what was seen.
 */
export async function runCell(browser, url, { policy, way, fail = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const p = await context.newPage();
  const problems = [];
  const allowed = [];
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (fail && WASM_REFUSED.test(m.text())) allowed.push(m.text());
    else problems.push(`console.error: ${m.text()}`);
  });
  p.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  await p.addInitScript(recorder);
  try {
    await p.goto(url);
    const w = p.locator('qwen-or-llama');
    await w.scrollIntoViewIfNeeded();
    if (fail) await p.waitForFunction(() => window.__cell.errors.length > 0, null, { timeout: 30_000 });
    else await w.locator('[part=verdict]:not([hidden])').waitFor({ timeout: 30_000 });
    // Anything late (a second error event, a violation from a later render) would show by now.
    await p.waitForTimeout(fail ? 1000 : 400);
    const s = await p.evaluate(() => ({
      ...window.__cell,
      later: window.__later ?? null,
      fallback: document.getElementById('fallback').checkVisibility(),
      verdict: document.querySelector('qwen-or-llama').shadowRoot?.querySelector('[part=verdict]:not([hidden]) .big')?.textContent ?? null,
      sheets: document.querySelector('qwen-or-llama').shadowRoot?.adoptedStyleSheets.length ?? 0,
    }));
    const cell = `${policy} x ${way}`;
    assert.deepEqual(problems, [], `${cell}: no page error, console error or failed request`);
    assert.equal(s.later, 'ran', `${cell}: the host's own later script ran`);
    if (!fail) {
      assert.deepEqual(s.violations, [], `${cell}: zero securitypolicyviolation events`);
      assert.deepEqual(s.errors, [], `${cell}: no qwen-or-llama-error event`);
      assert.ok(s.verdict, `${cell}: a verdict is shown`);
      assert.ok(s.results >= 1, `${cell}: a result event fired`);
      assert.equal(s.fallback, false, `${cell}: the fallback is gone`);
      assert.equal(s.sheets, 1, `${cell}: the constructed stylesheet is adopted`);
      // The policy is in force: an inline event handler the page itself adds is refused and
      // reported (by script-src, or by Trusted Types when setting it).
      const refused = await p.evaluate(() => {
        const b = document.createElement('button');
        document.body.append(b);
        try {
          b.setAttribute('onclick', 'window.__inline = 1');
        } catch (e) {
          return e.name;
        }
        b.click();
        return 'clicked';
      });
      await p.waitForFunction(() => window.__cell.violations.length > 0, null, { timeout: 5000 });
      assert.equal(await p.evaluate(() => window.__inline), undefined, `${cell}: the policy refused an inline handler (${refused})`);
      problems.splice(0, problems.length, ...problems.filter((x) => !/TrustedScript|Content Security Policy|Trusted Type/.test(x)));
      return { cell, fail, violations: 0, line: `csp: ${cell}: verdict ${JSON.stringify(s.verdict)}, 0 violations, 0 error events` };
    }
    assert.equal(s.errors.length, 1, `${cell}: exactly one qwen-or-llama-error event (${JSON.stringify(s.errors)})`);
    assert.equal(s.verdict, null, `${cell}: no verdict`);
    assert.equal(s.fallback, true, `${cell}: the fallback is visible`);
    assert.ok(s.violations.length >= 1 && s.violations.every((v) => /^script-src/.test(v)),
      `${cell}: the only violations are the refused WebAssembly compile (${s.violations})`);
    return {
      cell, fail, violations: s.violations.length,
      line: `csp: ${cell}: fallback shown, 1 error event (${s.errors[0].code}), host script ran; the browser reported ${s.violations.length} violation(s): ${[...new Set(s.violations)].join(', ')}`,
    };
  } finally {
    await context.close();
  }
}

/** The matrix's total line, over `results` (cells that passed). */
export function total(results) {
  const ok = results.filter((r) => !r.fail);
  const fails = results.filter((r) => r.fail);
  return `csp: ${ok.length} cells, ${ok.reduce((n, r) => n + r.violations, 0)} violations; no wasm-unsafe-eval: fallback + 1 error event (${fails.length} ways)`;
}

/** Saves a fixture's results for the overall total (keyed by the tarball, so a stale file is not counted). */
export function save(file, results) {
  writeFileSync(file, JSON.stringify({ tarball: tarballStamp(), results }, null, 1));
}

/** A fixture's saved results from this run of scripts/test-embed.sh, or null. */
export function load(file) {
  if (!existsSync(file)) return null;
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  return saved.tarball === tarballStamp() ? saved.results : null;
}

function tarballStamp() {
  const t = process.env.TARBALL;
  return t && existsSync(t) ? `${t} ${statSync(t).mtimeMs}` : null;
}
