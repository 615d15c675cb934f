// DOM helpers for the element's rendering. Hand-written because the element has no dependencies:
// createElement and textContent only, so every string from the core or the host renders as text,
// and URL attributes are set only through link(), which allows http(s).

/** `h('tag', {attr: value}, ...children)`: an element; text children become text nodes. */
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  for (const k of kids.flat()) if (k !== null && k !== undefined && k !== false) el.append(typeof k === 'object' ? k : String(k));
  return el;
}

/** Replaces `el`'s children with `kids` (arrays flattened, null/false left out, text as text). */
export function fill(el, ...kids) {
  el.replaceChildren(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));
}

/** Sets `el`'s text only if it differs, so an unchanged node is not touched. */
export function setText(el, text) {
  const s = String(text ?? '');
  if (el.textContent !== s) el.textContent = s;
}

/** Sets (or, for null, removes) an attribute only if it differs. */
export function setAttr(el, name, value) {
  if (value === null || value === undefined || value === false) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else {
    const s = value === true ? '' : String(value);
    if (el.getAttribute(name) !== s) el.setAttribute(name, s);
  }
}

/** A link to an http(s) URL, shown shortened; anything else is shown as plain text. */
export function link(url, text) {
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

/** Nodes separated by " · ". */
export const joined = (nodes) => nodes.flatMap((n, i) => (i ? [' · ', n] : [n]));

/** Links to `urls`, separated by " · ". */
export const links = (urls) => joined(urls.map((u) => link(u)));

/** A decorative bar of `value` out of `max` (its number is always shown next to it as text). */
export function bar(value, max, cls) {
  const i = h('i');
  setBar(i, value, max);
  return h('span', { class: `bar ${cls || ''}`, 'aria-hidden': 'true' }, i);
}

/** Updates a bar's fill (the `<i>` inside a bar()). */
export function setBar(i, value, max) {
  const t = `scaleX(${Math.max(0, Math.min(1, value / (max || 1)))})`;
  if (i.style.transform !== t) i.style.transform = t;
}

/** One decimal, for points. */
export const round1 = (x) => Math.round(x * 10) / 10;
