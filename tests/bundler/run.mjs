// Opens the built bundler-test page in headless Chromium and waits for the verdict the wasm
// computed. Usage: node tests/bundler/run.mjs <url>
import { launch } from '../../scripts/chromium.mjs';

const url = process.argv[2];
const browser = await launch();
let ok = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 30_000 });
  await page.goto(url);
  const resp = await wasm;
  await page.waitForFunction(() => document.title !== 'loading', null, { timeout: 30_000 });
  const title = await page.title();
  const text = await page.locator('#out').innerText();
  console.log(`bundler: ${resp.url()} (${resp.status()}, ${resp.headers()['content-type']})`);
  console.log(`bundler: title=${title} text=${text}`);
  ok = title === 'verdict:qwen' && resp.status() === 200 && errors.length === 0;
  for (const e of errors) console.log(`bundler: page error: ${e}`);
} finally {
  await browser.close();
}
console.log(`bundler: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
