// The <qwen-or-llama> element class. Importing this module has no side effects: it defines
// nothing (see qwen-or-llama-define.js). The DOM is built with createElement and textContent
// only, so every string from the core or the host renders as text; styles live in one constructed
// stylesheet, so strict CSP and Trusted Types hosts need nothing extra.
import { ready, questions, recommend } from './index.js';

const T = {
  en: {
    title: 'Qwen or Llama?', loading: 'Loading the selector…', failed: 'The selector could not be loaded.',
    form: 'Your situation', verdict: 'Verdict', fam: { qwen: 'Qwen', llama: 'Llama', tie: 'Either', none: 'Neither' },
    best: { qwen: 'Best Qwen', llama: 'Best Llama' }, noFit: (f) => `No ${f} model fits your answers.`,
    ofGb: (a, b) => `${a} of ${b} GB`, api: 'hosted API', ctx: (n) => `${n} context`, native: (n) => `${n} native`,
    ranked: 'Ranking', excluded: 'Ruled out', whatif: 'What would change the answer', sources: 'Sources',
    asOf: (d, n) => `Data as of ${d} · ${n} models`, corrections: 'Corrections to the article',
    claim: 'The article says', fact: 'In fact', notes: 'Notes', unset: 'Not sure', pts: 'points',
    ex: { context: 'Context too short', task: 'Cannot do the task', license: 'License does not allow it', memory: 'Does not fit in memory' },
    crit: { language: 'Language', tasks: 'Tasks', ecosystem: 'Ecosystem', license: 'License', efficiency: 'Efficiency', recency: 'Recency' },
    mem: (w, k, o) => `Memory: ${w} GB weights + ${k} GB KV cache + ${o} GB overhead`,
    arch: (m) => (m.architecture === 'moe' ? `MoE, ${m.activeParamsB}B active of ${m.paramsB}B` : `dense, ${m.paramsB}B`),
    error: 'No recommendation:', caveats: 'Caveats',
    mode: { instruct: 'answers directly', thinking: 'thinking model', hybrid: 'thinking on or off' },
    unverified: 'license not verified', getIt: 'Get it:',
  },
  zh: {
    title: 'Qwen 还是 Llama？', loading: '正在加载选型工具…', failed: '选型工具无法加载。',
    form: '你的情况', verdict: '结论', fam: { qwen: 'Qwen', llama: 'Llama', tie: '都可以', none: '都不合适' },
    best: { qwen: '最佳 Qwen', llama: '最佳 Llama' }, noFit: (f) => `没有符合你条件的 ${f} 模型。`,
    ofGb: (a, b) => `${a} / ${b} GB`, api: '托管 API', ctx: (n) => `${n} 上下文`, native: (n) => `原生 ${n}`,
    ranked: '排名', excluded: '已排除', whatif: '什么会改变结论', sources: '来源',
    asOf: (d, n) => `数据截至 ${d} · ${n} 个模型`, corrections: '对原文的更正',
    claim: '原文说', fact: '事实', notes: '说明', unset: '不确定', pts: '分',
    ex: { context: '上下文太短', task: '无法完成任务', license: '许可证不允许', memory: '内存不够' },
    crit: { language: '语言', tasks: '任务', ecosystem: '生态', license: '许可证', efficiency: '效率', recency: '新旧' },
    mem: (w, k, o) => `内存：权重 ${w} GB + KV 缓存 ${k} GB + 开销 ${o} GB`,
    arch: (m) => (m.architecture === 'moe' ? `MoE，激活 ${m.activeParamsB}B / 共 ${m.paramsB}B` : `稠密，${m.paramsB}B`),
    error: '无法给出推荐：', caveats: '注意',
    mode: { instruct: '直接作答', thinking: '思考模型', hybrid: '可开关思考' },
    unverified: '许可未核实', getIt: '获取：',
  },
};

