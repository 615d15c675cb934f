// The element's behaviour as a host page and a reader see it: language, theme, breakdowns,
// presets, events, several instances, hide, share, keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answer, clearEvents, events, launch, openPage, ready, settle, shown } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('switching the language live keeps the answers and re-renders in Chinese', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  await answer(page, w, { 'Main language of your users and content': 'Chinese', 'Where will it run?': 'A managed cloud API' });
  const en = await shown(w);
  assert.equal(en.verdict, 'Qwen');
  await page.evaluate(() => { document.querySelector('#w').lang = 'zh'; });
  await w.getByRole('heading', { name: 'Qwen 还是 Llama？' }).waitFor();
  await settle(page);
  const zh = await shown(w);
  assert.equal(zh.verdict, 'Qwen');
  assert.match(zh.summary, /^选 Qwen：/);
  assert.equal(zh.bestQwen, en.bestQwen);
  // The answers survived: Chinese and cloud are still checked, now with Chinese labels.
  assert.ok(await w.getByRole('radio', { name: '中文' }).isChecked());
  assert.ok(await w.getByRole('radio', { name: '托管云 API' }).isChecked());
  assert.equal(await w.getByRole('group', { name: '硬件' }).count(), 0, 'hardware stays hidden for cloud');
  assert.equal(await w.locator('.w').getAttribute('lang'), 'zh-CN');
  // Back to English via the attribute.
  await page.evaluate(() => document.querySelector('#w').setAttribute('lang', 'en'));
  await w.getByRole('heading', { name: 'Qwen or Llama?' }).waitFor();
  await page.done();
});

/**
 * The background the widget's text sits on: the innermost painted one from its content box (.w)
 * out to the host, wherever the styles put it (on the host or on a frame inside the shadow root).
 */
function paint(el) {
  for (let n = el.shadowRoot.querySelector('.w'); n; n = n.parentElement || (n.getRootNode().host ?? null)) {
    const c = getComputedStyle(n).backgroundColor;
    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
  }
  return null;
}

test('theme: light, dark and auto (prefers-color-scheme) change the colours', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { colorScheme: 'dark' });
  const w = await ready(page, '#w');
  const bg = () => w.evaluate(paint);
  assert.equal(await bg(), 'rgb(21, 23, 28)', 'auto follows the dark scheme');
  await page.evaluate(() => { document.querySelector('#w').theme = 'light'; });
  assert.equal(await bg(), 'rgb(255, 255, 255)');
  assert.equal(await w.getAttribute('theme'), 'light', 'the property reflects to the attribute');
  await page.evaluate(() => { document.querySelector('#w').theme = 'dark'; });
  assert.equal(await bg(), 'rgb(21, 23, 28)');
  assert.equal(await page.evaluate(() => { const e = document.querySelector('#w'); e.setAttribute('theme', 'purple'); return e.theme; }), 'auto');
  await page.done();
});

test('a ranked model opens its per-criterion breakdown, and it stays open across updates', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  const first = w.locator('[part=ranked] details').first();
  const id = await first.getAttribute('data-id');
  assert.equal(await first.evaluate((d) => d.open), false);
  await first.locator('summary').click();
  assert.equal(await first.evaluate((d) => d.open), true);
  const crit = first.locator('.crit');
  assert.ok((await crit.count()) >= 5, 'one row per criterion');
  assert.match(await crit.first().textContent(), /^(Language|Tasks|License|Efficiency|Recency|Ecosystem)\d+(\.\d)? \/ \d+(\.\d)?/);
  assert.match(await first.textContent(), /Memory: [\d.]+ GB weights \+ [\d.]+ GB KV cache/);
  // Keyboard: Enter on the summary toggles it.
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await first.evaluate((d) => d.open), false);
  await page.keyboard.press('Enter');
  // An answer that keeps the model in the list keeps its breakdown open.
  await answer(page, w, { 'What matters most?': 'Best quality' });
  const again = w.locator(`[part=ranked] details[data-id="${id}"]`);
  if (await again.count()) assert.equal(await again.evaluate((d) => d.open), true);
  await page.done();
});

