// Uses the package the way a bundled app would: the headless API and the element entry point.
import { ready, recommend, version } from 'qwen-or-llama';
import 'qwen-or-llama/element';

ready().then(
  () => {
    const r = recommend({ language: 'zh', tasks: ['chat'] });
    document.getElementById('out').textContent = `${version()}: ${r.verdict.summary}`;
    document.title = `verdict:${r.verdict.family}`;
  },
  (e) => {
    document.title = `error:${e.code}`;
    document.getElementById('out').textContent = e.message;
  },
);
