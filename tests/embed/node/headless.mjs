// The headless API on Node 20: no window, no document; the .wasm is read from the package.
import assert from 'node:assert/strict';
import { ready, recommend, questions, validateCatalog, catalog, isReady } from 'qwen-or-llama';
// The element's modules import on a server too (SSR): they touch no DOM global and define nothing.
import { QwenOrLlamaElement } from 'qwen-or-llama/element';

assert.equal(typeof globalThis.window, 'undefined');
assert.equal(typeof globalThis.document, 'undefined');
assert.equal(typeof QwenOrLlamaElement.define, 'function');
assert.equal(QwenOrLlamaElement.define(), QwenOrLlamaElement, 'define() without a registry is a no-op');
assert.equal(isReady(), false);
await ready();
const r = recommend({ language: 'zh', device: 'rtx-4090' }, { lang: 'en' });
assert.equal(r.verdict.family, 'qwen');
assert.ok(r.best.qwen && r.best.llama);
assert.ok(questions('zh').some((q) => q.id === 'language'));
assert.equal(validateCatalog(catalog()).ok, true);
console.log(`embed: node: ok: headless API on ${process.version} with no window/document; the element module imports on a server; verdict ${r.verdict.family}`);
