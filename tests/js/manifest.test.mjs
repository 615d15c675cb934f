// The generated custom-elements.json (scripts/manifest.mjs, from the element's JSDoc) agrees with
// what the element does: its attributes are the observed ones, its events the dispatched ones,
// its parts the rendered ones and its CSS properties the styled ones; both READMEs name the same
// parts and properties, and element.d.ts declares every public property.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('pkg/custom-elements.json'));
const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
const sorted = (xs) => [...new Set(xs)].sort();
const names = (xs) => sorted(xs.map((x) => x.name));
const all = (text, re) => [...text.matchAll(re)].map((m) => m[1]);

test('the manifest describes <qwen-or-llama> from the package files', async () => {
  assert.match(manifest.schemaVersion, /^\d+\.\d+\.\d+$/);
  assert.equal(el.tagName, 'qwen-or-llama');
  const pkg = JSON.parse(read('pkg/package.json'));
  assert.equal(pkg.customElements, './custom-elements.json');
  const mod = manifest.modules.find((m) => m.path === 'qwen-or-llama-element.js');
  assert.ok(mod, 'the class module is described by its path in the package');
});

test('attributes are the observed attributes, each with a type and a description', async () => {
  // Importing the class on Node works (no DOM global is touched until an element is created).
  const { QwenOrLlamaElement } = await import('../../pkg/qwen-or-llama-element.js');
  assert.deepEqual(names(el.attributes), sorted(QwenOrLlamaElement.observedAttributes));
  for (const a of el.attributes) assert.ok(a.type?.text && a.description, `attribute ${a.name} has a type and a description`);
});

test('events are the ones the element dispatches', () => {
  const dispatched = all(read('www/qwen-or-llama-element.js'), /event\(this, '(\w+)'/g).map((n) => `qwen-or-llama-${n}`);
  assert.deepEqual(names(el.events), sorted(dispatched));
});

test('parts are the ones the element renders, and both READMEs list the same', () => {
  const www = ['form', 'result', 'element'].map((f) => read(`www/qwen-or-llama-${f}.js`)).join('\n');
  const rendered = [...all(www, /part: '([a-z-]+)'/g), ...all(www, /sec\('([a-z]+)'/g)];
  assert.deepEqual(names(el.cssParts), sorted(rendered));
  for (const readme of ['README.md', 'pkg-template/README.md']) {
    const line = read(readme).replace(/\n/g, ' ').match(/`part` names (.*?)\. /)[1];
    assert.deepEqual(sorted(all(line, /`([a-z-]+)`/g)), names(el.cssParts), `${readme} lists the parts`);
  }
});

test('CSS properties are the ones the styles read, and both READMEs list the same', () => {
  const used = all(read('www/qwen-or-llama-styles.js'), /var\((--qol-[a-z-]+)/g);
  assert.deepEqual(names(el.cssProperties), sorted(used));
  for (const readme of ['README.md', 'pkg-template/README.md']) {
    const text = read(readme).replace(/\n/g, ' ').match(/Styling: CSS custom properties (.*?); `part` names/)[1];
    assert.deepEqual(sorted(all(text, /`(--qol-[a-z-]+)`/g)), names(el.cssProperties), `${readme} lists the properties`);
  }
});

test('element.d.ts declares every public property and method', () => {
  const dts = read('pkg-template/element.d.ts');
  for (const m of el.members) assert.match(dts, new RegExp(`\\b${m.name}\\b[?(:]|get ${m.name}\\(`), `element.d.ts declares ${m.name}`);
});
