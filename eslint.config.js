// ESLint 9 flat config: `make lint`, and the `lint` gate of `make test` (scripts/test.sh), run
//   eslint --max-warnings 0 'www/**/*.js' 'pkg-template/*.js' 'scripts/*.mjs' 'tests/**/*.mjs'
// Versions are pinned exactly in package.json (eslint, @eslint/js, globals, eslint-plugin-wc).
import js from '@eslint/js';
import globals from 'globals';
import { configs as wc } from 'eslint-plugin-wc';

const BROWSER = ['www/**/*.js', 'pkg-template/*.js'];
const NODE = ['scripts/*.mjs', 'tests/**/*.mjs'];

export default [
  // Built or installed output, never linted.
  { ignores: ['pkg/**', 'target/**', 'node_modules/**', 'tests/out/**', 'tests/e2e/out/**', 'tests/e2e/screenshots/**'] },

  { ...js.configs.recommended, files: [...BROWSER, ...NODE] },
  {
    files: [...BROWSER, ...NODE],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `catch { }` with a comment is how these files say "expected, nothing to do".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `_`-prefixed arguments are positional placeholders (e.g. attributeChangedCallback's).
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },

  // The element and the package: browser code (the package's index.js also runs under Node, but
  // reaches Node only through a dynamic import, never a Node global). The web-components
  // plugin's best-practice set is its recommended set (element names, no attributes touched in
  // the constructor, no `self` class) plus: shadow root attached in the constructor, guarded
  // super calls, no constructor parameters, open shadow roots (tests and hosts read them), no
  // customized built-ins (Safari lacks them), no child traversal in connected/attribute
  // callbacks, listeners on window/document torn down in disconnectedCallback, no typos in
  // lifecycle names. None of them fires on an intentional pattern here today; if one comes to,
  // turn that one rule off below with the reason, not the set.
  { ...wc['flat/best-practice'], files: BROWSER },
  {
    files: BROWSER,
    languageOptions: { globals: { ...globals.browser } },
  },

  // Scripts and tests run in Node, but the functions they hand to page.evaluate() and
  // addInitScript() run in the browser, so browser globals are defined there too.
  {
    files: NODE,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