const DARK = '--_bg:#15171c;--_fg:#e6e8eb;--_muted:#a2a9b4;--_line:#3a3f4a;--_soft:#1e2128;--_accent:#a5b4fc;--_qwen:#aaa6ff;--_llama:#6aa6ff;--_warn:#f3b36a;color-scheme:dark';
const CSS = `
:host{all:initial;display:block;contain:content;container:qol/inline-size;
--_bg:#fff;--_fg:#1b1f24;--_muted:#57606a;--_line:#d0d7de;--_soft:#f6f8fa;--_accent:#4f46e5;--_qwen:#5b4fd6;--_llama:#0b63e5;--_warn:#9a4d00;
background:var(--qol-bg,var(--_bg));color:var(--qol-fg,var(--_fg));
font:16px/1.5 var(--qol-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif);
border:1px solid var(--_line);border-radius:var(--qol-radius,12px);text-align:start}
:host([hidden]){display:none}
:host([theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
*,::before,::after{box-sizing:border-box}
.w{--s:var(--qol-space,16px);--a:var(--qol-accent,var(--_accent));--q:var(--qol-qwen,var(--_qwen));--l:var(--qol-llama,var(--_llama));--m:var(--qol-muted,var(--_muted));padding:var(--s)}
h2,h3,h4,p,ol,ul,blockquote,fieldset,figure{margin:0;padding:0}
ul,ol{list-style:none}
h2{font-size:1.25em;line-height:1.3}
h3{font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:var(--m);margin:0 0 .5em}
h4{font-size:1.1em;line-height:1.3;overflow-wrap:anywhere}
a{color:var(--a);overflow-wrap:anywhere}
.head{display:flex;flex-wrap:wrap;gap:.25em 1em;align-items:baseline;justify-content:space-between;margin-bottom:var(--s)}
.asof,.help,.small{color:var(--m);font-size:.875em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.grid{display:grid;gap:calc(var(--s)*1.5)}
@container qol (min-width:760px){:host(:not([compact])) .grid{grid-template-columns:minmax(250px,320px) minmax(0,1fr)}}
.form{display:grid;gap:var(--s);align-content:start}
fieldset{border:0;min-width:0}
legend,.ql{font-weight:600;margin-bottom:.35em;padding:0}
.opts{display:flex;flex-wrap:wrap;gap:6px}
.opt{display:inline-flex;align-items:center;gap:.4em;min-height:32px;padding:3px 10px;border:1px solid var(--_line);border-radius:999px;cursor:pointer;font-size:.925em;background:var(--qol-bg,var(--_bg))}
.opt:has(:checked){border-color:var(--a);background:color-mix(in srgb,var(--a) 12%,transparent)}
.opt:has(:focus-visible),select:focus-visible,summary:focus-visible,a:focus-visible{outline:2px solid var(--a);outline-offset:2px}
input{margin:0;width:16px;height:16px;accent-color:var(--a)}
.opt input:focus-visible{outline:none}
select{font:inherit;color:inherit;background:var(--qol-bg,var(--_bg));border:1px solid var(--_line);border-radius:8px;min-height:36px;padding:4px 8px;width:100%}
.help{margin-top:.35em}
:host([compact]) .help{display:none}
[hidden]{display:none!important}
.res{display:grid;gap:calc(var(--s)*1.5);min-width:0;align-content:start}
.card{border:1px solid var(--_line);border-radius:var(--qol-radius,12px);padding:var(--s);background:var(--_soft);min-width:0}
.verdict{border-inline-start:6px solid var(--a)}
.verdict.qwen{border-inline-start-color:var(--q)}.verdict.llama{border-inline-start-color:var(--l)}
.big{font-size:2em;font-weight:700;line-height:1.15}
.qwen .big,.fq{color:var(--q)}.llama .big,.fl{color:var(--l)}
.best{display:grid;gap:var(--s)}
@container qol (min-width:520px){.best{grid-template-columns:1fr 1fr}}
.pick{border-top:4px solid var(--q)}.pick.llama{border-top-color:var(--l)}
.kicker{font-size:.8em;font-weight:700;text-transform:uppercase;letter-spacing:.06em}
.score{display:flex;align-items:center;gap:.5em;margin:.4em 0;font-variant-numeric:tabular-nums}
.score b{min-width:2.6em}
.bar{flex:1;height:8px;border-radius:4px;background:var(--_line);overflow:hidden;min-width:40px}
.bar>i{display:block;height:100%;background:var(--q);border-radius:4px;transition:width .3s}
.llama .bar>i,.bar.llama>i{background:var(--l)}
.bar.fit>i{background:var(--a)}
.facts{font-size:.9em}
.caveat{color:var(--_warn);font-size:.875em;margin-top:.25em}
.reasons{margin-top:.5em;display:grid;gap:.3em;font-size:.9em}
.reasons li{padding-inline-start:1em;position:relative}
.reasons li::before{content:"";position:absolute;inset-inline-start:0;top:.55em;width:.45em;height:.45em;border-radius:50%;background:currentColor;opacity:.55}
.rank{display:grid;gap:4px}
summary{cursor:pointer;min-height:32px;list-style:none}
.rank summary{display:grid;grid-template-columns:2em minmax(0,1fr) auto 1em;gap:.5em;align-items:center;padding:4px 6px;border-radius:8px}
summary::-webkit-details-marker{display:none}
.rank summary::after,.sec>summary::before{content:"";width:.45em;height:.45em;border:solid var(--m);border-width:0 2px 2px 0;transform:rotate(-45deg);justify-self:center}
.rank [open]>summary::after,.sec[open]>summary::before{transform:rotate(45deg)}
.sec>summary{display:flex;gap:.6em;align-items:center;font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:var(--m);font-weight:700}
.sec>summary::before{flex:none}
.rank summary:hover{background:var(--_soft)}
.rn{color:var(--m);font-variant-numeric:tabular-nums}
.nm{display:flex;align-items:baseline;gap:.4em;min-width:0;overflow-wrap:anywhere}
.dot{display:inline-block;flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--q);margin-inline-end:.4em}
.nm .dot{margin:0}
.dot.llama{background:var(--l)}
.rank summary .score{margin:0;width:clamp(64px,22cqi,200px)}
.bd{padding:.5em .5em .75em clamp(.5em,5cqi,2.5em);display:grid;gap:.4em;font-size:.9em}
.crit{display:grid;grid-template-columns:6.5em 5.5em minmax(0,1fr);gap:.5em;align-items:center}
.crit .txt{grid-column:1/-1;color:var(--m);margin-top:-.2em}
.sec[open]>summary{margin-bottom:.4em}
.grp{margin:.25em 0 .6em}
.grp h4{font-size:.95em;margin-bottom:.2em}
.grp li,.wi li,.src li,.notes li{margin:.15em 0;font-size:.925em}
.wi li{padding-inline-start:.75em;border-inline-start:3px solid var(--_line)}
.wi li.qwen{border-color:var(--q)}.wi li.llama{border-color:var(--l)}
.corr{display:grid;gap:var(--s)}
.corr li{border-inline-start:3px solid var(--_warn);padding-inline-start:.75em;display:grid;gap:.3em;font-size:.925em}
blockquote{color:var(--m)}
.err{border-color:var(--_warn);color:var(--_warn)}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// h('tag', {attr: value}, ...children): text children become text nodes. Never sets URL
// attributes: links go through link(), which allows http(s) only.
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  for (const k of kids.flat()) if (k !== null && k !== undefined && k !== false) el.append(typeof k === 'object' ? k : String(k));
  return el;
}

function link(url, text) {
  let u = null;
  try {
    u = new URL(String(url));
  } catch {
    /* not an absolute URL: shown as text */
  }
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return h('span', {}, String(url));
  const seg = u.pathname.split('/').filter(Boolean);
  let path = seg.length > 4 ? `/${seg[0]}/${seg[1]}/…/${seg.at(-2)}/${seg.at(-1)}` : u.pathname.replace(/\/$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded */
  }
  const a = h('a', { rel: 'noopener noreferrer', target: '_blank', title: u.href }, text || u.host.replace(/^www\./, '') + path);
  a.href = u.href;
  return a;
}

function bar(value, max, cls) {
  const i = h('i');
  i.style.width = `${Math.max(0, Math.min(100, (100 * value) / (max || 1)))}%`;
  return h('span', { class: `bar ${cls || ''}`, 'aria-hidden': 'true' }, i);
}

function tokens(n) {
  if (n >= 1048576 && n % 1048576 === 0) return `${n / 1048576}M`;
  if (n >= 1e6) return `${Math.round(n / 1e5) / 10}M`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}K`;
  return n >= 1000 ? `${Math.round(n / 1000)}K` : String(n);
}

