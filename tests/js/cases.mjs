// The wasm boundary suite, shared by Node (boundary.test.mjs) and headless Chromium
// (browser.html, driven by run-browser.mjs). It only uses what both environments have: no
// node: modules, no DOM. `api` is the package's index.js module, after `ready()`.

export class CheckError extends Error {}

function check(cond, message) {
  if (!cond) throw new CheckError(message);
}

function eq(actual, expected, what) {
  check(
    Object.is(actual, expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );
}

const CJK = /[\u4e00-\u9fff]/;

/** True if `v` holds only what JSON holds: plain objects, arrays, strings, finite numbers, booleans, null. */
function isPlainJson(v, depth = 0) {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isPlainJson(x, depth + 1));
  if (typeof v === 'object') {
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    return Object.values(v).every((x) => isPlainJson(x, depth + 1));
  }
  return false; // undefined, bigint, symbol, function
}

/** The sentinel: after any input, good or bad, the module must still answer correctly. */
export function sentinel(api) {
  const r = api.recommend({ language: 'zh' });
  eq(r.verdict.family, 'qwen', 'sentinel recommend({language:"zh"}).verdict.family');
  eq({}.polluted, undefined, '({}).polluted after the input');
  eq(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false, 'Object.prototype.polluted');
}

/** Two models, one of each family, from the built-in catalog, with links to others removed. */
function twoModels(api) {
  const all = api.catalog().models;
  const qwen = all.find((m) => m.family === 'qwen');
  const llama = all.find((m) => m.family === 'llama');
  return [qwen, llama].map((m) => ({ ...m, supersededBy: null }));
}

