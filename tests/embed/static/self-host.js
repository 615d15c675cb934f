// An app that serves the .wasm from its own asset path: it hands ready() the URL before the
// element starts, and the element then uses that same module instance.
import { ready } from '/npm/qwen-or-llama/index.js';

await ready(new URL('/assets/selector.wasm', location.href));
await import('/npm/qwen-or-llama/element.js');