const round1 = (x) => Math.round(x * 10) / 10;
const event = (el, name, detail) => el.dispatchEvent(new CustomEvent(`qwen-or-llama-${name}`, { bubbles: true, composed: true, detail }));
const SHARE_KEY = 'qol=';

export class QwenOrLlamaElement extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'answers', 'hide', 'compact', 'share', 'catalog-src'];

  static define(tag = 'qwen-or-llama', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #root;
  #status;
  #fallback;
  #body = null;
  #form = null;
  #res = null;
  #qs = null;
  #qsLang = null;
  #answers = {};
  #catalog = null;
  #state = 'idle'; // idle | loading | ready | failed
  #queued = false;
  #result = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#status = h('div', { role: 'status', class: 'sr' });
    this.#fallback = h('div', { class: 'fb', part: 'fallback' }, h('slot', {}, h('p', { class: 'small' })));
    this.#root.append(this.#status, this.#fallback);
  }

  get theme() {
    const t = this.getAttribute('theme');
    return t === 'light' || t === 'dark' ? t : 'auto';
  }
  set theme(v) { this.setAttribute('theme', v); }
  get compact() { return this.hasAttribute('compact'); }
  set compact(v) { this.toggleAttribute('compact', !!v); }
  get share() { return this.hasAttribute('share'); }
  set share(v) { this.toggleAttribute('share', !!v); }
  get hide() { return this.getAttribute('hide') || ''; }
  set hide(v) { this.setAttribute('hide', Array.isArray(v) ? v.join(' ') : v); }
  get catalogSrc() { return this.getAttribute('catalog-src') || ''; }
  set catalogSrc(v) { this.setAttribute('catalog-src', v); }
  /** The current answers (a copy); setting it (object or JSON text) replaces them. */
  get answers() { return this.#effective(false); }
  set answers(v) { this.setAttribute('answers', typeof v === 'string' ? v : JSON.stringify(v)); }
  /** A custom catalog (the shape of `catalog()`, or an array of models), or null for the built-in one. */
  get catalog() { return this.#catalog; }
  set catalog(v) {
    this.#catalog = v ?? null;
    this.#schedule();
  }
  /** The last recommendation (the core's JSON), or null. */
  get result() { return this.#result; }

  /** The language in use: the `lang` attribute, the nearest `lang` ancestor, or the browser's. */
  get #lang() {
    const l = this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    return /^zh\b/i.test(l) ? 'zh' : 'en';
  }
  get #t() { return T[this.#lang]; }

  connectedCallback() {
    this.#fallbackText();
    if (this.#state === 'idle') this.#init();
  }

  #fallbackText() {
    this.#fallback.querySelector('p').textContent = this.#state === 'failed' ? this.#t.failed : this.#t.loading;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'answers') this.#preset(value);
    if (name === 'catalog-src') this.#fetchCatalog(value);
    if (name === 'lang' || name === 'hide') {
      if (this.#state === 'ready') this.#buildForm();
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
      if (this.#form) this.#syncForm();
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

  async #init() {
    this.#state = 'loading';
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
      this.#state = 'failed';
      this.#fallbackText();
      this.#error(e.code || 'load-failed', e.message);
      return;
    }
    this.#state = 'ready';
    this.#fallback.hidden = true;
    this.#buildForm();
    this.#schedule();
  }

  #schedule() {
    if (this.#queued || this.#state !== 'ready') return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#render();
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

  #buildForm() {
    const t = this.#t;
    const qs = this.#questions();
    const focus = this.#root.activeElement;
    const focusKey = focus && focus.dataset.q ? [focus.dataset.q, focus.value] : null;
    if (!this.#body) {
      this.#body = h('div', { class: 'w' });
      this.#root.append(this.#body);
    }
    this.#body.setAttribute('lang', this.#lang === 'zh' ? 'zh-CN' : 'en');
    const hide = new Set(this.hide.split(/[\s,]+/).filter(Boolean));
    const form = h('form', { class: 'form', part: 'form', 'aria-label': t.form });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => this.#changed(e.target));
    for (const q of qs) {
      const help = q.help ? h('p', { class: 'help', id: `h-${q.id}` }, q.help) : null;
      const desc = help ? `h-${q.id}` : null;
      let box;
      if (q.kind === 'single' || q.kind === 'multi') {
        const type = q.kind === 'single' ? 'radio' : 'checkbox';
        box = h('fieldset', { 'aria-describedby': desc }, h('legend', {}, q.label),
          h('div', { class: 'opts' }, q.options.map((o) =>
            h('label', { class: 'opt', title: o.help }, h('input', { type, name: q.id, value: o.value, 'data-q': q.id }), h('span', {}, o.label)))));
      } else if (q.kind === 'boolean') {
        box = h('div', {}, h('label', { class: 'opt' }, h('input', { type: 'checkbox', name: q.id, 'data-q': q.id, 'aria-describedby': desc }), h('span', {}, q.label)));
      } else {
        const sel = h('select', { id: `f-${q.id}`, name: q.id, 'data-q': q.id, 'aria-describedby': desc });
        if (q.default === null) sel.append(h('option', { value: '' }, t.unset));
        for (const o of q.options) sel.append(h('option', { value: o.value }, o.label));
        box = h('div', {}, h('label', { class: 'ql', for: `f-${q.id}` }, q.label), h('div', {}, sel));
      }
      box.classList.add('q');
      box.dataset.id = q.id;
      if (hide.has(q.id)) box.dataset.hostHidden = '';
      if (help) box.append(help);
      form.append(box);
    }
    const head = h('div', { class: 'head' }, h('h2', {}, t.title), h('p', { class: 'asof' }));
    this.#res = h('div', { class: 'res', part: 'result' });
    this.#body.replaceChildren(head, h('div', { class: 'grid' }, form, this.#res));
    this.#form = form;
    this.#syncForm();
    if (focusKey) {
      const again = [...form.querySelectorAll('[data-q]')].find((x) => x.dataset.q === focusKey[0] && (x.type !== 'radio' && x.type !== 'checkbox' || x.value === focusKey[1]));
      again?.focus();
    }
  }

  #syncForm() {
    for (const q of this.#qs) {
      const box = this.#form.querySelector(`[data-id="${q.id}"]`);
      const v = this.#value(q);
      box.hidden = 'hostHidden' in box.dataset || !this.#visible(q);
      const inputs = box.querySelectorAll('input');
      if (q.kind === 'boolean') inputs[0].checked = !!v;
      else if (q.kind === 'single') for (const i of inputs) i.checked = String(v) === i.value;
      else if (q.kind === 'multi') for (const i of inputs) i.checked = Array.isArray(v) && v.map(String).includes(i.value);
      else {
        const sel = box.querySelector('select');
        if (v !== null && v !== undefined && ![...sel.options].some((o) => o.value === String(v))) {
          sel.append(h('option', { value: v }, q.unit ? `${v} ${q.unit}` : String(v)));
        }
        sel.value = v === null || v === undefined ? '' : String(v);
      }
    }
  }

  #changed(input) {
    const q = this.#qs.find((x) => x.id === input.dataset.q);
    if (!q) return;
    if (q.kind === 'boolean') this.#answers[q.id] = input.checked;
    else if (q.kind === 'multi') {
      this.#answers[q.id] = [...this.#form.querySelectorAll(`input[name="${q.id}"]:checked`)].map((i) => i.value);
    } else if (q.kind === 'single') this.#answers[q.id] = input.value;
    else if (input.value === '') delete this.#answers[q.id];
    else this.#answers[q.id] = Number(input.value);
    this.#syncForm();
    const detail = this.#effective(true);
    if (this.share) history.replaceState(history.state, '', `#${SHARE_KEY}${encodeURIComponent(JSON.stringify(detail))}`);
    event(this, 'change', detail);
    this.#schedule();
  }

  #compute() {
    const opts = { lang: this.#lang };
    if (this.#catalog) opts.catalog = this.#catalog;
    for (let tries = 0; ; tries++) {
      try {
        return recommend(this.#effective(true), opts);
      } catch (e) {
        // A bad preset value: drop it, say so, and answer without it.
        const key = /^answers\.(\w+)/.exec(e.path || '')?.[1];
        this.#error(e.code || 'error', e.message, e.path);
        if (!key || !(key in this.#answers) || tries > 20) throw e;
        delete this.#answers[key];
        this.#syncForm();
      }
    }
  }

  #render() {
    const t = this.#t;
    if (this.#qsLang !== this.#lang) this.#buildForm();
    let r;
    try {
      r = this.#compute();
    } catch (e) {
      this.#result = null;
      this.#res.replaceChildren(h('p', { class: 'card err' }, `${t.error} ${e.message}`));
      this.#status.textContent = `${t.error} ${e.code || ''}`;
      return;
    }
    this.#result = r;
    const open = new Set([...this.#res.querySelectorAll('details[open][data-id]')].map((d) => d.dataset.id));
    this.#body.querySelector('.asof').textContent = t.asOf(r.dataAsOf, r.catalogSize);
    const v = r.verdict;
    const compact = this.compact;
    const sec = (part, title, kids, collapsed) => {
      if (collapsed || compact) {
        const d = h('details', { class: 'sec', part, 'data-id': `s-${part}` }, h('summary', {}, title), kids);
        d.open = open.has(`s-${part}`);
        return d;
      }
      return h('section', { part, 'aria-label': title }, h('h3', {}, title), kids);
    };
    const kids = [
      h('section', { class: `card verdict ${v.family}`, part: 'verdict', 'aria-label': t.verdict },
        h('h3', {}, t.verdict), h('p', { class: 'big' }, t.fam[v.family]), h('p', { class: 'summary' }, v.summary)),
      h('div', { class: 'best', part: 'best' }, ['qwen', 'llama'].map((f) => this.#pick(f, r.best[f]))),
    ];
    if (r.ranked.length) {
      kids.push(sec('ranked', t.ranked, h('ol', { class: 'rank' }, r.ranked.map((m) => {
        const d = h('details', { 'data-id': m.id },
          h('summary', {}, h('span', { class: 'rn' }, `${m.rank}.`),
            h('span', { class: 'nm' }, h('span', { class: `dot ${m.family}`, 'aria-hidden': 'true' }), m.name),
            h('span', { class: `score ${m.family}` }, bar(m.score, 100), h('b', {}, m.score))),
          this.#breakdown(m));
        d.open = open.has(m.id);
        return h('li', {}, d);
      }))));
    }
    if (r.excluded.length) {
      const groups = {};
      for (const x of r.excluded) (groups[x.code] ||= []).push(x);
      kids.push(sec('excluded', `${t.excluded} (${r.excluded.length})`, Object.entries(groups).map(([code, xs]) =>
        h('div', { class: 'grp' }, h('h4', {}, `${t.ex[code] || code} (${xs.length})`),
          h('ul', {}, xs.map((x) => h('li', {}, h('span', { class: `dot ${x.family}`, 'aria-hidden': 'true' }), h('b', {}, x.name), ` — ${x.reason}`))))), true));
    }
    if (r.whatIf.length) kids.push(sec('whatif', t.whatif, h('ul', { class: 'wi' }, r.whatIf.map((w) => h('li', { class: w.verdict }, w.text)))));
    const srcs = [...new Set(['qwen', 'llama'].flatMap((f) => r.best[f]?.sources || []))];
    kids.push(sec('sources', `${t.sources} · ${t.asOf(r.dataAsOf, r.catalogSize)}`, h('ul', { class: 'src' }, srcs.map((s) => h('li', {}, link(s)))), true));
    if (r.corrections.length) {
      kids.push(sec('corrections', t.corrections, h('ol', { class: 'corr' }, r.corrections.map((c) => h('li', {},
        h('p', {}, h('b', {}, `${t.claim}: `), c.claim),
        c.claimOriginal && c.claimOriginal !== c.claim ? h('blockquote', { lang: 'zh-CN' }, `“${c.claimOriginal}”`) : null,
        h('p', {}, h('b', {}, `${t.fact}: `), c.fact),
        h('p', { class: 'small' }, c.sources.flatMap((s, i) => (i ? [' · ', link(s)] : [link(s)]))))))));
    }
    if (r.notes.length) kids.push(sec('notes', t.notes, h('ul', { class: 'notes small' }, r.notes.map((n) => h('li', {}, n))), true));
    this.#res.replaceChildren(...kids);
    if (this.#status.textContent !== v.summary) this.#status.textContent = v.summary;
    event(this, 'result', {
      verdict: v.family, summary: v.summary, top: r.ranked.map((m) => m.id),
      bestQwen: r.best.qwen?.id ?? null, bestLlama: r.best.llama?.id ?? null, result: r,
    });
  }

  #facts(m) {
    const t = this.#t;
    const mem = m.precision === 'api' ? t.api : `${m.precision} · ${t.ofGb(m.memoryGb, m.memoryAvailableGb)}`;
    const ctx = t.ctx(tokens(m.contextTokens)) + (m.nativeContextTokens && m.nativeContextTokens !== m.contextTokens ? ` (${t.native(tokens(m.nativeContextTokens))})` : '');
    const license = m.license.verified ? m.license.name : `${m.license.name} (${t.unverified})`;
    return h('p', { class: 'facts' }, [mem, ctx, license, t.mode[m.reasoning] || m.reasoning].join(' · '));
  }

  #pick(family, m) {
    const t = this.#t;
    if (!m) return h('article', { class: `card pick ${family}`, 'aria-label': t.best[family] }, h('p', { class: `kicker f${family[0]}` }, t.best[family]), h('p', {}, t.noFit(t.fam[family])));
    return h('article', { class: `card pick ${family}`, 'aria-label': t.best[family] },
      h('p', { class: `kicker f${family[0]}` }, t.best[family]),
      h('h4', {}, m.name),
      h('p', { class: 'score' }, bar(m.score, 100), h('b', {}, m.score), h('span', { class: 'small' }, `#${m.rank}`)),
      this.#facts(m),
      m.caveats.slice(0, 1).map((c) => h('p', { class: 'caveat' }, c)),
      h('ul', { class: 'reasons' }, m.reasons.slice(0, this.compact ? 2 : 3).map((x) => h('li', {}, x.text))));
  }

  #breakdown(m) {
    const t = this.#t;
    const mm = m.memory;
    return h('div', { class: 'bd' },
      h('p', { class: 'small' }, `${m.generation} · ${t.arch(m)} · ${m.released}`),
      this.#facts(m),
      m.reasons.map((x) => h('div', { class: 'crit' }, h('span', {}, t.crit[x.criterion] || x.criterion), h('span', { class: 'small' }, `${round1(x.points)} / ${round1(x.maxPoints)}`),
        bar(x.fit, 1, 'fit'), h('span', { class: 'txt' }, x.text))),
      mm ? h('p', { class: 'small' }, t.mem(round1(mm.weightsGb), round1(mm.kvCacheGb), round1(mm.overheadGb))) : null,
      m.caveats.map((c) => h('p', { class: 'caveat' }, c)),
      this.#repos(m),
      h('p', { class: 'small' }, m.sources.flatMap((s, i) => (i ? [' · ', link(s)] : [link(s)]))));
  }

  // The official repositories, as links built on fixed https origins (the ids are checked by the
  // core against owner/name, so they cannot leave those origins).
  #repos(m) {
    const out = [];
    if (m.hfRepo) out.push(link(`https://huggingface.co/${m.hfRepo}`, `Hugging Face: ${m.hfRepo}`));
    if (m.modelscopeRepo) out.push(link(`https://modelscope.cn/models/${m.modelscopeRepo}`, `ModelScope: ${m.modelscopeRepo}`));
    if (!out.length) return null;
    return h('p', { class: 'small repos' }, this.#t.getIt, ' ', out.flatMap((a, i) => (i ? [' · ', a] : [a])));
  }
}
