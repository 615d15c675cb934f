// A React 19 app with <qwen-or-llama>: an `answers` object prop (set as the element's property),
// `theme`, React 19's custom-element event prop `onqwen-or-llama-result`, and a ref whose typed
// addEventListener listens for `qwen-or-llama-change`. check.mjs reads what they wrote.
import 'qwen-or-llama/element'; // defines <qwen-or-llama> before React renders it
import type {} from 'qwen-or-llama/jsx'; // <qwen-or-llama> in React's JSX
import type { Answers, VerdictFamily } from 'qwen-or-llama';
import type { QwenOrLlamaElement } from 'qwen-or-llama/element';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

// One object for every render: React sets the property again only when the prop changes.
const PRESET: Answers = { language: 'zh', tasks: ['chat', 'code'], memoryGb: 24 };

function App() {
  const ref = useRef<QwenOrLlamaElement>(null);
  const [verdict, setVerdict] = useState<VerdictFamily | null>(null);
  const [results, setResults] = useState(0);
  const [changed, setChanged] = useState<Answers | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const stop = new AbortController();
    // Typed by QwenOrLlamaElementEventMap: e is CustomEvent<Answers>.
    el.addEventListener('qwen-or-llama-change', (e) => setChanged(e.detail), { signal: stop.signal });
    return () => stop.abort();
  }, []);

  return (
    <main>
      <h1>Qwen or Llama? (React 19)</h1>
      <qwen-or-llama
        ref={ref}
        lang="en"
        theme="dark"
        answers={PRESET}
        onqwen-or-llama-result={(e) => {
          setVerdict(e.detail.verdict);
          setResults((n) => n + 1);
        }}
      >
        <p>Qwen or Llama? This interactive selector needs JavaScript and WebAssembly.</p>
      </qwen-or-llama>
      <p>
        Verdict: <output id="verdict-out" data-results={results}>{verdict ?? ''}</output>
      </p>
      <p>
        Last change: <output id="change-out">{changed ? JSON.stringify(changed) : ''}</output>
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
