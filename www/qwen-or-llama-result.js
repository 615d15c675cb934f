// The result's DOM, updated in place. Every part is built once and then patched: the verdict and
// the best picks change text; ranked rows are keyed by model id and only moved, added or removed;
// a section whose data did not change is not touched; the breakdowns, exclusions, sources and notes
// that sit in closed <details> are built only when opened. Labels of facts come from the core.
import { bar, fill, h, joined, link, links, round1, setAttr, setBar, setText } from './qwen-or-llama-dom.js';
import { FAMILY_NAMES } from './qwen-or-llama-strings.js';

const FAMILIES = ['qwen', 'llama'];

/** One result section: a <section> with a heading, or (collapsed/compact) a <details>. */
class Section {
  constructor(part, collapsed) {
    this.title = h(collapsed ? 'summary' : 'h3');
    this.body = h('div', { class: 'sb' });
    this.el = collapsed
      ? h('details', { class: 'sec', part, 'data-id': `s-${part}` }, this.title, this.body)
      : h('section', { part }, this.title, this.body);
    this.key = null;
    this.stale = false;
    if (collapsed) this.el.addEventListener('toggle', () => this.#fill());
  }

  get #shown() {
    return this.el.localName === 'section' || this.el.open;
  }

  /** Shows `build()`'s nodes under `title`; nothing is rebuilt while `key` stays the same. */
  set(title, key, build) {
    setText(this.title, title);
    if (this.el.localName === 'section') setAttr(this.el, 'aria-label', title);
    this.el.hidden = false;
    if (key === this.key) return;
    this.key = key;
    this.build = build;
    this.stale = true;
    if (this.#shown) this.#fill();
    else this.body.replaceChildren();
  }

  #fill() {
    if (!this.stale || !this.#shown) return;
    this.stale = false;
    fill(this.body, this.build());
  }

  /** Hides the section and drops its content (nothing stale is left to read). */
  hide() {
    this.el.hidden = true;
    this.key = null;
    this.body.replaceChildren();
  }
}

/** The result column and the summary bar of one element. */
export class ResultView {
  /** `t`: UI strings; `compact`: every section folds. */
  constructor(t, compact) {
    this.t = t;
    this.compact = compact;
    this.big = h('p', { class: 'big' });
    this.summary = h('p', { class: 'summary' });
    this.verdict = h('section', { class: 'card verdict', part: 'verdict', 'aria-label': t.verdict, tabindex: '-1' },
      h('h3', {}, t.verdict), this.big, this.summary);
    this.picks = {};
    this.best = h('div', { class: 'best', part: 'best' });
    for (const f of FAMILIES) {
      const el = h('article', { class: `card pick ${f}`, 'aria-label': t.best[f] });
      this.picks[f] = { el, key: null };
      this.best.append(el);
    }
    this.rankList = h('ol', { class: 'rank' });
    this.rows = new Map();
    const sec = (part, collapsed) => new Section(part, collapsed || compact);
    this.sections = {
      ranked: sec('ranked'), excluded: sec('excluded', true), whatif: sec('whatif'),
      sources: sec('sources', true), corrections: sec('corrections'), notes: sec('notes', true),
    };
    this.error = h('p', { class: 'card err', hidden: true });
    this.el = h('div', { class: 'res', part: 'result' }, this.error, this.verdict, this.best,
      ...Object.values(this.sections).map((s) => s.el));
    // The summary bar (one-column layouts): verdict and both best picks, always in view.
    this.barVerdict = h('span', { class: 'v' });
    this.barPicks = { qwen: h('span'), llama: h('span') };
    this.barButton = h('button', { type: 'button' }, this.barVerdict, h('span', { class: 'pk' }, this.barPicks.qwen, this.barPicks.llama),
      h('span', { class: 'go' }, t.toResult));
    this.bar = h('div', { class: 'sumbar', part: 'summary-bar', hidden: true }, this.barButton);
  }

  /** Shows `message` in place of a result. */
  showError(message) {
    setText(this.error, message);
    this.error.hidden = false;
    for (const el of [this.verdict, this.best, this.bar, ...Object.values(this.sections).map((s) => s.el)]) el.hidden = true;
  }