test('the pre-filled Chinese instance of the demo page opens with its answers', async () => {
  const page = await openPage(browser, '/www/');
  const w = await ready(page, '#zh-widget');
  const s = await shown(w);
  assert.equal(s.verdict, 'Qwen');
  assert.equal(s.bestQwen, 'Qwen3-30B-A3B');
  assert.equal(s.bestLlama, 'Llama-3.3-70B-Instruct');
  assert.match(s.summary, /^选 Qwen：/);
  assert.ok(await w.getByRole('checkbox', { name: '写作' }).isChecked());
  assert.ok(await w.getByRole('checkbox', { name: '长文档' }).isChecked());
  assert.equal(await w.getByRole('combobox', { name: '可用于模型的内存/显存' }).evaluate((s) => s.value), '80');
  assert.ok(await w.getByRole('radio', { name: '阿里云' }).isChecked());
  // The article's corrections are shown, with the original Chinese quote.
  const corr = w.locator('[part=corrections]');
  assert.match(await corr.textContent(), /对于月活用户超过7亿的大型企业/);
  // Every instance on the demo page rendered, and the page heard the first one's event.
  // ready() fails on an error box and wants a verdict word; the dark and branded instances show
  // a verdict too, with their own theme.
  for (const id of ['#main-widget', '#dark-widget', '#brand-widget']) {
    const other = await ready(page, id);
    assert.match((await shown(other)).verdict, /^(Qwen|Llama|Either|Neither)$/, `${id} shows a verdict`);
  }
  assert.equal(await page.locator('#dark-widget').evaluate(paint), 'rgb(21, 23, 28)', 'the dark instance is dark');
  assert.match(await page.locator('#host-log').textContent(), /verdict "(qwen|llama|tie|none)"/);
  await page.done();
});

test('events: change, result and error details; they bubble and are composed', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  const first = (await events(page, 'qwen-or-llama-result'))[0];
  assert.equal(first.target, 'w');
  assert.ok(first.bubbles && first.composed);
  assert.deepEqual(Object.keys(first.detail).sort(), ['bestLlama', 'bestQwen', 'result', 'summary', 'top', 'verdict']);
  await clearEvents(page);
  await answer(page, w, { 'Main language of your users and content': 'Chinese' });
  const ev = await events(page);
  assert.deepEqual(ev.map((e) => e.type), ['qwen-or-llama-change', 'qwen-or-llama-result'], 'one change, one batched result');
  assert.equal(ev[0].detail.language, 'zh');
  assert.deepEqual(ev[0].detail.tasks, ['chat']);
  assert.equal(ev[1].detail.verdict, 'qwen');
  // Chinese: the 35B-A3B line leads (Qwen3.6 by 1.6 points over Qwen3.5); the event's ids are
  // the result's.
  assert.ok(['qwen3.6-35b-a3b', 'qwen3.5-35b-a3b'].includes(ev[1].detail.bestQwen), ev[1].detail.bestQwen);
  assert.equal(ev[1].detail.top[0], ev[1].detail.bestQwen);
  assert.equal(ev[1].detail.top[0], ev[1].detail.result.ranked[0].id);
  assert.equal(ev[1].detail.top.length, 10);
  // Several changes in one task give one result.
  await clearEvents(page);
  await page.evaluate(() => { const e = document.querySelector('#w'); e.answers = { language: 'en' }; e.answers = { language: 'multi' }; e.lang = 'en'; });
  await settle(page);
  assert.equal((await events(page, 'qwen-or-llama-result')).length, 1);
  // A bad preset is ignored with an error event that has a code.
  await clearEvents(page);
  await page.evaluate(() => document.querySelector('#w').setAttribute('answers', '{not json'));
  await settle(page);
  const [err] = await events(page, 'qwen-or-llama-error');
  assert.equal(err.detail.code, 'invalid-answers');
  assert.ok(err.bubbles && err.composed);
  // A preset value the core rejects is dropped, with the core's code and path.
  await clearEvents(page);
  await page.evaluate(() => document.querySelector('#w').setAttribute('answers', '{"language":"fr","memoryGb":48}'));
  await settle(page);
  const [bad] = await events(page, 'qwen-or-llama-error');
  assert.equal(bad.detail.code, 'unknown-value');
  assert.equal(bad.detail.path, 'answers.language');
  assert.equal(await w.getByRole('combobox', { name: 'Memory available for the model' }).evaluate((s) => s.value), '48');
  assert.equal((await shown(w)).verdict !== null, true);
  await page.done();
});

