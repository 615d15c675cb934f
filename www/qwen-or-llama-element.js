// The <qwen-or-llama> element class: attributes, properties, lifecycle, events and when to compute.
// Importing this module has no side effects: it defines nothing (see qwen-or-llama-define.js) and
// touches no DOM global until an element is created. Rendering lives in qwen-or-llama-form.js and
// qwen-or-llama-result.js, styles in qwen-or-llama-styles.js, UI strings in qwen-or-llama-strings.js.
import { ready, recover, questions, recommend } from './index.js';
import { h } from './qwen-or-llama-dom.js';
import { Form } from './qwen-or-llama-form.js';
import { ResultView } from './qwen-or-llama-result.js';
import { STRINGS } from './qwen-or-llama-strings.js';
import { styles } from './qwen-or-llama-styles.js';

const event = (el, name, detail) => el.dispatchEvent(new CustomEvent(`qwen-or-llama-${name}`, { bubbles: true, composed: true, detail }));
const SHARE_KEY = 'qol=';
// Start when the element is within about one viewport of being seen.
const NEAR = '100% 0px 100% 0px';
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'touchstart'];
// The what-if analysis runs once the reader pauses (or at once when its section is opened).
const idle = (fn) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 400 }) : setTimeout(fn, 50));
// After the next paint (a frame, then a task); at once in a hidden page, where frames do not come.
const afterPaint = (fn) => (document.hidden || typeof requestAnimationFrame !== 'function'
  ? setTimeout(fn, 0) : requestAnimationFrame(() => setTimeout(fn, 0)));
const cancelIdle = (id) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id));

// The module trapped (a `crashed` error): the element re-instantiates it once (recover()).
const crashed = (e) => e instanceof Error && e.code === 'crashed';
// The elements showing a widget, told when the module stops for good: each shows its fallback.
const live = new Set();

// On a server (SSR, Node) there is no HTMLElement: the module still loads, and define() does nothing.
const Base = globalThis.HTMLElement ?? class {};

/**
 * The Qwen-or-Llama selector: the questionnaire and the recommendation, with reasons and
 * sources, in one open shadow root. Light-DOM children are the fallback, shown until the
 * WebAssembly core is ready or if it cannot load. This comment is the declaration the generated
 * custom-elements.json reads (scripts/build.sh runs the analyzer); a test checks it against the
 * code (events dispatched, parts rendered, CSS properties used) and the README.
 *
 * @tag qwen-or-llama
 * @summary Which Qwen or Llama model fits you, with reasons you can check.
 * @attr {string} lang - `en` or `zh`; else the nearest `lang` ancestor, else the browser's language. Live.
 * @attr {"light"|"dark"|"auto"} theme - Colour scheme; `auto` (default) follows `prefers-color-scheme`.
 * @attr {string} answers - A JSON preset of answers, e.g. `{"language":"zh","device":"m4-pro-48gb"}`.
 * @attr {string} hide - Question ids to hide (space-separated) when the host fixes them.
 * @attr {boolean} compact - A denser, one-column layout.
 * @attr {boolean} share - Keep the answers in the URL fragment so a reader can share a result.
 * @attr {string} catalog-src - URL of a custom catalog (JSON), validated by the core.
 * @attr {"lazy"|"eager"} loading - `lazy` (default): fetch the module when the element nears the viewport or is touched; `eager`: at once.
 * @slot - Fallback content, shown until the module is ready or if it cannot load.
 * @fires {CustomEvent<Answers>} qwen-or-llama-change - The reader changed an answer; `detail` is the answers.
 * @fires {CustomEvent<QwenOrLlamaResultDetail>} qwen-or-llama-result - A recommendation is on screen; `detail` is `{ verdict, summary, top, bestQwen, bestLlama, result }`.
 * @fires {CustomEvent<QwenOrLlamaErrorDetail>} qwen-or-llama-error - The module, a preset or a custom catalog failed; `detail` is `{ code, message, path }`.
 * @csspart form - The questionnaire.
 * @csspart more - The "More options" fold.
 * @csspart result - The result column.
 * @csspart verdict - The verdict card.
 * @csspart best - The best Qwen and best Llama cards.
 * @csspart summary-bar - The sticky summary bar of narrow layouts.
 * @csspart ranked - The ranking.
 * @csspart excluded - The models ruled out, with reasons.
 * @csspart whatif - What would change the answer.
 * @csspart sources - The sources of the facts shown.
 * @csspart corrections - Corrections to the article the questionnaire grew from.
 * @csspart notes - Notes on the data.
 * @csspart fallback - The fallback box around the slotted content.
 * @cssprop --qol-accent - Accent colour (links, focus, buttons).
 * @cssprop --qol-bg - Background colour.
 * @cssprop --qol-fg - Text colour.
 * @cssprop --qol-muted - Secondary text colour.
 * @cssprop --qol-qwen - The Qwen family's colour.
 * @cssprop --qol-llama - The Llama family's colour.
 * @cssprop --qol-radius - Corner radius.
 * @cssprop --qol-font - Font family.
 * @cssprop --qol-space - Base spacing.
 * @cssprop --qol-sticky-top - Offset of the sticky result column under a fixed header.
 * @cssprop --qol-sticky-bottom - Offset of the summary bar above a fixed footer.
 * @cssprop --qol-reserve - Height the fallback reserves before the widget starts (set it if you hide questions).
 */
