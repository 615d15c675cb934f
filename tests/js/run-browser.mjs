// Runs tests/js/browser.html in headless Chromium (Debian's, via playwright-core) and prints one
// line per case and a "N passed, N failed" summary. Usage: node run-browser.mjs <url>
import { launch } from '../../scripts/chromium.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/js/run-browser.mjs http://127.0.0.1:PORT/tests/js/browser.html');
  process.exit(2);
}
const browser = await launch();
let failed = 0;
let passed = 0;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console.error: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => Array.isArray(window.__results), null, { timeout: 120_000 });
  const results = await page.evaluate(() => window.__results);
  console.log(`chromium ${browser.version()}: ${url}`);
  for (const r of results) {
    if (r.ok) {
      passed++;
      console.log(`ok   ${r.name}`);
    } else {
      failed++;
      console.log(`FAIL ${r.name}\n     ${r.error}`);
    }
  }
  for (const e of pageErrors) {
    failed++;
    console.log(`FAIL page error: ${e}`);
  }
} finally {
  await browser.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