  /**
   * Patches what the reader looks at first, for recommendation `r`: the verdict and the summary
   * bar. `details(r)` does the rest; the element runs it after the next paint, so a click shows
   * its verdict within a frame even on a slow phone.
   */
  update(r) {
    const t = this.t;
    this.error.hidden = true;
    this.verdict.hidden = false;
    this.best.hidden = false;
    const v = r.verdict;
    setAttr(this.verdict, 'class', `card verdict ${v.family}`);
    setText(this.big, v.label);
    setText(this.summary, v.summary);
    this.bar.hidden = false;
    setAttr(this.barVerdict, 'class', `v ${v.family}`);
    setText(this.barVerdict, `${t.verdict}: ${v.label}`);
    for (const f of FAMILIES) {
      const m = r.best[f];
      setText(this.barPicks[f], `${FAMILY_NAMES[f]}: ${m ? `${m.name} ${m.score}` : t.noFitShort}`);
    }
  }

  /** Patches the rest of the result for `r`: best picks, ranking, exclusions, sources, notes. */
  details(r) {
    const t = this.t;
    for (const f of FAMILIES) this.#pick(f, r.best[f]);
    this.#ranked(r.ranked);
    this.#excluded(r.excluded);
    const srcs = [...new Set(FAMILIES.flatMap((f) => r.best[f]?.sources || []))];
    this.sections.sources.set(`${t.sources} · ${t.asOf(r.dataAsOf, r.catalogSize)}`, srcs.join(' '),
      () => h('ul', { class: 'src' }, srcs.map((s) => h('li', {}, link(s)))));
    this.#corrections(r.corrections);
    if (r.notes.length) {
      this.sections.notes.set(t.notes, r.notes.join('\n'), () => h('ul', { class: 'notes small' }, r.notes.map((n) => h('li', {}, n))));
    } else this.sections.notes.hide();
  }

  /** Shows the what-if list, or (null) that it is being worked out: the last list, marked busy. */
  whatIf(list) {
    const s = this.sections.whatif;
    setAttr(s.el, 'aria-busy', list === null ? 'true' : null);
    if (list === null) {
      if (s.key === null || s.el.hidden) s.set(this.t.whatif, 'pending', () => h('p', { class: 'small' }, this.t.whatifPending));
    } else if (list.length) {
      s.set(this.t.whatif, JSON.stringify(list), () => h('ul', { class: 'wi' }, list.map((w) => h('li', { class: w.verdict }, w.text))));
    } else s.hide();
  }

  #pick(family, m) {
    const t = this.t;
    const slot = this.picks[family];
    const key = m ? JSON.stringify(m) : 'none';
    if (slot.key === key) return;
    slot.key = key;
    const kicker = h('p', { class: `kicker f${family[0]}` }, t.best[family]);
    if (!m) {
      fill(slot.el, kicker, h('p', {}, t.noFit(FAMILY_NAMES[family])));
      return;
    }
    fill(slot.el, kicker,
      h('h4', {}, m.name),
      h('p', { class: 'score' }, bar(m.score, 100), h('b', {}, m.score), h('span', { class: 'small' }, `#${m.rank}`)),
      this.#facts(m),
      m.caveats.slice(0, 1).map((c) => h('p', { class: 'caveat' }, c)),
      h('ul', { class: 'reasons' }, m.reasons.slice(0, this.compact ? 2 : 3).map((x) => h('li', {}, x.text))));
  }

