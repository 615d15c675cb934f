// Issue 12, style isolation, both ways. A hostile host stylesheet (fixtures/iso-hostile.css:
// `* { all: unset }`, html font-size 10px, 40px fonts, line-height 3, letter-spacing, content-box,
// !important colours, a black body) must not change the widget's layout (boxes of key parts,
// relative to the element, against a clean host, within a tolerance), its computed styles, or its
// contrast (text vs the background it is painted on, >= 4.5:1). And the widget must change nothing
// outside its shadow root: the host's sentinel elements keep their computed styles, and
// document.styleSheets / adoptedStyleSheets / <head> are the same with and without the widget.
// Screenshots: tests/e2e/screenshots/iso-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, ready, SHOTS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAGE = '/tests/e2e/fixtures/iso-page.html';
const TOLERANCE_PX = 2;
const MIN_CONTRAST = 4.5;

// Key parts of the widget, as selectors inside its shadow root.
const PARTS = {
  widget: null,
  heading: '.head h2',
  form: '[part=form]',
  'radio (language zh)': 'input[data-q=language][value=zh]',
  'option label': 'label.opt:has(input[data-q=language][value=zh])',
  'device select': 'select[data-q=device]',
  result: '[part=result]',
  verdict: '[part=verdict]',
  'verdict word': '[part=verdict] .big',
  'best picks': '[part=best]',
  'first ranked': '[part=ranked] li',
};
const STYLE_PROPS = ['display', 'font-size', 'font-family', 'line-height', 'letter-spacing', 'word-spacing', 'box-sizing', 'color', 'background-color', 'padding-top', 'border-top-width', 'margin-top'];
// Text whose contrast is checked against the background it is painted on.
const TEXTS = ['.head h2', '.asof', 'legend', 'label.opt span', '.ql', '[part=verdict] .big', '[part=verdict] .summary', '[part=best] h4', '[part=ranked] .nm'];

/** Boxes (relative to the element) and computed styles of the key parts. */
function inspect({ parts, props }) {
  const el = document.querySelector('#w');
  const root = el.shadowRoot;
  const host = el.getBoundingClientRect();
  const out = {};
  for (const [name, sel] of Object.entries(parts)) {
    const n = sel ? root.querySelector(sel) : el;
    if (!n) { out[name] = null; continue; }
    const r = n.getBoundingClientRect();
    const cs = getComputedStyle(n);
    out[name] = {
      box: { x: r.x - host.x, y: r.y - host.y, w: r.width, h: r.height },
      style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])),
    };
  }
  return out;
}

