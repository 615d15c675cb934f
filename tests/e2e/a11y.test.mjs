// Accessibility and looks: axe-core (WCAG 2.0–2.2 A/AA) in every state we screenshot, at 320,
// 375, 768 and 1280 px, light and dark, English and Chinese (with the summary bar where it
// shows); one widget walked through its states (initial, partly answered, summary bar, result
// with every section open, error box) at 375 px light and dark, at 200% zoom and in forced
// colours; the fallback before the module starts and when it fails; keyboard-only completion
// with a visible, unobscured focus indicator at every stop and one announcement per change.
// Canaries prove axe and the focus check report what they should.
// Screenshots go to tests/e2e/screenshots/ (not committed).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SHOTS, answer, axe, focused, launch, openPage, ready, settle } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The tests are independent (a page and a context each): two at a time, so axe in one page
// overlaps the other's rendering and waits.
describe('accessibility', { concurrency: 2 }, () => {

  const fmt = (v) => v.map((x) => `${x.id} (${x.impact}): ${x.help} ${x.targets.slice(0, 5).join(' ')}${x.targets.length > 5 ? ` (+${x.targets.length - 5})` : ''}`).join('\n');

  /**
   * axe's violations on `selector`, less one known false positive: axe-core treats a sticky box as
   * if it sat where it is now drawn (dequelabs/axe-core#3720, open), so a 16-px radio or checkbox
   * that the stuck summary bar's button partly covers fails target-size's spacing test, as under
   * any sticky footer (scrolling uncovers it, and focus never lands under the bar: the keyboard
   * tests below check that). Only target-size nodes that the shown bar of their own widget really
   * overlaps are left out; anything else, target-size elsewhere included, is returned.
   */
  async function axeClean(page, selector) {
    const v = await axe(page, selector);
    const out = [];
    for (const x of v) {
      if (x.id !== 'target-size') {
        out.push(x);
        continue;
      }
      const left = await page.evaluate((targets) => targets.filter((t) => {
        // Follow axe's selector path through shadow roots.
        let scope = document;
        let node = null;
        for (const sel of JSON.parse(t).flat()) {
          node = scope.querySelector(sel);
          if (!node) return true;
          scope = node.shadowRoot || scope;
        }
        const bar = node.getRootNode().querySelector?.('[part=summary-bar]');
        if (!bar || bar.hidden || getComputedStyle(bar).display === 'none') return true;
        const b = bar.getBoundingClientRect();
        const r = node.getBoundingClientRect();
        return !(b.top < r.bottom && b.bottom > r.top && b.left < r.right && b.right > r.left);
      }), x.targets);
      if (left.length) out.push({ ...x, targets: left });
    }
    return out;
  }

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
          // Every rule, target-size too, less the options the stuck bar covers (see axeClean).
          v = await axeClean(page, id);
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

  for (const [name, route] of [['answers 404', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })], ['is blocked', (r) => r.abort()]]) {
    test(`the fallback shown when the .wasm ${name} passes axe`, async () => {
      const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
        allowConsole: /Failed to load resource/,
        setup: (p) => p.route('**/*.wasm', route),
      });
      await page.waitForFunction(() => window.__qol.events.some((e) => e.type === 'qwen-or-llama-error'));
      assert.ok(await page.locator('#fallback').isVisible(), 'the fallback is shown');
      const v = await axe(page, 'body');
      assert.equal(v.length, 0, fmt(v));
      await page.done();
    });
  }

  test('the fallback shown while the module loads passes axe, light and dark; then the widget starts', async () => {
    for (const colorScheme of ['light', 'dark']) {
      // The .wasm is held until axe has run: the element has started and shows its fallback.
      let release, asked;
      const held = new Promise((r) => { release = r; });
      const requested = new Promise((r) => { asked = r; });
      const page = await openPage(browser, '/tests/e2e/fixtures/single.html', {
        colorScheme,
        setup: (p) => p.route('**/*.wasm', async (route) => { asked(); await held; await route.continue(); }),
      });
      await requested;
      assert.ok(await page.locator('#fallback').isVisible(), 'the fallback is shown');
      assert.equal(await page.locator('#w form').count(), 0, 'not started yet');
      const v = await axe(page, 'body');
      assert.equal(v.length, 0, `${colorScheme}:\n${fmt(v)}`);
      release();
      await ready(page, '#w');
      await page.done();
    }
  });

  test('canary: axe reports an image without alt, in the page and inside an open shadow root', async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/canary.html');
    await page.waitForFunction(() => customElements.get('canary-box'));
    const v = await axe(page, 'body');
    const alt = v.find((x) => x.id === 'image-alt');
    assert.ok(alt, `image-alt reported; got ${fmt(v)}`);
    assert.ok(alt.targets.includes('["img"]'), 'the light-DOM image');
    assert.ok(alt.targets.some((t) => t.includes('#shadow')), 'the image in the shadow root');
    // The same through a selector with several matches (one axe run over all of them).
    const both = (await axe(page, '#light, #shadow')).find((x) => x.id === 'image-alt');
    assert.equal(both?.targets.length, 2, `both images reported; got ${fmt(v)}`);
    await page.done();
  });

  // One widget through its states, in the conditions a reader may bring: a phone in light and dark,
  // a 1280-px window zoomed to 200% (a 640-px CSS viewport at device scale 2) and forced colours.
  const CONDITIONS = [
    { name: '375 px, light', viewport: { width: 375, height: 740 } },
    { name: '375 px, dark', viewport: { width: 375, height: 740 }, colorScheme: 'dark' },
    { name: '200% zoom (1280 × 900 window: 640 × 450 CSS px at device scale 2)', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
    { name: 'forced colours, 1280 px', viewport: { width: 1280, height: 800 }, forcedColors: 'active' },
  ];

  /** Waits until the what-if analysis is on screen (it fills in once the reader pauses). */
  const whatIfDone = (page) => page.waitForFunction(() => !document.querySelector('#w').shadowRoot.querySelector('[part=whatif][aria-busy=true]'));

  for (const c of CONDITIONS) {
    test(`one widget at ${c.name}: axe finds nothing initially, partly answered, with the summary bar, with the whole result open, and with the error box`, async () => {
      const page = await openPage(browser, '/tests/e2e/fixtures/single.html', c);
      const w = await ready(page, '#w');
      const clean = async (state) => {
        const v = await axeClean(page, 'body');
        assert.equal(v.length, 0, `axe, ${state}:\n${fmt(v)}`);
      };
      await clean('initial');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scroll');
      await answer(page, w, { 'Main language of your users and content': 'Chinese', 'What should the model do?': ['Chat and assistants', 'Code'] });
      await clean('partly answered');
      // Mid-questionnaire: in one column the summary bar is stuck to the bottom edge.
      const oneColumn = await w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part=summary-bar]')).display !== 'none');
      assert.equal(oneColumn, c.viewport.width < 760 + 40, 'one column (with the summary bar) below 760 px of widget width');
      if (oneColumn) {
        await w.evaluate((el) => {
          const q = el.shadowRoot.querySelectorAll('form .q:not([hidden])')[3];
          window.scrollTo(0, scrollY + q.getBoundingClientRect().top - 40);
        });
        await settle(page);
        const bar = await w.evaluate((el) => el.shadowRoot.querySelector('[part=summary-bar]').getBoundingClientRect().bottom);
        assert.ok(Math.abs(bar - c.viewport.height) < 1, `the summary bar sits at the bottom edge (${bar})`);
        await clean('summary bar shown');
      }
      // The result, with every folded section and the first breakdown open, the what-if filled in.
      await w.locator('[part=verdict]').scrollIntoViewIfNeeded();
      await w.evaluate((el) => {
        for (const d of el.shadowRoot.querySelectorAll('details.sec, details.more')) d.open = true;
        el.shadowRoot.querySelector('[part=ranked] details').open = true;
      });
      await whatIfDone(page);
      await settle(page);
      await clean('result shown, every section open');
      // A custom catalog the core rejects: the error box instead of a result.
      await page.evaluate(async () => {
        const api = await import('/pkg/index.js');
        const models = api.catalog().models;
        models[0].sources = ['javascript:alert(1)'];
        document.querySelector('#w').catalog = models;
      });
      await ready(page, '#w', { error: true });
      assert.match(await w.locator('[role=status]').textContent(), /^No recommendation/);
      await clean('error box');
      await page.evaluate(() => { document.querySelector('#w').catalog = null; });
      await ready(page, '#w');
      await page.done();
    });
  }

  /**
   * Tabs from the top of the page through every control of `#w` to the end of its result, answering
   * on the way with the keyboard (arrow keys in radio groups and lists, Space on a checkbox, Enter
   * on "More options" and on the summary bar), and returns what went wrong: stops without a visible
   * focus indicator of 2px or more, out of view or under a sticky or fixed box, and status-region
   * announcements not matched by a committed change. `stops`: the names of the stops, in order.
   */
  async function keyboardPass(page, w) {
    await w.evaluate((el) => {
      const status = el.shadowRoot.querySelector('[role=status]');
      window.__announced = [];
      new MutationObserver(() => window.__announced.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const counts = () => page.evaluate(() => ({ said: window.__announced.length, changes: window.__qol.events.filter((e) => e.type === 'qwen-or-llama-change').length }));
    const problems = [];
    const stops = [];
    const done = new Set();
    const press = async (key, why) => {
      const before = await counts();
      await page.keyboard.press(key);
      await settle(page);
      const after = await counts();
      const said = after.said - before.said;
      const changes = after.changes - before.changes;
      if (said > changes) problems.push(`${why}: ${key} made ${said} announcements for ${changes} changes`);
      return changes;
    };
    await page.evaluate(() => window.scrollTo(0, 0));
    await press('Tab', 'from the top');
    let changes = 0;
    for (let i = 0; i < 200; i++) {
      const f = await focused(page);
      if (!f || f.host !== 'w') break;
      stops.push(f.name);
      if (f.ring < 2) problems.push(`${f.name}: focus indicator ${f.ring}px`);
      if (!f.inView) problems.push(`${f.name}: not in view (${f.top}–${f.bottom})`);
      if (f.under.length) problems.push(`${f.name}: under ${f.under.join(', ')} (${f.top}–${f.bottom})`);
      else if (f.inView && !f.hit) problems.push(`${f.name}: something else is drawn over its centre`);
      // Answer on the way, once per control kind.
      const q = /\[(\w+)=/.exec(f.name)?.[1];
      const key = f.name.startsWith('summary') && /More options/.test(f.name) ? 'more'
        : f.name.includes('[part=summary-bar]') || f.name.startsWith('button') ? 'bar' : q;
      if (key && !done.has(key)) {
        done.add(key);
        if (key === 'language' || key === 'priority') changes += await press('ArrowRight', f.name);
        else if (key === 'tasks' && f.name.includes('=chat]')) done.delete(key);
        else if (key === 'tasks') changes += await press('Space', f.name);
        else if (key === 'contextTokens') {
          // A number list: keys typed in a row pick one option (type-ahead); each pick is one
          // committed change and one announcement at most.
          const before = await counts();
          await page.keyboard.type('12');
          await settle(page);
          const after = await counts();
          changes += after.changes - before.changes;
          if (after.said - before.said > after.changes - before.changes) problems.push(`typing 12 in ${f.name}: ${after.said - before.said} announcements for ${after.changes - before.changes} changes`);
        } else if (key === 'device') changes += await press('ArrowDown', f.name);
        else if (key === 'more') {
          if (!(await w.evaluate((el) => el.shadowRoot.querySelector('details.more').open))) await press('Enter', f.name);
        } else if (key === 'bar') {
          // The bar takes the reader to the result: the verdict has focus (and a ring).
          await press('Enter', f.name);
          const v = await focused(page);
          stops.push(v?.name);
          if (!v?.name.includes('[part=verdict]')) problems.push(`Enter on the summary bar focused ${v?.name}, not the verdict`);
          else if (v.ring < 2) problems.push(`${v.name}: focus indicator ${v.ring}px`);
          await page.waitForFunction(() => { const r = document.querySelector('#w').shadowRoot.querySelector('[part=verdict]').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2; });
        }
      }
      if ((await press('Tab', f.name)) !== 0) problems.push(`Tab from ${f.name} changed an answer`);
    }
    const announced = await page.evaluate(() => window.__announced);
    for (let i = 1; i < announced.length; i++) if (announced[i] === announced[i - 1]) problems.push(`announcement ${i} repeats the one before: ${announced[i]}`);
    return { problems, stops, changes, announced };
  }

  for (const c of [CONDITIONS[0], CONDITIONS[2], CONDITIONS[3]]) {
    test(`keyboard only at ${c.name}: every stop has a visible, unobscured focus ring; the result is announced once per change`, async () => {
      const page = await openPage(browser, '/tests/e2e/fixtures/single.html', c);
      const w = await ready(page, '#w');
      // Every answer is a radio, a checkbox or a list: nothing is typed into a text or number field.
      assert.equal(await w.locator('form input:not([type=radio]):not([type=checkbox]), form textarea').count(), 0);
      const { problems, stops, changes, announced } = await keyboardPass(page, w);
      assert.deepEqual(problems, [], `stops: ${stops.join(' | ')}`);
      assert.ok(stops.some((s) => s.includes('[distill=')), 'reached the questions under "More options"');
      assert.ok(stops.some((s) => /^summary "1\./.test(s)), `reached the ranking: ${stops.join(' | ')}`);
      assert.ok(changes >= 4, `answered by keyboard (${changes} changes)`);
      assert.ok(announced.length >= 1 && announced.length <= changes, `${announced.length} announcements for ${changes} changes`);
      await page.done();
    });
  }

  test('canary: the focus check flags a missing ring, a 1px ring and a control under a fixed footer, and passes a good one', async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/a11y-focus-canary.html', { viewport: { width: 800, height: 600 } });
    const seen = {};
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      seen[/#(\w+)/.exec(f.name)[1]] = f;
    }
    assert.deepEqual(Object.keys(seen), ['good', 'ringless', 'thin', 'glow', 'buried']);
    assert.ok(seen.good.ring >= 2 && seen.good.inView && seen.good.hit && !seen.good.under.length, JSON.stringify(seen.good));
    assert.equal(seen.ringless.ring, 0);
    assert.equal(seen.thin.ring, 1);
    assert.equal(seen.glow.ring, 3, 'a box-shadow ring counts');
    assert.ok(seen.buried.ring >= 2);
    assert.deepEqual(seen.buried.under, ['FOOTER'.toLowerCase()], JSON.stringify(seen.buried));
    assert.equal(seen.buried.hit, false);
    await page.done();
  });
});
