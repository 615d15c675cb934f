#!/usr/bin/env node
// Assembles the demo site that `make demo` and `make bench-browser` serve, and precompresses it
// the way a CDN serves it (every text/wasm file gets a .gz and a .br sibling; sirv picks the one
// the browser accepts and sets Content-Encoding and Vary: Accept-Encoding).
//
//   node scripts/site.mjs [--pkg pkg] [--www www] [--out target/site] [--extra SRC=DEST ...]
//
// Layout of OUT, so that http://HOST/ is the demo page itself:
//   OUT/index.html   www/index.html (every top-level www/*.html), with "../pkg/" rewritten to "pkg/"
//   OUT/demo/...     www/demo/ (and any other www/ sub-directory), unchanged
//   OUT/pkg/...      a copy of the built package (pkg/ may be rebuilt while the site is served)
//
// The rewrite: www/index.html links the package as "../pkg/…" because in the repository it sits
// one level below pkg/. Served from OUT, "../pkg/x" from "/" would resolve to "/pkg/x" anyway
// (URL resolution cannot climb above the root), but not if OUT is hosted under a sub-path, so the
// top-level pages get the explicit "pkg/…". Files in sub-directories (demo/) are not rewritten:
// from OUT/demo/, "../pkg/" is already right. www/*.js (the element's sources) are not copied:
// the page loads the element from pkg/, where scripts/build.sh put it.
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `raw` (the bytes of `file`) as the site serves it: gzip -9 and brotli quality 11. One place,
 * so `make size` reports the bytes `make demo` and `make bench-browser` send.
 */
export function compress(raw, file) {
  return {
    gz: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, {
      params: {
        [zc.BROTLI_PARAM_QUALITY]: 11,
        [zc.BROTLI_PARAM_LGWIN]: 24,
        [zc.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zc.BROTLI_MODE_GENERIC : zc.BROTLI_MODE_TEXT,
        [zc.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  };
}

// What a CDN compresses: text and wasm. Images and fonts are already compressed.
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|txt|map|md|xml)$/;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * Writes FILE.gz (gzip -9) and FILE.br (brotli quality 11, large window, text or generic mode)
 * next to every compressible file in `dir`; a sibling that would not be smaller is not written,
 * so the server sends the original. Returns [{ file, raw, gzip, br }] for the files it handled.
 */
export function precompress(dir) {
  const rows = [];
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    const { gz, br } = compress(raw, file);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    rows.push({ file: relative(dir, file), raw: raw.length, gzip: gz.length, br: br.length });
  }
  return rows;
}

/**
 * Builds `out` from a package directory and a www directory (see the header). `extra` is a list
 * of [src, dest] pairs (dest relative to `out`) copied in after, e.g. a bench fixture page.
 * Returns the precompression rows.
 */
export function assembleSite({ pkg = 'pkg', www = 'www', out = 'target/site', extra = [] } = {}) {
  pkg = resolve(pkg);
  www = resolve(www);
  out = resolve(out);
  for (const f of ['index.js', 'qwen_or_llama_bg.wasm', 'qwen-or-llama-define.js']) {
    if (!existsSync(join(pkg, f))) throw new Error(`site: ${join(pkg, f)} is missing; run 'make build' first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Copy first, then compress the copy: pkg/ may be removed and rebuilt at any moment.
  cpSync(pkg, join(out, 'pkg'), { recursive: true, filter: (src) => !/\.(gz|br)$/.test(src) });
  if (existsSync(www)) {
    for (const name of readdirSync(www)) {
      const src = join(www, name);
      if (statSync(src).isDirectory()) {
        if (name !== 'pkg') cpSync(src, join(out, name), { recursive: true });
      } else if (name.endsWith('.html')) {
        writeFileSync(join(out, name), readFileSync(src, 'utf8').replaceAll('../pkg/', 'pkg/'));
      } else if (!name.endsWith('.js')) {
        cpSync(src, join(out, name));
      }
    }
  }
  for (const [src, dest] of extra) {
    mkdirSync(join(out, dest, '..'), { recursive: true });
    cpSync(resolve(src), join(out, dest), { recursive: true });
  }
  return precompress(out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = { extra: [] };
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const val = () => {
      if (i + 1 >= args.length) throw new Error(`site: ${a} needs a value`);
      return args[++i];
    };
    if (a === '--pkg') opts.pkg = val();
    else if (a === '--www') opts.www = val();
    else if (a === '--out') opts.out = val();
    else if (a === '--extra') opts.extra.push(val().split('='));
    else throw new Error(`site: unknown argument ${a}`);
  }
  const rows = assembleSite(opts);
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  const wasm = rows.find((r) => r.file.endsWith('.wasm'));
  console.log(`site: ${resolve(opts.out || 'target/site')}: ${rows.length} files precompressed, `
    + `${sum('raw')} B raw, ${sum('gzip')} B gzip, ${sum('br')} B brotli`
    + (wasm ? `; ${wasm.file} ${wasm.raw} B raw, ${wasm.gzip} B gzip, ${wasm.br} B brotli` : ''));
}
