// The Next.js fixture's check: the page `next start` serves (argv[2]) has both <qwen-or-llama>
// instances in its server HTML, hydrates without a warning, shows a verdict, passes it to the
// Client Component through React 19's `onqwen-or-llama-result` prop, and fetches the .wasm once.
import assert from 'node:assert/strict';
import { launch, openWidget, ok } from '../lib.mjs';

const url = process.argv[2];
assert.ok(url, 'usage: node check.mjs URL');
const F = 'next';

// The server-rendered HTML, as a crawler or a reader without JavaScript gets it.
const res = await fetch(url);
const html = await res.text();
assert.equal(res.status, 200, `${url}: status 200`);
assert.equal((html.match(/<qwen-or-llama[\s>]/g) || []).length, 2, 'the server HTML has both <qwen-or-llama> tags');
assert.match(html, /<qwen-or-llama lang="en" answers="\{&quot;language&quot;:&quot;zh&quot;\}">/, 'the Server Component tag keeps its attributes');
assert.match(html, /needs JavaScript and WebAssembly/, 'the server HTML has the light-DOM fallback');
assert.doesNotMatch(html, /onqwen-or-llama-result/, 'React leaves the event prop out of the server HTML');
assert.doesNotMatch(html, /__next_error__|Application error|Internal Server Error|NEXT_HTTP_ERROR|BAILOUT_TO_CLIENT_SIDE_RENDERING/,
  'the server HTML is not an error page and did not bail out to client rendering');
ok(F, `server HTML: 2 <qwen-or-llama> tags with attributes and fallback, no error markers (${html.length} bytes)`);

const browser = await launch();
try {
  // openWidget opens its own context; this wrapper records that context's responses so the
  // .wasm's status and content type can be checked (openWidget's `requests` are URLs only).
  const responses = [];
  const recording = {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      context.on('response', (r) => responses.push(r));
      return context;
    },
  };
  const w = await openWidget(recording, url);
  try {
    assert.ok(w.verdict.length > 0, 'the Server Component instance shows a verdict');
    ok(F, `Server Component instance upgraded and rendered: ${JSON.stringify(w.verdict.replace(/\s+/g, ' ').slice(0, 80))}`);

    // The Client Component's instance, and what React's event prop wrote into <output>
    // (`${detail.verdict}: ${detail.summary}`; verdict is qwen, llama, tie or none).
    const second = w.page.locator('qwen-or-llama').nth(1);
    await second.scrollIntoViewIfNeeded();
    const secondVerdict = second.locator('[part=verdict]:not([hidden])');
    await secondVerdict.waitFor({ timeout: 30_000 });
    const out = w.page.locator('output#verdict-out');
    await w.page.waitForFunction(() => document.getElementById('verdict-out')?.textContent.trim() !== '', null, { timeout: 30_000 });
    const outText = (await out.textContent()).trim();
    const summary = (await second.locator('[part=verdict] .summary').textContent()).trim();
    assert.match(outText, /^(qwen|llama|tie|none): ./, `<output> has "family: summary" (${outText})`);
    assert.ok(summary.length > 0 && outText.endsWith(summary), `<output> ends with the instance's summary (${summary})`);
    ok(F, `onqwen-or-llama-result prop (React 19 listener) wrote the verdict into <output id="verdict-out">: ${JSON.stringify(outText.slice(0, 80))}`);

    // One .wasm for the page, whichever instance starts first: served by next start as a static
    // asset with the type that lets the browser compile it while it streams.
    const wasm = w.requests.filter((u) => new URL(u).pathname.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `the .wasm was requested once (${wasm.join(', ')})`);
    const wr = responses.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
    assert.equal(wr.length, 1, 'one .wasm response');
    assert.equal(wr[0].status(), 200, '.wasm answered 200');
    assert.equal((await wr[0].allHeaders())['content-type'], 'application/wasm', '.wasm content-type');
    ok(F, `one .wasm request for two instances, 200 application/wasm: ${new URL(wasm[0]).pathname}`);

    await w.check();
    ok(F, 'no page error, console error, React/hydration warning, CSP violation or element error; result event fired');
  } finally {
    await w.close();
  }
} finally {
  await browser.close();
}
if (process.env.BUILD_MS) ok(F, `next build took ${(Number(process.env.BUILD_MS) / 1000).toFixed(1)} s`);
