// The reader's experience (issue 10): the answer stays in view on a phone (summary bar) and on a
// desktop (sticky result column); focus is never hidden behind the bar; the module is fetched
// only when the element nears the viewport (or at once with loading="eager"); nothing moves when
// it starts; a device preset changes the fit and the estimated speed, in both languages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answer, launch, openPage, ready, settle, shown } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 375, height: 740 };

/** The summary bar's and the viewport's geometry, and what the bar says. */
const barState = (w) => w.evaluate((el) => {
  const bar = el.shadowRoot.querySelector('[part=summary-bar]');
  const r = bar.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: r.height, vh: innerHeight, text: bar.textContent, shown: !bar.hidden && getComputedStyle(bar).display !== 'none' };
});

/** Counts the polite announcements (text changes of the status region) from now on. */
const countAnnouncements = (w) => w.evaluate((el) => {
  const status = el.shadowRoot.querySelector('[role=status]');
  window.__announced = [];
  new MutationObserver(() => window.__announced.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
});

test('at 375 px the summary bar shows the verdict and both best picks after every answer, announced once per change', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { viewport: PHONE });
  const w = await ready(page, '#w');
  await countAnnouncements(w);
  const steps = [
    { 'Main language of your users and content': 'Chinese' },
    { 'What should the model do?': ['Chat and assistants', 'Code'] },
    { 'Where will it run?': 'A managed cloud API' },
    { 'Main language of your users and content': 'English' },
    { 'Where will it run?': 'On my own hardware' },
  ];
  for (const [i, step] of steps.entries()) {
    await answer(page, w, step);
    const bar = await barState(w);
    const s = await shown(w);
    assert.ok(bar.shown, `step ${i}: the bar is shown`);
    assert.ok(bar.top >= 0 && bar.bottom <= bar.vh + 0.5, `step ${i}: the bar is inside the viewport (${bar.top}–${bar.bottom} of ${bar.vh})`);
    assert.ok(bar.text.includes(s.verdict), `step ${i}: the bar names the verdict ${s.verdict}: ${bar.text}`);
    for (const name of [s.bestQwen, s.bestLlama].filter(Boolean)) assert.ok(bar.text.includes(name), `step ${i}: the bar names ${name}`);
    // The answer the reader just gave is above the bar, not behind it.
    assert.ok(bar.height < PHONE.height / 4, `step ${i}: the bar is compact (${bar.height}px)`);
  }
  const announced = await page.evaluate(() => window.__announced);
  assert.ok(announced.length >= 1 && announced.length <= steps.length, `announced at most once per change: ${announced.length} for ${steps.length} changes`);
  assert.equal(new Set(announced).size, announced.length, 'no announcement repeats the previous one');
  // Activating the bar takes the reader to the full result and focuses the verdict.
  await w.locator('[part=summary-bar] button').click();
  await page.waitForFunction(() => {
    const v = document.querySelector('#w').shadowRoot.querySelector('[part=verdict]').getBoundingClientRect();
    return v.top >= -1 && v.top < innerHeight / 2;
  });
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.getAttribute('part')), 'verdict');
  await page.done();
});

test('at 375 px no focused control is hidden behind the summary bar (keyboard through the whole form)', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { viewport: PHONE });
  const w = await ready(page, '#w');
  await w.locator('details.more summary').click();
  await w.locator('input[data-q]').first().focus();
  const seen = new Set();
  for (let i = 0; i < 80; i++) {
    const f = await w.evaluate((el) => {
      const a = el.shadowRoot.activeElement;
      if (!a || !el.shadowRoot.querySelector('form').contains(a)) return null;
      const box = (a.closest('label, select') || a).getBoundingClientRect();
      const bar = el.shadowRoot.querySelector('[part=summary-bar]').getBoundingClientRect();
      return { id: `${a.dataset.q}:${a.value}`, top: box.top, bottom: box.bottom, barTop: bar.top, barBottom: bar.bottom, vh: innerHeight };
    });
    if (!f) break;
    seen.add(f.id);
    assert.ok(f.bottom <= f.barTop + 0.5 || f.top >= f.barBottom, `${f.id} (${f.top}–${f.bottom}) is clear of the bar (${f.barTop}–${f.barBottom})`);
    assert.ok(f.top >= 0 && f.bottom <= f.vh, `${f.id} is in the viewport`);
    await page.keyboard.press('Tab');
  }
  assert.ok(seen.size >= 10, `tabbed through ${seen.size} controls`);
  await page.done();
});

