// A vanilla Vite app using the package as the README says: the element entry point registers
// <qwen-or-llama> (in index.html), and the headless API answers without a DOM. Both share one
// module instance, so the page fetches the .wasm once.
import 'qwen-or-llama/element';
import { ready, recommend } from 'qwen-or-llama';

const out = document.getElementById('api-out');
ready().then(
  () => {
    out.textContent = recommend({ language: 'zh' }).verdict.family;
  },
  (e) => {
    out.textContent = `error: ${e.code}`;
    console.error(e);
  },
);
