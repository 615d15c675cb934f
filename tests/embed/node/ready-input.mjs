// ready(input): the module from bytes, a compiled WebAssembly.Module, a Response or a promise of
// one, for apps that serve or bundle the .wasm themselves. Usage: node ready-input.mjs FORM
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ready, recommend } from 'qwen-or-llama';

const form = process.argv[2];
const path = createRequire(import.meta.url).resolve('qwen-or-llama/qwen_or_llama_bg.wasm');
const bytes = await readFile(path);
const response = () => new Response(bytes, { headers: { 'content-type': 'application/wasm' } });
const inputs = {
  bytes: () => bytes,
  module: () => new WebAssembly.Module(bytes),
  response,
  promise: () => Promise.resolve(response()),
};
assert.ok(inputs[form], `unknown form ${form}`);
await ready(inputs[form]());
assert.equal(recommend({}).verdict.family, 'qwen');
console.log(`embed: node: ok: ready(${form}) loads the module and answers`);
