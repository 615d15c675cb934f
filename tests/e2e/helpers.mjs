// Shared helpers for the element's end-to-end tests (headless Debian Chromium via playwright-core).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { launch } from '../../scripts/chromium.mjs';

export const BASE = process.env.E2E_BASE_URL || 'http://127.0.0.1:8000';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
export const AXE_PATH = `${ROOT}node_modules/axe-core/axe.min.js`;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
mkdirSync(SHOTS, { recursive: true });

// Runs before any page script: records the element's events and CSP violations in window.__qol.
function recorder() {
  window.__qol = { events: [], violations: [] };
  for (const name of ['change', 'result', 'error']) {
    document.addEventListener(`qwen-or-llama-${name}`, (e) => {
      window.__qol.events.push({ type: e.type, target: e.target.id || e.target.localName, composed: e.composed, bubbles: e.bubbles, detail: JSON.parse(JSON.stringify(e.detail ?? null)) });
    });
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__qol.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

/**
 * A fresh page that records page errors, console errors and dialogs; `done()` asserts there
 * were none (except console messages matching `allowConsole`) and closes the context.
 * `forcedColors: 'active'` emulates a forced-colours (high-contrast) mode; `deviceScaleFactor: 2`
 * with half the window's width as `viewport` is what a browser zoomed to 200% lays out.
 */
export async function openPage(browser, path, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', allowConsole = null, reducedMotion = 'no-preference', forcedColors = 'none', deviceScaleFactor = 1, setup } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, forcedColors, deviceScaleFactor, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !(allowConsole && allowConsole.test(m.text()))) problems.push(`console.error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(recorder);
  trackRequests(page);
  if (setup) await setup(page);
  await page.goto(BASE + path);
  page.done = async () => {
    const violations = await page.evaluate(() => window.__qol.violations).catch(() => []);
    await context.close();
    assert.deepEqual(problems, [], 'no page errors, console errors or dialogs');
    assert.deepEqual(violations, [], 'no securitypolicyviolation events');
  };
  page.problems = problems;
  return page;
}

/**
 * Scrolls `sel` into view, waits until it shows a verdict and returns its locator. An error box
 * instead fails the test, unless `{ error: true }` asks for one (then the error box is waited for).
 */
export async function ready(page, sel = 'qwen-or-llama', { error = false } = {}) {
  const w = page.locator(sel);
  // The element starts when it nears the viewport (loading="lazy" is the default).
  await w.first().scrollIntoViewIfNeeded();
  await w.locator('[part=verdict]:not([hidden]), .err:not([hidden])').first().waitFor({ timeout: 15000 });
  await settle(page);
  const failed = await w.locator('.err:not([hidden])').count();
  if (failed && !error) assert.fail(`${sel} shows an error instead of a verdict: ${await w.locator('.err').first().textContent()}`);
  if (!failed && error) assert.fail(`${sel} shows a verdict, not the error the test expects`);
  if (!failed) assert.match(await w.locator('[part=verdict] .big').first().textContent(), /\S/, `${sel}: the verdict has a word`);
  return w;
}

/** Requests in flight on each page `openPage` opened, for `quiet`. */
const inFlight = new WeakMap();
function trackRequests(page) {
  const state = { n: 0 };
  inFlight.set(page, state);
  page.on('request', () => { state.n++; });
  const done = () => { state.n--; };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Two idle periods (the element's deferred work runs in one) and a frame. */
const idleAndFrame = (page) => page.evaluate(() => new Promise((r) =>
  requestIdleCallback(() => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(r, 0))))));

/**
 * Waits until the page is quiet: no request in flight, and then nothing new after the element's
 * deferred work and a frame. What a test checks for absence (a second event, a retry, an
 * injected handler, an image error, a late request) would have come by then. A condition, not
 * a fixed sleep: on a loaded machine it waits longer, on an idle one it returns at once.
 */
export async function quiet(page, { timeout = 20000 } = {}) {
  const state = inFlight.get(page) ?? { n: 0 };
  const end = Date.now() + timeout;
  for (;;) {
    await idleAndFrame(page);
    if (state.n <= 0) {
      await idleAndFrame(page);
      if (state.n <= 0) return;
    }
    if (Date.now() > end) throw new Error(`the page is not quiet after ${timeout} ms: ${state.n} requests in flight`);
    await new Promise((r) => setTimeout(r, 25)); // polling interval while requests are in flight
  }
}

/** Lets queued microtasks and a frame pass, so a batched render has happened. */
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

export const events = (page, type) => page.evaluate((t) => window.__qol.events.filter((e) => !t || e.type === t), type);
export const clearEvents = (page) => page.evaluate(() => { window.__qol.events.length = 0; });

/** What the widget shows: verdict word, summary, best picks' names, ranked names. */
export async function shown(w) {
  const text = async (l) => ((await l.count()) ? (await l.first().textContent()).trim() : null);
  return {
    verdict: await text(w.locator('[part=verdict] .big')),
    summary: await text(w.locator('[part=verdict] .summary')),
    bestQwen: await text(w.locator('[part=best] .pick.qwen h4')),
    bestLlama: await text(w.locator('[part=best] .pick.llama h4')),
    ranked: (await w.locator('[part=ranked] .nm').allTextContents()).map((s) => s.trim()),
    status: await w.locator('[role=status]').textContent(),
  };
}

/**
 * Answers the questionnaire the way a reader does: clicks on the option labels, and the
 * keyboard (focus, then arrow keys) for the drop-down lists. `labels` maps a question's visible
 * label to the option label(s) wanted; for a yes/no question, true or false.
 */
export async function answer(page, w, labels) {
  for (const [question, want] of Object.entries(labels)) {
    await unfold(w, question);
    const group = w.getByRole('group', { name: question, exact: true });
    if (await group.count()) {
      const boxes = group.getByRole('checkbox');
      if (await boxes.count()) {
        const wanted = new Set([want].flat());
        for (const box of await boxes.all()) {
          const name = (await box.evaluate((i) => i.closest('label').textContent)).trim();
          if ((await box.isChecked()) !== wanted.has(name)) await box.locator('..').click();
        }
      } else {
        await group.locator('label').filter({ hasText: new RegExp(`^${escape(want)}$`) }).click();
      }
    } else if (typeof want === 'boolean') {
      const box = w.getByRole('checkbox', { name: question, exact: true });
      if ((await box.isChecked()) !== want) await box.click();
    } else {
      await chooseByKeyboard(page, w.getByRole('combobox', { name: question, exact: true }), want);
    }
    await settle(page);
  }
}

// A question folded under "More options" is reached the way a reader reaches it: by opening the fold.
async function unfold(w, question) {
  const any = () => Promise.all([w.getByRole('group', { name: question, exact: true }).count(),
    w.getByRole('checkbox', { name: question, exact: true }).count(), w.getByRole('combobox', { name: question, exact: true }).count()]);
  if ((await any()).some(Boolean)) return;
  const more = w.locator('details.more');
  if ((await more.count()) && !(await more.evaluate((d) => d.open))) await more.locator('summary').click();
}

async function chooseByKeyboard(page, select, label) {
  const { from, to } = await select.evaluate((s, l) => ({
    from: s.selectedIndex, to: [...s.options].findIndex((o) => o.textContent === l),
  }), label);
  assert.ok(to >= 0, `option ${label} exists`);
  await select.focus();
  for (let i = from; i !== to; i += Math.sign(to - from)) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  assert.equal(await select.evaluate((s) => s.options[s.selectedIndex].textContent), label);
}

const escape = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a sighted keyboard user sees of the focused element (followed into shadow roots), or null
 * when nothing but the body has focus: `name` (for messages), `host` (the id of the outermost
 * shadow host, or null), `ring` (the width in px of its focus indicator: a non-none outline, or
 * the larger of a box-shadow's blur and spread; for a radio or checkbox inside a <label> whose
 * own outline is none, the label's, where such rings are drawn), `inView` (inside the viewport
 * and every clipping scroll container), `hit` (the topmost element at its centre, or at the
 * centre of one of its line boxes, is it or inside it) and `under` (the names of the sticky or
 * fixed boxes, neither its ancestors nor inside it, that overlap it).
 */
export const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  let host = null;
  while (a?.shadowRoot?.activeElement) {
    host ??= a.id || a.localName;
    a = a.shadowRoot.activeElement;
  }
  if (!a || a === document.body) return null;
  const px = (s) => (s.match(/-?[\d.]+px/g) || []).map(parseFloat);
  const ringOf = (el) => {
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) || 0 : 0;
    // "<color> x y blur spread", one per shadow: the blur and spread of each.
    const shadow = cs.boxShadow === 'none' ? 0 : Math.max(0, ...cs.boxShadow.split(/,(?![^(]*\))/).map((one) => {
      const [, , blur = 0, spread = 0] = px(one);
      return Math.max(blur, spread);
    }));
    return Math.max(outline, shadow);
  };
  let ringEl = a;
  const label = a.closest('label');
  if (a.matches('input[type=radio], input[type=checkbox]') && label && ringOf(a) === 0) ringEl = label;
  const r = ringEl.getBoundingClientRect();
  let inView = r.width > 0 && r.height > 0 && r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
  const parent = (n) => n.parentElement || n.getRootNode().host || null;
  for (let p = parent(ringEl); p && inView; p = parent(p)) {
    if (!/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) continue;
    const c = p.getBoundingClientRect();
    if (p !== document.documentElement && p !== document.body) inView = r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5;
  }
  // The topmost element at the centre (of each line box, for a link that wraps), followed into
  // shadow roots.
  const within = (n, anc) => { for (let x = n; x; x = parent(x)) if (x === anc) return true; return false; };
  const topAt = (cx, cy) => {
    let top = document.elementFromPoint(cx, cy);
    while (top?.shadowRoot) {
      const inner = top.shadowRoot.elementFromPoint(cx, cy);
      if (!inner || inner === top) break;
      top = inner;
    }
    return top;
  };
  const hit = [...ringEl.getClientRects()].some((b) => within(topAt(b.left + b.width / 2, b.top + b.height / 2), ringEl));
  // Sticky and fixed boxes in the document and in the focused element's shadow root.
  const scopes = [document, ...(a.getRootNode() !== document ? [a.getRootNode()] : [])];
  const under = [];
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll('*')) {
      if (within(a, el) || within(el, a)) continue;
      if (!/^(fixed|sticky)$/.test(getComputedStyle(el).position)) continue;
      const b = el.getBoundingClientRect();
      if (b.width && b.height && b.top < r.bottom - 0.5 && b.bottom > r.top + 0.5 && b.left < r.right - 0.5 && b.right > r.left + 0.5) {
        under.push(el.id || el.getAttribute('part') || el.className || el.localName);
      }
    }
  }
  const name = `${a.localName}${a.id ? `#${a.id}` : ''}${a.dataset?.q ? `[${a.dataset.q}=${a.value}]` : ''}${a.getAttribute('part') ? `[part=${a.getAttribute('part')}]` : ''} "${(ringEl.textContent || '').trim().slice(0, 40)}"`;
  return { name, host, ring: ringOf(ringEl), inView, hit, under, top: r.top, bottom: r.bottom };
});

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA) on `selector` and returns the violations (`targets`: every
 * node's axe selector, JSON, through shadow roots); `skip`: rule ids left out.
 */
export async function axe(page, selector = 'qwen-or-llama', { skip = [] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async ({ selector, tags, skip }) => {
    const nodes = document.querySelectorAll(selector);
    if (!nodes.length) throw new Error(`axe: nothing matches ${selector}`);
    const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    // One run over every match (axe builds its tree of the page once per run).
    const r = await window.axe.run(nodes, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((x) => JSON.stringify(x.target)) }));
  }, { selector, tags: AXE_TAGS, skip });
}
