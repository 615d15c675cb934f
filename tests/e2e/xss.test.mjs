// SEC-01 (reliability-test-plan.md), a small hostile-string corpus in every string field of a
// host's catalog that the widget renders: model names, license names, benchmark names and
// methods, correction texts, languages. Nothing may execute (no dialog: openPage fails on one),
// no element may appear that the payload describes, and every string must read back as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, ready, settle } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "'><iframe srcdoc=\"<script>alert(4)</script>\">",
  '<a href="javascript:alert(5)">x</a>',
  '\u2028javascript:alert(6)',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(7)")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>',
  '&lt;img src=x onerror=alert(9)&gt;',
];

for (const [i, payload] of PAYLOADS.entries()) {
  test(`hostile string ${i + 1} in every rendered field stays text: ${JSON.stringify(payload).slice(0, 40)}`, async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
    await ready(page, '#w');
    const problems = await page.evaluate(async (p) => {
      const api = await import('/pkg/index.js');
      const whole = api.catalog();
      const models = whole.models.filter((m) => ['qwen3-30b-a3b', 'qwen-72b', 'llama-3.1-8b', 'llama-3.3-70b'].includes(m.id));
      for (const m of models) {
        m.name = `${p} ${m.id}`;
        m.supersededBy = null;
        m.languages = [...m.languages, p.slice(0, 60)];
        m.benchmarks = m.benchmarks.map((b) => ({ ...b, name: b.name, method: b.method === null ? null : `${p}` }));
      }
      const catalog = {
        models,
        licenses: whole.licenses.map((l) => ({ ...l, name: `${p} license` })),
        corrections: whole.corrections.map((c) => ({ ...c, claimEn: `${p} claim`, claimZh: `${p} 原文`, factEn: `${p} fact`, factZh: `${p} 事实` })),
      };
      const el = document.querySelector('#w');
      el.catalog = catalog;
      el.answers = { language: 'multi', tasks: ['chat', 'reasoning'], memoryGb: 160 };
      return api.validateCatalog(catalog).problems;
    }, payload);
    assert.deepEqual(problems, [], 'the hostile catalog is a valid catalog');
    await settle(page);
    await page.waitForTimeout(150); // an injected handler would have fired by now
    const seen = await page.evaluate(() => {
      const root = document.querySelector('#w').shadowRoot;
      for (const d of root.querySelectorAll('details')) d.open = true;
      return {
        injected: root.querySelectorAll('img, script, iframe, svg, math, object, embed, [onerror], [onload], [srcdoc]').length
          + [...root.querySelectorAll('a')].filter((a) => !/^https?:$/.test(a.protocol)).length
          + root.querySelectorAll('style').length,
        text: root.textContent,
        pageImgs: document.querySelectorAll('img, iframe, svg').length,
      };
    });
    assert.equal(seen.injected, 0, 'no element or link came from the payload');
    assert.equal(seen.pageImgs, 0);
    assert.ok(seen.text.includes(`${payload} qwen3-30b-a3b`), 'the model name reads back verbatim as text');
    assert.ok(seen.text.includes(`${payload} license`), 'the license name reads back as text');
    await page.done();
  });
}