test('several instances on one page are independent; define twice is harmless; hide and lang ancestors work', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/multi.html');
  const [a, b, c, d] = [await ready(page, '#a'), await ready(page, '#b'), await ready(page, '#c'), await ready(page, '#d')];
  const before = await Promise.all([b, c, d].map(shown));
  await clearEvents(page);
  await answer(page, a, { 'Main language of your users and content': 'Chinese', 'What matters most?': 'Speed and cost' });
  const after = await Promise.all([b, c, d].map(shown));
  assert.deepEqual(after, before, 'answering #a changed no other instance');
  assert.deepEqual([...new Set((await events(page)).map((e) => e.target))], ['a']);
  // #b: the host fixed the language and hid two questions.
  assert.equal(await b.getByRole('group', { name: 'Main language of your users and content' }).count(), 0);
  assert.equal(await b.getByRole('group', { name: 'Where is your organisation based?' }).count(), 0);
  assert.equal((await shown(b)).verdict, 'Qwen');
  // #c takes Chinese from its <section lang="zh"> ancestor.
  assert.equal(await c.getByRole('heading', { level: 2 }).textContent(), 'Qwen 还是 Llama？');
  // #d had invalid JSON: ignored, still works with the defaults.
  assert.equal((await shown(d)).verdict !== null, true);
  assert.equal(await page.evaluate(() => customElements.get('qwen-or-llama').define()), await page.evaluate(() => customElements.get('qwen-or-llama')));
  await page.done();
});

test('share keeps the answers in the URL fragment and reads them back on load', async () => {
  const page = await openPage(browser, '/www/');
  const w = await ready(page, '#main-widget');
  await answer(page, w, { 'Main language of your users and content': 'Chinese', 'Where will it run?': 'A managed cloud API' });
  const url = page.url();
  assert.match(url, /#qol=/);
  assert.deepEqual(JSON.parse(decodeURIComponent(url.split('#qol=')[1])).language, 'zh');
  const page2 = await openPage(browser, `/www/${url.slice(url.indexOf('#'))}`);
  const w2 = await ready(page2, '#main-widget');
  assert.ok(await w2.getByRole('radio', { name: 'Chinese' }).isChecked());
  assert.ok(await w2.getByRole('radio', { name: 'A managed cloud API' }).isChecked());
  assert.deepEqual(await shown(w2), await shown(w));
  await page2.done();
  await page.done();
});

test('keyboard only: Tab into a radio group, arrows move the choice, Space toggles a checkbox', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
  const w = await ready(page, '#w');
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => { const a = document.querySelector('#w').shadowRoot.activeElement; return a && `${a.name}=${a.value}:${a.checked}`; });
  assert.equal(await focused(), 'language=en:true', 'the first tab stop is the checked radio of the first group');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'language=zh:true');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'tasks=chat:true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await focused(), 'tasks=writing:true');
  await settle(page);
  const s = await shown(w);
  assert.equal(s.verdict, 'Qwen');
  assert.deepEqual((await events(page, 'qwen-or-llama-change')).at(-1).detail.tasks, ['chat', 'writing']);
  // The focus ring is visible (2px outline on the option's label).
  const outline = await w.locator('label.opt', { hasText: 'Writing' }).evaluate((l) => getComputedStyle(l).outlineWidth);
  assert.equal(outline, '2px');
  await page.done();
});
