// A Server Component (no 'use client'): the <qwen-or-llama> tag is plain HTML here, rendered on
// the server with its light-DOM fallback, and upgraded in the browser once <Verdict> (a Client
// Component) has imported 'qwen-or-llama/element'. A Server Component cannot register the
// element itself: its code never runs in the browser.
import Verdict from './verdict.js';

export default function Page() {
  return (
    <main>
      <h1>Qwen or Llama?</h1>
      <p>
        An App Router page: the selector below is rendered by a Server Component and comes to
        life in the browser; the second one is rendered by a Client Component that listens to
        its result event through a React 19 prop.
      </p>
      <qwen-or-llama lang="en" answers='{"language":"zh"}'>
        <p>Qwen or Llama? This interactive selector needs JavaScript and WebAssembly.</p>
      </qwen-or-llama>
      <Verdict />
    </main>
  );
}