/** Contrast of each text against the first opaque background behind it (composited). */
function contrasts(texts) {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top, below) => top.slice(0, 3).map((v, i) => v * top[3] + below[i] * (1 - top[3])).concat(1);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const parent = (n) => n.parentElement || n.parentNode?.host || (n.assignedSlot ?? null);
  const root = document.querySelector('#w').shadowRoot;
  return texts.map((sel) => {
    const n = root.querySelector(sel);
    if (!n) return { sel, missing: true };
    // Backgrounds from the text's element up to the document, composited bottom-up over white.
    const layers = [];
    for (let x = n; x && x.nodeType === 1; x = parent(x)) layers.push(parse(getComputedStyle(x).backgroundColor));
    let bg = [255, 255, 255, 1];
    for (const l of layers.reverse()) if (l) bg = over(l, bg);
    const fg = over(parse(getComputedStyle(n).color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((p, q) => q - p);
    return { sel, text: n.textContent.trim().slice(0, 24), fg: fg.slice(0, 3).map(Math.round).join(','), bg: bg.slice(0, 3).map(Math.round).join(','), ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
  });
}

/** What the widget could have changed outside its shadow root. */
function outside() {
  const sentinels = [...document.querySelectorAll('[id^=s-]')];
  const styles = {};
  for (const s of sentinels) {
    const cs = getComputedStyle(s);
    styles[s.id] = Object.fromEntries([...cs].map((p) => [p, cs.getPropertyValue(p)]));
  }
  return {
    styles,
    styleSheets: [...document.styleSheets].map((s) => `${s.href || 'inline'} (${s.cssRules.length} rules)`),
    adopted: document.adoptedStyleSheets.length,
    head: [...document.head.children].filter((n) => !(n.localName === 'script' && /qwen-or-llama-define|URLSearchParams/.test(n.src + n.textContent)))
      .map((n) => n.outerHTML),
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    body: [...document.body.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
  };
}

async function load(query) {
  const page = await openPage(browser, `${PAGE}${query}`);
  if (!query.includes('nowidget')) await ready(page, '#w');
  return page;
}

// The host's `*` rules match the <qwen-or-llama> element itself and, being outer-context rules,
// beat its `:host` rule (here `all: unset` makes it display:inline). So the widget keeps its
// fonts, colours, box and container on a frame inside the shadow root (.frame), which host rules
// cannot reach: the layout and contrast inside must be the clean host's.

let pages;
async function pair() {
  if (pages) return pages;
  const clean = await load('');
  const hostile = await load('?hostile');
  await clean.locator('#w').screenshot({ path: `${SHOTS}iso-clean-widget.png` });
  await hostile.locator('#w').screenshot({ path: `${SHOTS}iso-hostile-widget.png` });
  await clean.screenshot({ path: `${SHOTS}iso-clean-page.png` });
  await hostile.screenshot({ path: `${SHOTS}iso-hostile-page.png` });
  pages = { clean, hostile };
  return pages;
}
after(async () => {
  if (!pages) return;
  await pages.clean.done();
  await pages.hostile.done();
});

test('a hostile host stylesheet does not change the widget\'s layout or computed styles', async () => {
  const { clean, hostile } = await pair();
  const a = await clean.evaluate(inspect, { parts: PARTS, props: STYLE_PROPS });
  const b = await hostile.evaluate(inspect, { parts: PARTS, props: STYLE_PROPS });
  const problems = [];
  console.log('  part                 | clean box (x,y,w,h)        | hostile box (x,y,w,h)      | max diff px');
  for (const name of Object.keys(PARTS)) {
    if (!a[name] || !b[name]) { problems.push(`${name}: missing (${!!a[name]}, ${!!b[name]})`); continue; }
    const [p, q] = [a[name].box, b[name].box];
    const diff = Math.max(...['x', 'y', 'w', 'h'].map((k) => Math.abs(p[k] - q[k])));
    const f = (r) => [r.x, r.y, r.w, r.h].map((v) => v.toFixed(0)).join(',').padEnd(26);
    console.log(`  ${name.padEnd(20)} | ${f(p)} | ${f(q)} | ${diff.toFixed(1)}`);
    if (diff > TOLERANCE_PX) problems.push(`${name}: box moved by ${diff.toFixed(1)} px`);
    for (const prop of STYLE_PROPS) {
      // The element itself is in the host's DOM: its own display, box and colours are the host's
      // to style (a host may make it inline-block or hide it); what counts is what is drawn
      // inside it, and its box, compared above.
      if (name === 'widget') continue;
      if (a[name].style[prop] !== b[name].style[prop]) problems.push(`${name}: ${prop} ${a[name].style[prop]} -> ${b[name].style[prop]}`);
    }
  }
  console.log(`  layout/styles: ${problems.length} differences${problems.length ? `:\n    ${problems.slice(0, 25).join('\n    ')}${problems.length > 25 ? '\n    ...' : ''}` : ''}`);
  assert.equal(problems.length, 0, `${problems.length} differences, first: ${problems.slice(0, 5).join('; ')}`);
});

test(`a hostile host stylesheet does not lower the widget's contrast (text vs background >= ${MIN_CONTRAST}:1)`, async () => {
  const { clean, hostile } = await pair();
  const ca = await clean.evaluate(contrasts, TEXTS);
  const cb = await hostile.evaluate(contrasts, TEXTS);
  const problems = [];
  console.log('  text                     | clean fg / bg = ratio              | hostile fg / bg = ratio');
  for (const [i, t] of cb.entries()) {
    const f = (c) => (c.missing ? 'missing' : `${c.fg} / ${c.bg} = ${c.ratio}`).padEnd(34);
    console.log(`  ${t.sel.padEnd(24)} | ${f(ca[i])} | ${f(t)}`);
    if (t.missing || t.ratio < MIN_CONTRAST) problems.push(`hostile ${t.sel}: contrast ${t.ratio ?? 'missing'}`);
  }
  // The clean host is the reference: it must pass whatever the hostile one does.
  assert.deepEqual(ca.filter((c) => c.missing || c.ratio < MIN_CONTRAST), [], 'clean host contrast');
  assert.equal(problems.length, 0, problems.join('; '));
});

for (const [label, query] of [['clean', ''], ['hostile', '?hostile']]) {
  test(`the widget changes nothing outside its shadow root (${label} host)`, async () => {
    const without = await load(query ? `${query}&nowidget` : '?nowidget');
    const withIt = await load(query);
    const x = await without.evaluate(outside);
    const y = await withIt.evaluate(outside);
    await withIt.screenshot({ path: `${SHOTS}iso-${label}-sentinels.png` });
    const changed = [];
    for (const [id, styles] of Object.entries(x.styles)) {
      for (const [p, v] of Object.entries(styles)) if (y.styles[id]?.[p] !== v) changed.push(`#${id} ${p}: ${v} -> ${y.styles[id]?.[p]}`);
    }
    console.log(`  ${label}: ${Object.keys(x.styles).length} sentinels x ${Object.keys(Object.values(x.styles)[0]).length} properties compared, ${changed.length} changed; styleSheets ${JSON.stringify(y.styleSheets)}, adoptedStyleSheets ${y.adopted}`);
    assert.deepEqual(changed, [], 'sentinel computed styles unchanged');
    assert.deepEqual(y.styleSheets, x.styleSheets, 'document.styleSheets unchanged');
    assert.equal(y.adopted, x.adopted, 'document.adoptedStyleSheets unchanged');
    assert.deepEqual(y.head, x.head, '<head> unchanged');
    assert.equal(y.html, x.html, '<html> attributes unchanged');
    assert.equal(y.body, x.body, '<body> attributes unchanged');
    await without.done();
    await withIt.done();
  });
}
