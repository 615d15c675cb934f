'use client';
// The Client Component that registers <qwen-or-llama> for the whole page (the Server
// Component's instance too) and renders a second instance with a React 19 event prop.
//
// The import is at the top, the simplest way: Client Components are also rendered on the
// server, so this module is evaluated in Node during `next build` (prerendering) and `next
// start`. That is safe because the package touches no DOM global at import: on the server the
// element class extends a stub and define() does nothing (no `customElements`). In the browser
// the import runs before React hydrates, so the tags are upgraded early; upgrading only attaches
// a shadow root and leaves the light DOM React hydrates as it was, so there is no mismatch and
// no useEffect(() => import(...)) is needed.
import 'qwen-or-llama/element';
import { useEffect, useState } from 'react';

export default function Verdict() {
  const [verdict, setVerdict] = useState('');
  // React 19 adds an `on…` prop with a function value on a custom element as an event listener
  // for the rest of the name, here 'qwen-or-llama-result' (and leaves it out of the server
  // HTML), but only when it creates the element: hydrating a server-rendered one attaches no
  // listener (react-dom 19.3.1, facebook/react#35446, vercel/next.js#84091), so this instance
  // would fire its result unheard. The `key` makes React replace the server's element with one
  // it creates once the page has hydrated; the listener is then on it before it is connected,
  // so no result can be missed. The server HTML still has the tag and its fallback.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section>
      <h2>Pre-filled for Chinese, compact</h2>
      <qwen-or-llama
        key={hydrated ? 'client' : 'server'}
        lang="en"
        compact
        answers='{"language":"zh"}'
        onqwen-or-llama-result={(e) => setVerdict(`${e.detail.verdict}: ${e.detail.summary}`)}
      >
        <p>Qwen or Llama? This interactive selector needs JavaScript and WebAssembly.</p>
      </qwen-or-llama>
      <p>
        Verdict: <output id="verdict-out">{verdict}</output>
      </p>
    </section>
  );
}
