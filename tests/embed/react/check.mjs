// The React 19 + TypeScript fixture's check: serves the Vite build (argv[2], e.g. dist) and, in
// headless Chromium, checks what the typed props and listeners did: React 19's
// `onqwen-or-llama-result` prop wrote the verdict family into <output id="verdict-out">, the
// `answers` object prop reached the element as its property, and the ref's typed
// addEventListener('qwen-or-llama-change') saw a reader's change made inside the shadow root.
import assert from 'node:assert/strict';
import { launch, openWidget, ok, serveStatic } from '../lib.mjs';

const dir = process.argv[2];
assert.ok(dir, 'usage: node check.mjs DIST_DIR');
const F = 'react';
const FAMILIES = ['qwen', 'llama', 'tie', 'none'];
const PRESET = { language: 'zh', tasks: ['chat', 'code'], memoryGb: 24 }; // as in src/main.tsx

const server = await serveStatic(dir);
const browser = await launch();
try {
  const w = await openWidget(browser, server.url);
  try {
    const { page } = w;
    const el = page.locator('qwen-or-llama');
    // What the element itself says (its `result` property) and what React's handler wrote.
    const state = () => page.evaluate(() => {
      const q = document.querySelector('qwen-or-llama');
      const o = document.getElementById('verdict-out');
      return { family: q.result?.verdict.family ?? null, out: o.textContent, results: Number(o.dataset.results) };
    });

    await page.waitForFunction(() => document.getElementById('verdict-out')?.textContent !== '', null, { timeout: 30_000 });
    const first = await state();
    assert.ok(FAMILIES.includes(first.out), `#verdict-out is a verdict family (${first.out})`);
    assert.equal(first.out, first.family, "#verdict-out is the element's verdict family");
    assert.ok(first.results >= 1, 'the React handler ran');
    ok(F, `onqwen-or-llama-result prop (React 19 addEventListener) wrote e.detail.verdict into #verdict-out: ${first.out} (${first.results} result event(s))`);

    // The object prop was set as the property (React 19: `answers` in el), not as the
    // attribute "[object Object]" (which would have fired qwen-or-llama-error; w.check() fails on that).
    const props = await el.evaluate((q) => ({
      answers: q.answers,
      attr: q.getAttribute('answers'),
      theme: q.theme,
      themeAttr: q.getAttribute('theme'),
      lang: q.getAttribute('lang'),
    }));
    assert.equal(props.answers.language, 'zh', 'el.answers.language is the preset');
    assert.deepEqual(props.answers.tasks, PRESET.tasks, 'el.answers.tasks is the preset');
    assert.equal(props.answers.memoryGb, PRESET.memoryGb, 'el.answers.memoryGb is the preset');
    assert.deepEqual(JSON.parse(props.attr), PRESET, 'the answers setter mirrored the object into the attribute as JSON');
    assert.equal(props.theme, 'dark', 'theme prop');
    assert.equal(props.themeAttr, 'dark', 'theme mirrored as the attribute');
    assert.equal(props.lang, 'en', 'lang prop');
    const language = el.locator('input[name=language][value=zh]');
    assert.ok(await language.isChecked(), 'the form shows the preset (language zh checked)');
    ok(F, `answers object prop reached the element as its property: el.answers = ${JSON.stringify(props.answers).slice(0, 90)}; theme=dark`);

    // A reader's change inside the shadow root (playwright's CSS selectors pierce open shadow
    // roots): the ref's typed listener fires, then the verdict follows through the React prop.
    assert.equal(await page.locator('#change-out').textContent(), '', 'no change event before the reader changes something');
    await el.locator('input[name=language][value=en]').check();
    await page.waitForFunction(() => document.getElementById('change-out')?.textContent !== '', null, { timeout: 10_000 });
    const changed = JSON.parse(await page.locator('#change-out').textContent());
    assert.equal(changed.language, 'en', 'the change event detail has the new answer');
    assert.deepEqual(changed.tasks, PRESET.tasks, 'and keeps the preset');
    await page.waitForFunction((n) => Number(document.getElementById('verdict-out')?.dataset.results) > n, first.results, { timeout: 10_000 });
    const after = await state();
    assert.equal(after.out, after.family, "after the change, #verdict-out is the element's new verdict family");
    ok(F, `ref addEventListener('qwen-or-llama-change') fired after a click in the shadow root: detail.language = ${changed.language}; verdict now ${after.out}`);

    await w.check();
    ok(F, 'no page error, console error, React warning, CSP violation or element error; result event fired');
  } finally {
    await w.close();
  }
} finally {
  await browser.close();
  await server.close();
}
