// Builds the app with webpack's Node API (no webpack-cli): a production bundle of src/main.js
// into dist/, next to a copy of public/index.html, which loads dist/main.js. Prints webpack's
// stats and exits non-zero if the build has any error or warning, listing them.
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import webpack from 'webpack';

const config = {
  mode: 'production',
  context: resolve('.'),
  entry: './src/main.js',
  output: { path: resolve('dist'), filename: 'main.js', clean: true },
  // webpack's size hints (244 KiB per asset and per entrypoint) are about script that must be
  // downloaded, parsed and run before the page works. The package's .wasm (~613 KiB, ~160 KiB
  // gzip) is not: it is fetched only by ready() or when a <qwen-or-llama> nears the viewport,
  // and compiled while it streams (application/wasm). Without this filter, a production build
  // warns "asset size limit" and "webpack performance recommendations" for it. Filtering it
  // out keeps the budget for the JavaScript; `hints: false` or a 640 KiB maxAssetSize would
  // also let a JS bundle grow unnoticed.
  performance: { assetFilter: (file) => !/\.(map|wasm)$/.test(file) },
};

const stats = await new Promise((done, fail) => {
  webpack(config, (err, result) => (err ? fail(err) : done(result)));
});
console.log(stats.toString({ colors: false, modules: false }));
const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
for (const e of errors) console.error(`webpack: error: ${e.message}`);
for (const w of warnings) console.error(`webpack: warning: ${w.message}`);
if (stats.hasErrors() || stats.hasWarnings()) {
  console.error(`webpack: ${errors.length} error(s), ${warnings.length} warning(s)`);
  process.exit(1);
}
cpSync('public', 'dist', { recursive: true });
