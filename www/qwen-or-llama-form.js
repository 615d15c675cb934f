// The questionnaire's DOM: built once per language (and per `hide` list) from the core's questions,
// then only synchronised with the answers. Questions the core marks `more` (they rarely change the
// answer) fold under "More options"; a question the host hides stays hidden wherever it is.
import { h } from './qwen-or-llama-dom.js';

/** The form of one element: `el` is the <form>; `sync()` shows answers; `read()` parses a change. */
export class Form {
  /** `qs`: the core's questions; `t`: UI strings; `hide`: ids the host hid. */
  constructor(qs, t, hide) {
    this.qs = qs;
    this.t = t;
    this.boxes = new Map();
    // Whether "More options" was opened for a preset already (it is opened once, then left to
    // the reader).
    this.opened = false;
    this.el = h('form', { class: 'form', part: 'form', 'aria-label': t.form });
    this.el.addEventListener('submit', (e) => e.preventDefault());
    const qsMore = h('div', { class: 'qs' });
    this.moreSummary = h('summary', {}, t.more);
    this.more = h('details', { class: 'more', part: 'more' }, this.moreSummary, qsMore);
    for (const q of qs) {
      const box = question(q, t);
      if (hide.has(q.id)) box.dataset.hostHidden = '';
      this.boxes.set(q.id, box);
      (q.more ? qsMore : this.el).append(box);
    }
    if (qsMore.childElementCount) this.el.append(this.more);
  }

  /** Shows `valueOf(q)` in every control and hides the questions `visible(q)` rules out. */
  sync(valueOf, visible) {
    let shownMore = 0;
    let setMore = 0;
    for (const q of this.qs) {
      const box = this.boxes.get(q.id);
      const v = valueOf(q);
      const hidden = 'hostHidden' in box.dataset || !visible(q);
      if (box.hidden !== hidden) box.hidden = hidden;
      if (q.more && !hidden) {
        shownMore++;
        if (JSON.stringify(v) !== JSON.stringify(q.default)) setMore++;
      }
      if (q.kind === 'boolean') box.querySelector('input').checked = !!v;
      else if (q.kind === 'single' || q.kind === 'multi') {
        const want = new Set([v].flat().map(String));
        for (const i of box.querySelectorAll('input')) i.checked = want.has(i.value);
      } else {
        const sel = box.querySelector('select');
        if (v !== null && v !== undefined && ![...sel.options].some((o) => o.value === String(v))) {
          sel.append(h('option', { value: v }, q.unit ? `${v} ${q.unit}` : String(v)));
        }
        const s = v === null || v === undefined ? '' : String(v);
        if (sel.value !== s) sel.value = s;
      }
    }
    this.more.hidden = shownMore === 0;
    const label = setMore ? this.t.moreSet(setMore) : this.t.more;
    if (this.moreSummary.textContent !== label) this.moreSummary.textContent = label;
    // A host preset inside the fold is shown, not buried.
    if (setMore && !this.opened) {
      this.more.open = true;
      this.opened = true;
    }
  }

  /** The question and new value a changed control stands for: `{ q, value }` (`undefined`: unset). */
  read(input) {
    const q = this.qs.find((x) => x.id === input.dataset.q);
    if (!q) return null;
    if (q.kind === 'boolean') return { q, value: input.checked };
    if (q.kind === 'multi') return { q, value: [...this.boxes.get(q.id).querySelectorAll('input:checked')].map((i) => i.value) };
    if (q.kind === 'single') return { q, value: input.value };
    if (input.value === '') return { q, value: undefined };
    // A select of numbers (memory, context) or of ids (devices): the option's own value type.
    const option = q.options.find((o) => String(o.value) === input.value);
    return { q, value: option ? option.value : q.kind === 'number' ? Number(input.value) : input.value };
  }
}

function question(q, t) {
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
    let group = null;
    for (const o of q.options) {
      const opt = h('option', { value: o.value, title: o.help }, o.label);
      if (o.group) {
        if (!group || group.label !== o.group) {
          group = h('optgroup', { label: o.group });
          sel.append(group);
        }
        group.append(opt);
      } else {
        group = null;
        sel.append(opt);
      }
    }
    box = h('div', {}, h('label', { class: 'ql', for: `f-${q.id}` }, q.label), h('div', {}, sel));
  }
  box.classList.add('q');
  box.dataset.id = q.id;
  if (help) box.append(help);
  return box;
}