  #facts(m) {
    const license = m.license.verified ? m.license.name : `${m.license.name} (${this.t.unverified})`;
    const parts = [m.memoryText, m.contextText, license, m.reasoningText, m.speed?.text].filter(Boolean);
    return h('p', { class: 'facts' }, parts.join(' · '));
  }

  #ranked(list) {
    const s = this.sections.ranked;
    if (!list.length) {
      s.hide();
      this.rankList.replaceChildren();
      this.rows.clear();
      return;
    }
    s.set(this.t.ranked, 'list', () => this.rankList);
    const seen = new Set();
    list.forEach((m, i) => {
      seen.add(m.id);
      let row = this.rows.get(m.id);
      if (!row) row = this.#row(m);
      row.m = m;
      setText(row.rn, `${m.rank}.`);
      setText(row.name, m.name);
      setText(row.score, m.score);
      setBar(row.fill, m.score, 100);
      this.#breakdown(row);
      if (this.rankList.children[i] !== row.li) this.rankList.insertBefore(row.li, this.rankList.children[i] || null);
    });
    for (const [id, row] of this.rows) {
      if (!seen.has(id)) {
        row.li.remove();
        this.rows.delete(id);
      }
    }
  }

  #row(m) {
    const row = {
      rn: h('span', { class: 'rn' }), name: h('span'), score: h('b'), fill: h('i'), bd: h('div', { class: 'bd' }), bdKey: null,
    };
    row.details = h('details', { 'data-id': m.id },
      h('summary', {}, row.rn,
        h('span', { class: 'nm' }, h('span', { class: `dot ${m.family}`, 'aria-hidden': 'true' }), row.name),
        h('span', { class: `score ${m.family}` }, h('span', { class: 'bar', 'aria-hidden': 'true' }, row.fill), row.score)),
      row.bd);
    row.details.addEventListener('toggle', () => this.#breakdown(row));
    row.li = h('li', {}, row.details);
    this.rows.set(m.id, row);
    return row;
  }

  // A ranked row's breakdown, built when its row is open and its model's data changed.
  #breakdown(row) {
    if (!row.details.open) return;
    const key = JSON.stringify(row.m);
    if (row.bdKey === key) return;
    row.bdKey = key;
    const m = row.m;
    fill(row.bd,
      h('p', { class: 'small' }, `${m.generation} · ${m.architectureText} · ${m.released}`),
      this.#facts(m),
      m.reasons.map((x) => h('div', { class: 'crit' }, h('span', {}, x.label), h('span', { class: 'small' }, `${round1(x.points)} / ${round1(x.maxPoints)}`),
        bar(x.fit, 1, 'fit'), h('span', { class: 'txt' }, x.text))),
      m.memoryBreakdownText ? h('p', { class: 'small' }, m.memoryBreakdownText) : null,
      m.caveats.map((c) => h('p', { class: 'caveat' }, c)),
      this.#repos(m),
      h('p', { class: 'small' }, links(m.sources)));
  }

  #excluded(list) {
    const s = this.sections.excluded;
    if (!list.length) {
      s.hide();
      return;
    }
    const key = list.map((x) => `${x.id}\t${x.code}\t${x.reason}`).join('\n');
    s.set(`${this.t.excluded} (${list.length})`, key, () => {
      const groups = new Map();
      for (const x of list) {
        if (!groups.has(x.code)) groups.set(x.code, []);
        groups.get(x.code).push(x);
      }
      return [...groups.values()].map((xs) => h('div', { class: 'grp' }, h('h4', {}, `${xs[0].codeLabel} (${xs.length})`),
        h('ul', {}, xs.map((x) => h('li', {}, h('span', { class: `dot ${x.family}`, 'aria-hidden': 'true' }), h('b', {}, x.name), ` — ${x.reason}`)))));
    });
  }

  #corrections(list) {
    const s = this.sections.corrections;
    if (!list.length) {
      s.hide();
      return;
    }
    const t = this.t;
    s.set(t.corrections, list.map((c) => `${c.id}\t${c.claim}\t${c.fact}`).join('\n'), () => h('ol', { class: 'corr' }, list.map((c) => h('li', {},
      h('p', {}, h('b', {}, `${t.claim}: `), c.claim),
      c.claimOriginal && c.claimOriginal !== c.claim ? h('blockquote', { lang: 'zh-CN' }, `“${c.claimOriginal}”`) : null,
      h('p', {}, h('b', {}, `${t.fact}: `), c.fact),
      h('p', { class: 'small' }, links(c.sources))))));
  }

  // The official repositories, as links built on fixed https origins (the ids are checked by the
  // core against owner/name, so they cannot leave those origins).
  #repos(m) {
    const out = [];
    if (m.hfRepo) out.push(link(`https://huggingface.co/${m.hfRepo}`, `Hugging Face: ${m.hfRepo}`));
    if (m.modelscopeRepo) out.push(link(`https://modelscope.cn/models/${m.modelscopeRepo}`, `ModelScope: ${m.modelscopeRepo}`));
    if (!out.length) return null;
    return h('p', { class: 'small repos' }, this.t.getIt, ' ', joined(out));
  }
}
