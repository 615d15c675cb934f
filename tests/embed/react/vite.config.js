// Vite 8 transforms TSX with Oxc (its `esbuild` options are deprecated and would warn): React
// 19's automatic JSX runtime, as tsconfig.json's "jsx": "react-jsx" says for tsc.
export default {
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
};
