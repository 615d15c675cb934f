// Pre-rendering for static site generators and servers: the verdict for given answers as plain
// text, or as HTML to put inside <qwen-or-llama>, where it is the fallback a reader sees until the
// element starts (and all a reader without JavaScript sees). Runs on Node 20 or in a browser;
// touches no DOM. Every string from the core or the caller is escaped: the HTML holds only the
// tags written here.
import { ready, recommend } from './index.js';
import { FAMILY_NAMES, STRINGS } from './qwen-or-llama-strings.js';

const FAMILIES = ['qwen', 'llama'];
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The recommendation for `answers` as `{ text, html, result }`. `options`: `lang` ("en" or "zh"),
 * `catalog` (a custom catalog, as for `recommend()`). Loads the module on first use
 * (`ready()`); throws a QwenOrLlamaError for bad answers, as `recommend()` does.
 */
export async function prerender(answers = {}, options = {}) {
  await ready();
  const { lang = 'en', catalog } = options ?? {};
  const result = recommend(answers, catalog === undefined ? { lang, whatIf: false } : { lang, whatIf: false, catalog });
  const t = STRINGS[result.lang] ?? STRINGS.en;
  const v = result.verdict;
  const picks = FAMILIES.map((f) => {
    const m = result.best[f];
    return { label: t.best[f], value: m ? `${m.name} (${m.score}/100)` : t.noFit(FAMILY_NAMES[f]) };
  });
  const asOf = t.asOf(result.dataAsOf, result.catalogSize);
  const text = [`${t.title} ${t.verdict}: ${v.label}. ${v.summary}`, ...picks.map((p) => `${p.label}: ${p.value}`), asOf].join('\n');
  const html = `<div class="qol-prerender" lang="${result.lang === 'zh' ? 'zh-CN' : 'en'}">`
    + `<p><strong>${escape(`${t.verdict}: ${v.label}.`)}</strong> ${escape(v.summary)}</p>`
    + `<ul>${picks.map((p) => `<li>${escape(p.label)}: ${escape(p.value)}</li>`).join('')}</ul>`
    + `<p><small>${escape(asOf)}</small></p></div>`;
  return { text, html, result };
}