test('at 1280 px the verdict stays in view while the reader scrolls down the questions', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { viewport: { width: 1280, height: 800 } });
  const w = await ready(page, '#w');
  assert.equal((await barState(w)).shown, false, 'no summary bar in two columns');
  const last = w.locator('form [data-q]').last();
  await last.scrollIntoViewIfNeeded();
  await answer(page, w, { 'What matters most?': 'Best quality' });
  // At the very end of the form the column may be pushed up by the widget's bottom edge; the
  // verdict itself (its word and summary) stays on screen.
  const v = await w.evaluate((el) => el.shadowRoot.querySelector('[part=verdict] .big').getBoundingClientRect().toJSON());
  assert.ok(v.top >= 0 && v.bottom <= 800, `the verdict is in view (${v.top}–${v.bottom})`);
  await page.done();
});

/** Opens `path` at 1280 × 800, recording the URL of every .wasm request into the returned list. */
async function openCountingWasm(path) {
  const wasm = [];
  const page = await openPage(browser, path, {
    viewport: { width: 1280, height: 800 },
    setup: (p) => p.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); }),
  });
  return { page, wasm };
}

test('no wasm is fetched until the element nears the viewport; then it starts', async () => {
  const { page, wasm } = await openCountingWasm('/tests/e2e/fixtures/lazy.html');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(wasm, [], 'no .wasm request while the element is four viewports away');
  assert.ok(await page.locator('#fallback').isVisible(), 'the fallback is shown meanwhile');
  const w = await ready(page, '#w');
  assert.equal(wasm.length, 1, 'one .wasm request once it is near');
  assert.ok((await shown(w)).verdict);
  await page.done();
});

test('loading="eager" fetches the module at once, far below the fold', async () => {
  const { page, wasm } = await openCountingWasm('/tests/e2e/fixtures/eager.html');
  await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-result'));
  assert.equal(wasm.length, 1);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page did not scroll');
  await page.done();
});

for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
  test(`no layout shift when the element starts in view (${viewport.width} px)`, async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/shift.html', { viewport });
    await page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.id || s.node?.localName || '') }); })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await ready(page, '#w');
    // Until the element has done all it does on its own: the result event (its DOM complete) and
    // the what-if analysis (run once the page is idle, up to 400 ms later) on screen; then two
    // frames, so the observer has been told of any shift in the last one.
    await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-result'));
    await page.waitForFunction(() => !document.querySelector('#w').shadowRoot.querySelector('[part=whatif][aria-busy=true]'));
    await settle(page);
    await settle(page);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], 'no layout-shift entries');
    await page.done();
  });
}

test('a device preset changes the fit and the estimated speed, in English and in Chinese', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { viewport: { width: 1280, height: 900 } });
  const w = await ready(page, '#w');
  const device = w.locator('select[data-q=device]');
  const pick = async () => ({ facts: await w.locator('[part=best] .pick.qwen .facts').textContent(), name: await w.locator('[part=best] .pick.qwen h4').textContent() });
  const labels = await device.evaluate((s) => Object.fromEntries([...s.options].map((o) => [o.value, o.textContent])));
  const small = Object.keys(labels).find((v) => /rtx-4060-laptop/.test(v));
  const big = Object.keys(labels).find((v) => /h200|mi300x/.test(v));
  assert.ok(small && big, `the presets include a laptop GPU and a data-centre GPU: ${Object.keys(labels).join(' ')}`);
  await answer(page, w, { 'What will it run on?': labels[small] });
  const a = await pick();
  await answer(page, w, { 'What will it run on?': labels[big] });
  const b = await pick();
  const speed = (s) => Number(/([\d,.]+)\s*tokens\/s/.exec(s)?.[1].replace(/,/g, ''));
  assert.ok(speed(a.facts) > 0 && speed(b.facts) > 0, `both show an estimated speed: "${a.facts}" / "${b.facts}"`);
  assert.match(a.facts, /estimate/);
  assert.notEqual(a.name + a.facts, b.name + b.facts, 'the fit or the speed changed with the device');
  await page.evaluate(() => { document.querySelector('#w').lang = 'zh'; });
  await w.getByRole('heading', { name: 'Qwen 还是 Llama？' }).waitFor();
  await settle(page);
  assert.match(await w.locator('[part=best] .pick.qwen .facts').textContent(), /token\/秒/);
  await page.done();
});
