// What a static site generator does: pre-render the verdict for a post's answers as text and as
// HTML, and put the HTML inside the element as its fallback.
import assert from 'node:assert/strict';
import { prerender } from 'qwen-or-llama/prerender';
import { catalog, recommend } from 'qwen-or-llama';

const answers = { language: 'zh', device: 'rtx-4090' };
const en = await prerender(answers);
assert.deepEqual(en.result.verdict, recommend(answers, { whatIf: false }).verdict);
assert.match(en.text, /^Qwen or Llama\? Verdict: Qwen\. /);
assert.match(en.text, new RegExp(`Best Qwen: ${en.result.best.qwen.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+(\\.\\d)?/100\\)`));
assert.match(en.html, /^<div class="qol-prerender" lang="en"><p><strong>Verdict: Qwen\.<\/strong>/);
const zh = await prerender(answers, { lang: 'zh' });
assert.match(zh.html, /lang="zh-CN"/);
assert.notEqual(zh.text, en.text);

// A host's strings are escaped: a custom catalog whose model name is markup stays text.
const c = catalog();
const evil = '<img src=x onerror=alert(1)>&"\'';
const i = c.models.findIndex((m) => m.id === en.result.best.qwen.id);
c.models[i] = { ...c.models[i], name: evil };
const hostile = await prerender(answers, { catalog: c });
assert.equal(hostile.result.best.qwen.name, evil);
assert.ok(!hostile.html.includes('<img'), 'markup in a name is escaped');
assert.ok(hostile.html.includes('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;'));
// Only the tags prerender writes.
assert.deepEqual([...new Set(hostile.html.match(/<\/?([a-z]+)/g).map((t) => t.replace(/[</]/g, '')))].sort(), ['div', 'li', 'p', 'small', 'strong', 'ul']);

const page = `<qwen-or-llama lang="en" answers='${JSON.stringify(answers)}'>${en.html}</qwen-or-llama>`;
console.log(`embed: node: ok: prerender() as text (${en.text.split('\n').length} lines) and escaped HTML for the element's fallback (${page.length} chars):\n${en.text.replace(/^/gm, '    ')}`);
