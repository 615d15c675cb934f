// node scripts/size.mjs <pkg dir> <wasm gzip budget, bytes> <report file>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compress } from './site.mjs';

const [dir, budgetArg, reportPath] = process.argv.slice(2);
const budget = Number(budgetArg);
const files = readdirSync(dir).sort();
const groups = [
  ['wasm', files.filter((f) => f.endsWith('.wasm'))],
  // The glue, the API module and the element's modules; the .d.ts files are not downloaded.
  ['js', files.filter((f) => f.endsWith('.js'))],
  ['css', files.filter((f) => f.endsWith('.css'))],
];

const measure = (buf, file) => {
  const { gz, br } = compress(buf, file);
  return { raw: buf.length, gzip: gz.length, brotli: br.length };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };
const row = (name, s) =>
  `${name.padEnd(34)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`;

const lines = [`Size report for ${dir}/ (bytes; gzip -9, brotli q11)`, row('file', { raw: 'raw', gzip: 'gzip', brotli: 'brotli' })];
let total = zero;
let wasmGzip = 0;
for (const [group, names] of groups) {
  let sub = zero;
  for (const name of names) {
    const s = measure(readFileSync(join(dir, name)), name);
    lines.push(row(`  ${name}`, s));
    sub = add(sub, s);
    if (group === 'wasm') wasmGzip += s.gzip;
  }
  lines.push(row(`${group} total (${names.length} files)`, sub));
  total = add(total, sub);
}
lines.push(row('page download total', total));
const kib = (n) => (n / 1024).toFixed(1);
const within = wasmGzip <= budget;
lines.push(`wasm gzip budget: ${wasmGzip} B (${kib(wasmGzip)} KiB) of ${budget} B (${kib(budget)} KiB): ${within ? 'OK' : 'OVER BUDGET'}`);
const report = lines.join('\n') + '\n';
writeFileSync(reportPath, report);
process.stdout.write(report);
console.log(`size: ${within ? 1 : 0} passed, ${within ? 0 : 1} failed`);
process.exit(within ? 0 : 1);
