// Accessibility and looks: axe-core (WCAG 2.0–2.2 A/AA) in every state we screenshot, at 320,
// 375, 768 and 1280 px, light and dark, English and Chinese (with the summary bar where it
// shows); a canary proves axe reports what it should.
// Screenshots go to tests/e2e/screenshots/ (not committed).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SHOTS, axe, launch, openPage, ready, settle } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const fmt = (v) => v.map((x) => `${x.id} (${x.impact}): ${x.help} ${x.targets.join(' ')}`).join('\n');

for (const width of [320, 375, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test(`demo page at ${width}px, ${scheme}: axe finds nothing; screenshots in English and Chinese`, async () => {
      const page = await openPage(browser, '/www/', { viewport: { width, height: 900 }, colorScheme: scheme });
      for (const id of ['#main-widget', '#zh-widget', '#dark-widget', '#brand-widget']) await ready(page, id);
      let v = await axe(page, 'body');
      assert.equal(v.length, 0, `axe, initial state:\n${fmt(v)}`);
      // Open a breakdown in each instance and every folded section, then check again.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('qwen-or-llama')) {
          el.shadowRoot.querySelector('[part=ranked] details')?.setAttribute('open', '');
          for (const d of el.shadowRoot.querySelectorAll('details.sec')) d.open = true;
        }
      });
      v = await axe(page, 'qwen-or-llama');
      assert.equal(v.length, 0, `axe, sections open:\n${fmt(v)}`);
      // No horizontal scrolling at any width.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scroll');
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('qwen-or-llama')) for (const d of el.shadowRoot.querySelectorAll('details.sec')) d.open = false;
      });
      await settle(page);
      await page.locator('#main-widget').screenshot({ path: `${SHOTS}${width}-${scheme}-en.png` });
      await page.locator('#zh-widget').screenshot({ path: `${SHOTS}${width}-${scheme}-zh.png` });
      // What a reader sees mid-questionnaire: in one column the summary bar at the bottom edge,
      // in two the sticky result column; English and Chinese.
      for (const id of ['#main-widget', '#zh-widget']) {
        await page.evaluate((id) => {
          const q = document.querySelector(id).shadowRoot.querySelectorAll('form .q:not([hidden])')[3];
          window.scrollTo(0, scrollY + q.getBoundingClientRect().top - 40);
        }, id);
        await settle(page);
        const bar = await page.locator(`${id} [part=summary-bar]`).evaluate((b) => ({ shown: getComputedStyle(b).display !== 'none', bottom: b.getBoundingClientRect().bottom }));
        if (width < 760) assert.ok(bar.shown && Math.abs(bar.bottom - 900) < 1, `${id}: the summary bar sits at the bottom edge (${bar.bottom})`);
        // Without target-size here: options that have scrolled under the sticky bar count as
        // obscured targets for axe, as under any sticky footer. The initial and open states
        // above run it in full, and reader.test.mjs checks that focus never lands under the bar.
        v = await axe(page, id, { skip: ['target-size'] });
        assert.equal(v.length, 0, `axe, mid-questionnaire (${id}):\n${fmt(v)}`);
        await page.screenshot({ path: `${SHOTS}${width}-${scheme}-${id === '#main-widget' ? 'en' : 'zh'}-answering.png` });
      }
      if (width === 375) {
        // The answer as a phone reader sees it: the verdict and the two best picks.
        const top = await page.locator('#zh-widget [part=verdict]').boundingBox();
        const best = await page.locator('#zh-widget [part=best]').boundingBox();
        const scrollY = await page.evaluate(() => window.scrollY);
        await page.screenshot({ path: `${SHOTS}${width}-${scheme}-zh-result.png`, fullPage: true,
          clip: { x: 0, y: scrollY + top.y - 16, width, height: best.y + best.height - top.y + 32 } });
      }
      if (width === 1280) await page.screenshot({ path: `${SHOTS}${width}-${scheme}-page.png`, fullPage: true });
      await page.done();
    });
  }
}

test('at 320px: no horizontal scroll, targets at least 24px, reduced motion has no transitions', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', { viewport: { width: 320, height: 800 }, reducedMotion: 'reduce' });
  const w = await ready(page, '#w');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scroll');
  const small = await w.evaluate((el) => [...el.shadowRoot.querySelectorAll('label.opt, select, summary')]
    .filter((t) => t.offsetParent !== null)
    .map((t) => [t.textContent.trim().slice(0, 30), t.getBoundingClientRect().height])
    .filter(([, h]) => h < 24));
  assert.deepEqual(small, [], 'every target is at least 24px high');
  const bar = w.locator('[part=best] .bar > i').first();
  assert.match(await bar.evaluate((e) => getComputedStyle(e).transitionDuration), /^0s$/);
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
  const v = await axe(page);
  assert.equal(v.length, 0, fmt(v));
  await page.screenshot({ path: `${SHOTS}320-light-en-fixture.png`, fullPage: true });
  await page.done();
});

test('the fallback shown when the wasm is blocked passes axe', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
    allowConsole: /Failed to load resource: net::ERR_FAILED/,
    setup: (p) => p.route('**/*.wasm', (r) => r.abort()),
  });
  await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-error'));
  const v = await axe(page, 'body');
  assert.equal(v.length, 0, fmt(v));
  await page.done();
});

test('canary: axe reports an image without alt, in the page and inside an open shadow root', async () => {
  const page = await openPage(browser, '/tests/e2e/fixtures/canary.html');
  await page.waitForFunction(() => customElements.get('canary-box'));
  const v = await axe(page, 'body');
  const alt = v.find((x) => x.id === 'image-alt');
  assert.ok(alt, `image-alt reported; got ${fmt(v)}`);
  assert.ok(alt.targets.includes('["img"]'), 'the light-DOM image');
  assert.ok(alt.targets.some((t) => t.includes('#shadow')), 'the image in the shadow root');
  await page.done();
});