export class QwenOrLlamaElement extends Base {
  static observedAttributes = ['lang', 'theme', 'answers', 'hide', 'compact', 'share', 'catalog-src', 'loading'];

  /** Registers the element as `tag` (default `qwen-or-llama`) unless the tag is taken; does nothing without a registry (on a server). */
  static define(tag = 'qwen-or-llama', registry = globalThis.customElements) {
    if (registry && !registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #root;
  #frame;
  #status;
  #fallback;
  #body = null;
  #head = null;
  #asOf = null;
  #form = null;
  #view = null;
  #qs = null;
  #qsLang = null;
  #answers = {};
  #catalog = null;
  #state = 'idle'; // idle | loading | ready | recovering | failed
  #queued = false;
  #result = null;
  #observer = null;
  #whatIfTask = null;
  #whatIfFor = null;
  #detailsTask = null;
  #detailsFor = null;
  #wake = () => this.#start();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#status = h('div', { role: 'status', class: 'sr' });
    this.#fallback = h('div', { class: 'fb', part: 'fallback' }, h('slot', {}, h('p', { class: 'small' })));
    // One frame holds everything and carries the widget's own fonts, colours and box: a host
    // rule such as `* { all: unset }` reaches the host element (outer rules beat :host) but not
    // this element inside the shadow root.
    this.#frame = h('div', { class: 'frame' }, this.#status, this.#fallback);
    this.#root.append(this.#frame);
  }

  /** @type {"light"|"dark"|"auto"} Colour scheme (mirrors `theme`). */
  get theme() {
    const t = this.getAttribute('theme');
    return t === 'light' || t === 'dark' ? t : 'auto';
  }
  set theme(v) { this.setAttribute('theme', v); }
  /** @type {boolean} A denser layout (mirrors `compact`). */
  get compact() { return this.hasAttribute('compact'); }
  set compact(v) { this.toggleAttribute('compact', !!v); }
  /** @type {boolean} Keep the answers in the URL fragment (mirrors `share`). */
  get share() { return this.hasAttribute('share'); }
  set share(v) { this.toggleAttribute('share', !!v); }
  /** @type {string} Question ids to hide, space-separated; an array is accepted when setting (mirrors `hide`). */
  get hide() { return this.getAttribute('hide') || ''; }
  set hide(v) { this.setAttribute('hide', Array.isArray(v) ? v.join(' ') : v); }
  /** @type {string} URL of a custom catalog (mirrors `catalog-src`). */
  get catalogSrc() { return this.getAttribute('catalog-src') || ''; }
  set catalogSrc(v) { this.setAttribute('catalog-src', v); }
  /** @type {"lazy"|"eager"} `lazy` (default: start when near the viewport or touched) or `eager` (start at once). */
  get loading() { return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy'; }
  set loading(v) { this.setAttribute('loading', v); }
  /** @type {Answers} The current answers (a copy); setting it (object or JSON text) replaces them. */
  get answers() { return this.#effective(false); }
  set answers(v) { this.setAttribute('answers', typeof v === 'string' ? v : JSON.stringify(v)); }
  /** @type {CatalogInput|null} A custom catalog (the shape of `catalog()`, or an array of models), or null for the built-in one. */
  get catalog() { return this.#catalog; }
  set catalog(v) {
    this.#catalog = v ?? null;
    this.#schedule();
  }
  /** @type {Recommendation|null} The last recommendation (the core's JSON), or null. Its `whatIf` fills in once the reader pauses. Read-only. */
  get result() { return this.#result; }

  /** The language in use: the `lang` attribute, the nearest `lang` ancestor, or the browser's. */
  get #lang() {
    const l = this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    return /^zh\b/i.test(l) ? 'zh' : 'en';
  }
  get #t() { return STRINGS[this.#lang]; }

  connectedCallback() {
    this.#fallbackText();
    if (this.#state === 'ready' || this.#state === 'recovering') live.add(this);
    if (this.#state === 'ready') this.#resume();
    if (this.#state !== 'idle') return;
    if (this.loading === 'eager' || typeof IntersectionObserver !== 'function') {
      this.#start();
      return;
    }
    this.#observer ??= new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#start();
    }, { rootMargin: NEAR });
    this.#observer.observe(this);
    for (const type of WAKE_EVENTS) this.addEventListener(type, this.#wake, { passive: true });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    live.delete(this);
    // A removed element does no more work: the what-if analysis waits until it is back.
    if (this.#whatIfTask !== null) cancelIdle(this.#whatIfTask);
    this.#whatIfTask = null;
  }

  #fallbackText() {
    this.#fallback.querySelector('p').textContent = this.#state === 'failed' ? this.#t.failed : this.#t.loading;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'answers') this.#preset(value);
    if (name === 'catalog-src') this.#fetchCatalog(value);
    if (name === 'loading' && value === 'eager' && this.isConnected) this.#start();
    if (name === 'lang' || name === 'hide' || name === 'compact') {
      if (this.#state === 'ready') this.#guard(() => this.#build());
      else this.#fallbackText();
    }
    this.#schedule();
  }

  #error(code, message, path) {
    event(this, 'error', path ? { code, message, path } : { code, message });
  }

  #preset(text) {
    if (text === null) return;
    try {
      const v = JSON.parse(text);
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new TypeError('answers must be a JSON object');
      this.#answers = { ...v };
      // The core's rule (src/answers.rs): hardware or memoryGb without a device mean `custom`.
      // Said here too because the form shows those two questions only for `custom`.
      if (!('device' in v) && ('hardware' in v || 'memoryGb' in v)) this.#answers.device = 'custom';
      this.#sync();
    } catch (e) {
      queueMicrotask(() => this.#error('invalid-answers', `qwen-or-llama: ignored the answers attribute: ${e.message}`));
    }
  }

  async #fetchCatalog(src) {
    if (!src) {
      this.#catalog = null;
      return;
    }
    try {
      const res = await fetch(src);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json = await res.json();
      if (this.getAttribute('catalog-src') !== src) return;
      this.#catalog = json;
      this.#schedule();
    } catch (e) {
      this.#error('catalog-fetch-failed', `qwen-or-llama: could not load ${src}: ${e.message}`);
    }
  }

  async #start() {
    if (this.#state !== 'idle') return;
    this.#state = 'loading';
    this.#observer?.disconnect();
    for (const type of WAKE_EVENTS) this.removeEventListener(type, this.#wake);
    if (this.share) {
      const m = location.hash.match(/[#&]qol=([^&]*)/);
      if (m) {
        try {
          this.#preset(decodeURIComponent(m[1]));
        } catch {
          this.#error('invalid-answers', 'qwen-or-llama: ignored an unreadable #qol= fragment');
        }
      }
    }
    try {
      await ready();
    } catch (e) {
      this.#fail(e, 'load-failed');
      return;
    }
    this.#state = 'ready';
    if (this.isConnected) live.add(this);
    this.#guard(() => {
      this.#build();
      this.#render();
    });
    if (this.#state !== 'failed') this.#fallback.hidden = true;
  }

  // Runs `fn`; if the module trapped meanwhile, recovers instead of throwing.
  #guard(fn) {
    try {
      fn();
    } catch (e) {
      if (!crashed(e)) throw e;
      this.#crashed();
    }
  }

  // A call trapped (here or in another element): the module is instantiated again, once, and
  // the widget renders the same answers with it; the reader sees no error. If the module
  // cannot come back (a second trap), every widget shows its fallback (#fail).
  async #crashed() {
    if (this.#state !== 'ready') return;
    this.#state = 'recovering';
    try {
      await recover();
    } catch (e) {
      for (const el of [this, ...live]) el.#fail(e);
      return;
    }
    if (this.#state !== 'recovering') return;
    this.#state = 'ready';
    this.#guard(() => {
      if (!this.#form) this.#build();
      this.#render();
    });
  }

  // The module could not load, or stopped for good: the fallback (again), and one error event.
  #fail(e, code = 'crashed') {
    if (this.#state === 'failed') return;
    live.delete(this);
    this.#state = 'failed';
    this.#result = null;
    if (this.#whatIfTask !== null) cancelIdle(this.#whatIfTask);
    this.#whatIfTask = null;
    if (this.#body) this.#body.hidden = true;
    this.#status.textContent = '';
    this.#fallback.hidden = false;
    this.#fallback.classList.add('done');
    this.#fallbackText();
    this.#error(e.code || code, e.message);
  }

  #schedule() {
    if (this.#queued || this.#state !== 'ready') return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#guard(() => this.#render());
    });
  }

  #questions() {
    const lang = this.#lang;
    if (this.#qsLang !== lang) {
      this.#qs = questions(lang);
      this.#qsLang = lang;
    }
    return this.#qs;
  }

  #value(q) {
    return q.id in this.#answers ? this.#answers[q.id] : q.default;
  }

  #visible(q) {
    const w = q.visibleWhen;
    if (!w) return true;
    const other = this.#qs.find((x) => x.id === w.question);
    return other ? this.#visible(other) && w.values.includes(this.#value(other)) : true;
  }

  // Answers of the visible questions (and of the ones the host hid but fixed), with defaults.
  #effective(forCore) {
    const out = {};
    if (!this.#qs) return { ...this.#answers };
    for (const q of this.#qs) {
      const v = this.#value(q);
      if (v !== null && v !== undefined && (!forCore || this.#visible(q))) out[q.id] = Array.isArray(v) ? [...v] : v;
    }
    return out;
  }

  // The whole shadow DOM, for the current language, `hide` list and `compact` flag; later
  // changes patch it (#sync, ResultView.update).
  #build() {
    const t = this.#t;
    const qs = this.#questions();
    const focus = this.#root.activeElement;
    const focusKey = focus && focus.dataset.q ? [focus.dataset.q, focus.value] : null;
    if (!this.#body) {
      this.#asOf = h('p', { class: 'asof' });
      this.#head = h('h2');
      this.#body = h('div', { class: 'w' });
      this.#frame.append(this.#body);
      this.#body.addEventListener('change', (e) => this.#changed(e.target));
      this.#body.addEventListener('focusin', (e) => this.#unhide(e.target));
    }
    this.#head.textContent = t.title;
    this.#body.setAttribute('lang', this.#lang === 'zh' ? 'zh-CN' : 'en');
    const hide = new Set(this.hide.split(/[\s,]+/).filter(Boolean));
    this.#form = new Form(qs, t, hide);
    this.#view = new ResultView(t, this.compact);
    this.#view.barButton.addEventListener('click', () => {
      this.#view.el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      this.#view.verdict.focus({ preventScroll: true });
    });
    this.#view.sections.whatif.el.addEventListener('toggle', () => this.#whatIfNow());
    this.#body.replaceChildren(h('div', { class: 'head' }, this.#head, this.#asOf),
      h('div', { class: 'grid' }, this.#form.el, this.#view.bar, this.#view.el));
    this.#sync();
    if (focusKey) {
      const again = [...this.#form.el.querySelectorAll('[data-q]')].find((x) => x.dataset.q === focusKey[0] && (x.type !== 'radio' && x.type !== 'checkbox' || x.value === focusKey[1]));
      again?.focus();
    }
  }

  #sync() {
    this.#form?.sync((q) => this.#value(q), (q) => this.#visible(q));
  }

  // Keeps a focused control clear of the summary bar that is stuck to the bottom of the viewport.
  #unhide(target) {
    const bar = this.#view?.bar;
    if (!bar || bar.hidden || !this.#form.el.contains(target)) return;
    const b = bar.getBoundingClientRect();
    const box = (target.closest('label, select') || target).getBoundingClientRect();
    if (b.height && box.bottom > b.top - 4 && box.top < b.bottom) window.scrollBy(0, box.bottom - b.top + 12);
  }

  #changed(input) {
    if (!this.#form || !input.dataset?.q) return;
    const change = this.#form.read(input);
    if (!change) return;
    if (change.value === undefined) delete this.#answers[change.q.id];
    else this.#answers[change.q.id] = change.value;
    this.#sync();
    const detail = this.#effective(true);
    if (this.share) history.replaceState(history.state, '', `#${SHARE_KEY}${encodeURIComponent(JSON.stringify(detail))}`);
    event(this, 'change', detail);
    this.#guard(() => this.#render(true));
  }

  #options(whatIf) {
    const opts = { lang: this.#lang, whatIf };
    if (this.#catalog) opts.catalog = this.#catalog;
    return opts;
  }

  #compute(whatIf) {
    for (let tries = 0; ; tries++) {
      try {
        return recommend(this.#effective(true), this.#options(whatIf));
      } catch (e) {
        if (crashed(e)) throw e;
        // A bad preset value: drop it, say so, and answer without it.
        const key = /^answers\.(\w+)/.exec(e.path || '')?.[1];
        this.#error(e.code || 'error', e.message, e.path);
        if (!key || !(key in this.#answers) || tries > 20) throw e;
        delete this.#answers[key];
        this.#sync();
      }
    }
  }

  #render(split = false) {
    if (this.#state !== 'ready') return;
    const t = this.#t;
    if (this.#qsLang !== this.#lang) this.#build();
    if (this.#whatIfTask !== null) cancelIdle(this.#whatIfTask);
    this.#whatIfTask = null;
    let r;
    try {
      r = this.#compute(false);
    } catch (e) {
      if (crashed(e)) {
        this.#crashed();
        return;
      }
      this.#result = null;
      this.#view.showError(`${t.error} ${e.message}`);
      this.#status.textContent = `${t.error} ${e.code || ''}`;
      return;
    }
    this.#result = r;
    this.#view.update(r);
    const v = r.verdict;
    if (this.#status.textContent !== v.summary) this.#status.textContent = v.summary;
    // After a reader's change the verdict is painted first and the rest follows in the next
    // task; otherwise (start, attributes, properties) everything is rendered at once.
    if (!split) this.#details();
    else if (this.#detailsTask === null) this.#detailsTask = afterPaint(() => this.#details());
  }

  // Back in the document: the work a removal skipped (the rest of the result, the what-if).
  #resume() {
    const r = this.#result;
    if (!r) return;
    if (this.#detailsFor !== r) this.#details();
    else if (this.#whatIfFor !== r && this.#whatIfTask === null) this.#whatIfTask = idle(() => this.#whatIfNow());
  }

  // The rest of the latest result, then the `result` event (the DOM is complete by then), and
  // the what-if analysis once the reader pauses.
  #details() {
    this.#detailsTask = null;
    if (!this.isConnected) return; // #resume() does it when the element is back
    const r = this.#result;
    if (!r || this.#state !== 'ready' || this.#detailsFor === r) return;
    this.#detailsFor = r;
    this.#asOf.textContent = this.#t.asOf(r.dataAsOf, r.catalogSize);
    this.#view.details(r);
    this.#view.whatIf(null);
    this.#whatIfTask = idle(() => this.#whatIfNow());
    const v = r.verdict;
    event(this, 'result', {
      verdict: v.family, summary: v.summary, top: r.ranked.map((m) => m.id),
      bestQwen: r.best.qwen?.id ?? null, bestLlama: r.best.llama?.id ?? null, result: r,
    });
  }

  // The what-if analysis for the answers on screen (about 30 extra scoring passes).
  #whatIfNow() {
    const r = this.#result;
    if (!r || this.#state !== 'ready' || this.#whatIfFor === r) return;
    if (this.#whatIfTask !== null) cancelIdle(this.#whatIfTask);
    this.#whatIfTask = null;
    try {
      r.whatIf = recommend(this.#effective(true), this.#options(true)).whatIf;
    } catch (e) {
      if (crashed(e)) {
        this.#crashed();
        return;
      }
      r.whatIf = [];
    }
    this.#whatIfFor = r;
    this.#view.whatIf(r.whatIf);
  }
}