function deepArray(levels) {
  let v = [];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

/**
 * Bad inputs: each must throw a QwenOrLlamaError with this code and path (or a path starting
 * with `pathPrefix`), and leave the module working.
 */
export function badInputs(api) {
  const cyclic = { language: 'zh' };
  cyclic.self = cyclic;
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const withBadSuccessor = () => {
    const [a, b] = twoModels(api);
    return [{ ...a, supersededBy: 'no-such-model' }, b];
  };
  return [
    { name: 'answers is a string', call: () => api.recommend('zh'), code: 'wrong-type', path: 'answers' },
    { name: 'answers is a number', call: () => api.recommend(42), code: 'wrong-type', path: 'answers' },
    { name: 'answers is an array', call: () => api.recommend(['zh']), code: 'wrong-type', path: 'answers' },
    { name: 'answers is a function', call: () => api.recommend(() => ({})), code: 'wrong-type', path: 'answers' },
    { name: 'answers is a BigInt', call: () => api.recommend(10n), code: 'wrong-type', path: 'answers' },
    { name: 'answers is a Symbol', call: () => api.recommend(Symbol('zh')), code: 'wrong-type', path: 'answers' },
    { name: 'memoryGb is a string', call: () => api.recommend({ memoryGb: '24' }), code: 'wrong-type', path: 'answers.memoryGb' },
    { name: 'memoryGb is NaN', call: () => api.recommend({ memoryGb: NaN }), code: 'wrong-type', path: 'answers.memoryGb', message: /finite/ },
    { name: 'contextTokens is Infinity', call: () => api.recommend({ contextTokens: Infinity }), code: 'wrong-type', path: 'answers.contextTokens' },
    { name: 'weight is -Infinity', call: () => api.recommend({}, { weights: { language: -Infinity } }), code: 'wrong-type', path: 'options.weights.language' },
    { name: 'memoryGb is a BigInt', call: () => api.recommend({ memoryGb: 24n }), code: 'wrong-type', path: 'answers.memoryGb' },
    { name: 'negative memoryGb', call: () => api.recommend({ memoryGb: -1 }), code: 'out-of-range', path: 'answers.memoryGb' },
    { name: 'contextTokens is not whole', call: () => api.recommend({ contextTokens: 1.5 }), code: 'wrong-type', path: 'answers.contextTokens' },
    { name: 'unknown task', call: () => api.recommend({ tasks: ['chat', 'dance'] }), code: 'unknown-value', path: 'answers.tasks[1]', message: /`dance`/ },
    { name: 'unknown answers field', call: () => api.recommend({ memGb: 3 }), code: 'unknown-field', path: 'answers.memGb' },
    { name: 'language is a Symbol', call: () => api.recommend({ language: Symbol('zh') }), code: 'wrong-type', path: 'answers.language' },
    { name: 'tasks item is a function', call: () => api.recommend({ tasks: [() => 'chat'] }), code: 'wrong-type', path: 'answers.tasks[0]' },
    { name: 'sparse tasks array', call: () => api.recommend({ tasks: [, 'chat'] }), code: 'wrong-type', path: 'answers.tasks[0]' }, // eslint-disable-line no-sparse-arrays
    { name: 'huge sparse array', call: () => api.recommend({ tasks: new Array(1e9) }), code: 'too-large', path: 'answers.tasks' },
    { name: '10 MB string', call: () => api.recommend({ language: 'x'.repeat(10_000_000) }), code: 'too-large', path: 'answers.language' },
    { name: '__proto__ key from JSON.parse', call: () => api.recommend(JSON.parse('{"__proto__": {"polluted": true}, "language": "zh"}')), code: 'unknown-field', path: 'answers.__proto__' },
    { name: '__proto__ in a custom catalog model', call: () => api.recommend({}, { catalog: [JSON.parse('{"__proto__": {"polluted": true}}')] }), code: 'unknown-field', pathPrefix: 'options.catalog[0]' },
    { name: 'throwing getter', call: () => api.recommend({ get language() { throw new Error('boom'); } }), code: 'wrong-type', path: 'answers.language' },
    { name: 'Proxy with throwing ownKeys', call: () => api.recommend(new Proxy({}, { ownKeys() { throw new Error('trap'); } })), code: 'wrong-type', path: 'answers' },
    { name: 'Proxy with throwing get', call: () => api.recommend(new Proxy({ language: 'zh' }, { get() { throw new Error('trap'); } })), code: 'wrong-type', path: 'answers.language' },
    { name: 'revoked Proxy', call: () => api.recommend(revoked), code: 'wrong-type', path: 'answers' },
    { name: 'array Proxy with throwing length', call: () => api.recommend({ tasks: new Proxy(['chat'], { get(t, k) { if (k === 'length') throw new Error('trap'); return t[k]; } }) }), code: 'wrong-type', path: 'answers.tasks' },
    { name: 'cyclic object', call: () => api.recommend(cyclic), code: 'too-large', pathPrefix: 'answers.self.self' },
    { name: '10,000-deep nested array', call: () => api.recommend({ tasks: deepArray(10_000) }), code: 'too-large', pathPrefix: 'answers.tasks[0][0]' },
    { name: 'options is a string', call: () => api.recommend({}, 'zh'), code: 'wrong-type', path: 'options' },
    { name: 'null where a model object is required', call: () => api.recommend({}, { catalog: [null] }), code: 'wrong-type', path: 'options.catalog[0]' },
    { name: 'weights is an array', call: () => api.recommend({}, { weights: [1, 2] }), code: 'wrong-type', path: 'options.weights' },
    { name: 'top is 0', call: () => api.recommend({}, { top: 0 }), code: 'out-of-range', path: 'options.top' },
    { name: 'unknown options.lang', call: () => api.recommend({}, { lang: 'fr' }), code: 'unknown-value', path: 'options.lang' },
    { name: 'unknown option', call: () => api.recommend({}, { language: 'zh' }), code: 'unknown-field', path: 'options.language' },
    { name: 'empty custom catalog', call: () => api.recommend({}, { catalog: [] }), code: 'empty-catalog', path: 'options.catalog' },
    { name: 'unknown supersededBy in a custom catalog', call: () => api.recommend({}, { catalog: withBadSuccessor() }), code: 'unknown-value', path: 'options.catalog[0].supersededBy', message: /no-such-model/ },
    { name: 'duplicate ids in a custom catalog', call: () => { const [a] = twoModels(api); return api.recommend({}, { catalog: [a, a] }); }, code: 'duplicate-id', path: 'options.catalog[1].id' },
    { name: 'questions: unknown lang', call: () => api.questions('fr'), code: 'unknown-value', path: 'lang' },
    { name: 'questions: lang is a number', call: () => api.questions(5), code: 'wrong-type', path: 'lang' },
    { name: 'questions: lang is an object', call: () => api.questions({ toString: () => 'zh' }), code: 'wrong-type', path: 'lang' },
  ];
}

/** Runs one bad input: it must throw the right QwenOrLlamaError, and the sentinel must pass after it. */
export function runBad(api, c) {
  let thrown = null;
  try {
    c.call();
  } catch (e) {
    thrown = e;
  }
  check(thrown !== null, `${c.name}: expected a ${c.code} error, but the call returned`);
  check(thrown instanceof Error, `${c.name}: thrown value is not an Error: ${String(thrown)}`);
  check(!(thrown instanceof WebAssembly.RuntimeError), `${c.name}: the module trapped: ${thrown.message}`);
  eq(thrown.name, 'QwenOrLlamaError', `${c.name}: error.name`);
  eq(thrown.code, c.code, `${c.name}: error.code (message: ${thrown.message})`);
  if (c.path !== undefined) eq(thrown.path, c.path, `${c.name}: error.path`);
  if (c.pathPrefix !== undefined) {
    check(
      typeof thrown.path === 'string' && thrown.path.startsWith(c.pathPrefix),
      `${c.name}: error.path ${JSON.stringify(thrown.path)} does not start with ${c.pathPrefix}`,
    );
  }
  check(typeof thrown.message === 'string' && thrown.message.length > 0, `${c.name}: empty message`);
  check(thrown.message.length < 2000, `${c.name}: message is ${thrown.message.length} characters long`);
  check(thrown.message.startsWith(thrown.path), `${c.name}: message does not start with the path: ${thrown.message}`);
  if (c.message) check(c.message.test(thrown.message), `${c.name}: message ${JSON.stringify(thrown.message)} does not match ${c.message}`);
  check(api.isQwenOrLlamaError(thrown), `${c.name}: isQwenOrLlamaError(error) is false`);
  check(Array.isArray(thrown.problems) && thrown.problems.length >= 1, `${c.name}: error.problems is empty`);
  const first = thrown.problems[0];
  eq(first.code, thrown.code, `${c.name}: problems[0].code`);
  eq(first.path, thrown.path, `${c.name}: problems[0].path`);
  eq(first.message, thrown.message, `${c.name}: problems[0].message`);
  sentinel(api);
}

/** Every export, good inputs. */
export function goodCases(api, { expectedVersion } = {}) {
  return [
    {
      name: 'version() and dataAsOf()',
      run() {
        check(/^\d+\.\d+\.\d+/.test(api.version()), `version() = ${api.version()}`);
        if (expectedVersion) eq(api.version(), expectedVersion, 'version() vs package.json');
        check(/^\d{4}-\d{2}-\d{2}$/.test(api.dataAsOf()), `dataAsOf() = ${api.dataAsOf()}`);
      },
    },
    {
      name: 'questions() in English by default, Chinese on request',
      run() {
        const en = api.questions();
        check(Array.isArray(en) && en.length > 0, 'questions() is empty');
        check(isPlainJson(en), 'questions() is not plain JSON');
        for (const q of en) {
          check(typeof q.id === 'string' && typeof q.label === 'string' && typeof q.kind === 'string', `bad question ${JSON.stringify(q)}`);
        }
        check(en.some((q) => q.id === 'language'), 'no "language" question');
        check(!en.some((q) => CJK.test(q.label)), 'English questions contain Chinese');
        const zh = api.questions('zh');
        eq(zh.length, en.length, 'questions("zh").length');
        check(zh.every((q) => CJK.test(q.label)), 'Chinese labels are not Chinese');
        eq(JSON.stringify(api.questions('zh-CN')), JSON.stringify(zh), 'questions("zh-CN")');
        eq(JSON.stringify(api.questions(null)), JSON.stringify(en), 'questions(null)');
        eq(JSON.stringify(api.questions('en')), JSON.stringify(en), 'questions("en")');
      },
    },
    {
      name: 'catalog() is plain JSON, sorted by id, both families',
      run() {
        const whole = api.catalog();
        check(isPlainJson(whole), 'catalog() is not plain JSON (Map, undefined, BigInt?)');
        for (const table of ['generations', 'licenses', 'corrections', 'models']) {
          check(Array.isArray(whole[table]) && whole[table].length >= 2, `catalog().${table} is too small`);
        }
        const c = whole.models;
        const ids = c.map((m) => m.id);
        check(ids.every((id, i) => i === 0 || ids[i - 1] < id), 'catalog() is not sorted by id');
        check(c.some((m) => m.family === 'qwen') && c.some((m) => m.family === 'llama'), 'a family is missing');
      },
    },
    {
      name: 'catalog() round-trips through validateCatalog and recommend',
      run() {
        const c = api.catalog();
        const asObject = api.validateCatalog(c);
        eq(asObject.ok, true, `validateCatalog(catalog()).ok (problems: ${JSON.stringify(asObject.problems)})`);
        eq(asObject.models, c.models.length, 'validateCatalog(catalog()).models');
        eq(asObject.problems.length, 0, 'validateCatalog(catalog()).problems.length');
        const asText = api.validateCatalog(JSON.stringify(c));
        eq(asText.ok, true, 'validateCatalog(JSON text).ok');
        eq(asText.models, c.models.length, 'validateCatalog(JSON text).models');
        // The models alone take the built-in licenses, generations and corrections.
        const asArray = api.validateCatalog(c.models);
        eq(asArray.ok, true, `validateCatalog(catalog().models).ok (problems: ${JSON.stringify(asArray.problems)})`);
        // The built-in catalog given back as a custom one gives the same result.
        for (const answers of [{}, { language: 'zh', tasks: ['code', 'vision'], memoryGb: 80 }, { deployment: 'cloud', use: 'research' }]) {
          for (const lang of ['en', 'zh']) {
            const builtin = JSON.stringify(api.recommend(answers, { lang }));
            eq(JSON.stringify(api.recommend(answers, { lang, catalog: c })), builtin, `recommend(${JSON.stringify(answers)}, { catalog: catalog() })`);
            eq(JSON.stringify(api.recommend(answers, { lang, catalog: c.models })), builtin, `recommend(${JSON.stringify(answers)}, { catalog: catalog().models })`);
          }
        }
      },
    },
    {
      name: 'validateCatalog reports problems without throwing',
      run() {
        const cases = [
          [5, 'wrong-type', 'catalog'],
          [null, 'wrong-type', 'catalog'],
          [undefined, 'wrong-type', 'catalog'],
          [{}, 'missing-field', 'catalog.models'],
          [{ models: [], licences: [] }, 'unknown-field', 'catalog.licences'],
          ['not json', 'invalid-json', 'catalog'],
          ['[]', 'empty-catalog', 'catalog'],
          [[], 'empty-catalog', 'catalog'],
          [[{}], 'missing-field', 'catalog[0].'],
          [deepArray(10_000), 'too-large', 'catalog[0]'],
          ['['.repeat(10_000) + ']'.repeat(10_000), 'too-large', 'catalog'],
          ['['.repeat(10_000), 'invalid-json', 'catalog'],
          [`[${'1,'.repeat(30_000)}1]`, 'too-large', 'catalog'],
          [new Proxy([], { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } }), 'wrong-type', 'catalog'],
          [10n, 'wrong-type', 'catalog'],
        ];
        for (const [input, code, pathPrefix] of cases) {
          const label = typeof input === 'string' ? JSON.stringify(input.slice(0, 20)) : typeof input;
          const r = api.validateCatalog(input);
          check(isPlainJson(r), `validateCatalog(${label}) result is not plain JSON`);
          eq(r.ok, false, `validateCatalog(${label}).ok`);
          eq(r.models, 0, `validateCatalog(${label}).models`);
          check(r.problems.length >= 1, `validateCatalog(${label}) has no problems`);
          eq(r.problems[0].code, code, `validateCatalog(${label}).problems[0].code (${r.problems[0].message})`);
          check(r.problems[0].path.startsWith(pathPrefix), `validateCatalog(${label}).problems[0].path = ${r.problems[0].path}`);
          check(r.problems.every((p) => p.message.startsWith(p.path)), `validateCatalog(${label}): a message does not name its path`);
          sentinel(api);
        }
        // Several problems are all reported.
        const [a, b] = twoModels(api);
        const r = api.validateCatalog([{ ...a, paramsB: -1 }, { ...b, family: 'mistral' }]);
        check(r.problems.length >= 2, `expected 2+ problems, got ${JSON.stringify(r.problems)}`);
      },
    },
    {
      name: 'recommend() with defaults, undefined and null',
      run() {
        for (const [answers, options] of [[undefined, undefined], [null, null], [{}, {}], [{ language: undefined }, { catalog: undefined }]]) {
          const r = api.recommend(answers, options);
          check(isPlainJson(r), 'recommend() result is not plain JSON');
          check(['qwen', 'llama', 'tie', 'none'].includes(r.verdict.family), `verdict.family = ${r.verdict.family}`);
          check(typeof r.verdict.summary === 'string' && r.verdict.summary.length > 0, 'empty verdict.summary');
          check(Array.isArray(r.ranked) && Array.isArray(r.excluded), 'ranked/excluded missing');
          eq(r.answers.language, 'en', 'default answers.language');
            eq(r.catalogSize, api.catalog().models.length, 'catalogSize');
          eq(r.dataAsOf, api.dataAsOf(), 'result.dataAsOf');
        }
      },
    },
    {
      name: 'recommend() for Chinese gives Qwen, with Chinese text on request',
      run() {
        const r = api.recommend({ language: 'zh', tasks: ['chat'], memoryGb: 24 }, { lang: 'zh' });
        eq(r.verdict.family, 'qwen', 'verdict.family');
        eq(r.lang, 'zh', 'result.lang');
        check(CJK.test(r.verdict.summary), `summary is not Chinese: ${r.verdict.summary}`);
        check(r.ranked.length > 0, 'nothing ranked');
        check(r.ranked.every((m, i) => m.rank === i + 1), 'ranks are not 1..n');
      },
    },
    {
      name: 'recommend() accepts Object.create(null) objects',
      run() {
        const answers = Object.create(null);
        answers.language = 'zh';
        const options = Object.create(null);
        options.top = 3;
        const r = api.recommend(answers, options);
        eq(r.verdict.family, 'qwen', 'verdict.family');
        check(r.ranked.length <= 3, `top: 3 gave ${r.ranked.length} models`);
      },
    },
    {
      name: 'recommend() ignores symbol keys and non-enumerable properties',
      run() {
        const answers = { language: 'zh', [Symbol('x')]: 'ignored' };
        Object.defineProperty(answers, 'hidden', { value: 1, enumerable: false });
        eq(api.recommend(answers).verdict.family, 'qwen', 'verdict.family');
      },
    },
    {
      name: 'recommend() with a custom catalog of two models ranks only those',
      run() {
        const two = twoModels(api);
        const ids = new Set(two.map((m) => m.id));
        const v = api.validateCatalog(two);
        eq(v.ok, true, `validateCatalog(two) (problems: ${JSON.stringify(v.problems)})`);
        eq(v.models, 2, 'validateCatalog(two).models');
        const r = api.recommend({}, { catalog: two });
        eq(r.catalogSize, 2, 'catalogSize');
        eq(r.ranked.length + r.excluded.length, 2, 'ranked + excluded');
        for (const m of [...r.ranked, ...r.excluded]) check(ids.has(m.id), `${m.id} is not in the custom catalog`);
        if (r.best.qwen) check(ids.has(r.best.qwen.id), 'best.qwen not from the custom catalog');
        if (r.best.llama) check(ids.has(r.best.llama.id), 'best.llama not from the custom catalog');
      },
    },
    {
      name: 'recommend() is deterministic',
      run() {
        const a = { language: 'multi', tasks: ['code', 'reasoning'], memoryGb: 48, use: 'commercial', priority: 'quality' };
        eq(JSON.stringify(api.recommend(a)), JSON.stringify(api.recommend(a)), 'two identical calls');
      },
    },
  ];
}

/** Calling before ready() throws a clear error; run it on a fresh module instance. */
export function checkNotReady(api) {
  let thrown = null;
  try {
    api.recommend({});
  } catch (e) {
    thrown = e;
  }
  check(thrown instanceof Error, 'recommend() before ready() did not throw an Error');
  eq(thrown.code, 'not-ready', 'code before ready()');
  eq(thrown.name, 'QwenOrLlamaError', 'name before ready()');
  check(/ready\(\)/.test(thrown.message), `message does not mention ready(): ${thrown.message}`);
  eq(api.isReady(), false, 'isReady() before ready()');
}

/** Every case as { name, run }, after ready(). */
export function allCases(api, opts) {
  const bad = badInputs(api).map((c) => ({ name: `bad input: ${c.name}`, run: () => runBad(api, c) }));
  return [...goodCases(api, opts), ...bad, { name: 'sentinel after everything', run: () => sentinel(api) }];
}
