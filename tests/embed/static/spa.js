// A client-side router in miniature, as Turbo, Astro or an SPA router behave: `go()` replaces the
// page's content with a new <qwen-or-llama>, `restore()` puts a cached element back (the same
// instance, as Turbo's cache does). Each resolves when the element has shown a result.
const app = document.getElementById('app');
let cached = null;

function shown(el) {
  return new Promise((resolve) => el.addEventListener('qwen-or-llama-result', resolve, { once: true }));
}

window.router = {
  go(n) {
    const el = document.createElement('qwen-or-llama');
    el.setAttribute('lang', n % 2 ? 'zh' : 'en');
    el.setAttribute('answers', JSON.stringify({ language: n % 3 ? 'zh' : 'en' }));
    el.setAttribute('loading', 'eager');
    const done = shown(el);
    cached = el;
    app.replaceChildren(el);
    return done;
  },
  restore() {
    const el = cached;
    app.replaceChildren();
    const done = shown(el);
    app.append(el);
    // A restored element has its result already; a change of answers makes it answer again.
    el.answers = { ...el.answers, language: el.answers.language === 'zh' ? 'en' : 'zh' };
    return done;
  },
  // Leaves for a page without the widget and drops the cache.
  leave() {
    cached = null;
    app.replaceChildren();
  },
};
