// The headless API of qwen-or-llama: call `await ready()` once, then the functions are
// synchronous. Importing this module has no side effects and touches no DOM global, and loads
// nothing: ready() imports the wasm-bindgen glue and fetches the .wasm, side by side, so a page
// that never starts the widget downloads neither, and a glue that fails to load is an error
// ready() reports (a static import would fail the whole module graph, with no event).

const ERROR_NAME = 'QwenOrLlamaError';
let pending = null;
// 'idle' | 'loading' | 'ready' | 'crashed' (a call trapped; recover() may re-instantiate once)
// | 'recovering' | 'dead' (trapped again, or the re-instantiation failed: for good)
let state = 'idle';
// The wasm-bindgen glue whose instance answers the calls: the one ready() imported, then (after
// recover()) a second copy of the glue, whose module state is fresh.
let api = null;
// What ready() instantiated from, to instantiate again from in recover(): [] for the default.
let source = null;
let recovery = null;
// test-trap: begin (scripts/build.sh removes each such block from release builds)
let trapNext = false;
// test-trap: end

function packageError(code, message, cause) {
  const err = new Error(message, cause === undefined ? undefined : { cause });
  err.name = ERROR_NAME;
  err.code = code;
  err.path = '';
  err.problems = [{ code, path: '', message }];
  return err;
}

/** What to instantiate the module from: `input`, else the package's .wasm (fetched, or read on Node). */
async function wasmSource(input) {
  if (input !== undefined) {
    const value = await input;
    // A Response or a Request can be read once: recover() fetches its URL again.
    source = [typeof Response === 'function' && value instanceof Response ? value.url || null
      : typeof Request === 'function' && value instanceof Request ? value.url : value];
    return value;
  }
  source = [];
  const url = new URL('./qwen_or_llama_bg.wasm', import.meta.url);
  if (url.protocol === 'file:') {
    // Node.js without a bundler: fetch() cannot read file: URLs. The module name is a variable
    // so that bundlers leave this branch alone; browsers never take it.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    return readFile(url);
  }
  return fetch(url);
}

/** Imports `glue` and gets the module's source at the same time, then instantiates it. */
async function load(glue, input) {
  const [mod, from] = await Promise.all([glue(), wasmSource(input)]);
  await mod.default({ module_or_path: from });
  return mod;
}

/**
 * Loads and instantiates the WebAssembly module, once. Later calls return the same promise;
 * after a failure (e.g. a network error) the next call tries again.
 */
export function ready(input) {
  if (pending === null) {
    state = 'loading';
    // webpackMode "eager": webpack keeps the glue in the same chunk (no chunk-loading <script>,
    // which a Trusted Types host would refuse); browsers and other bundlers import it lazily.
    pending = load(() => import(/* webpackMode: "eager" */ './qwen_or_llama.js'), input).then(
      (mod) => {
        api = mod;
        state = 'ready';
      },
      (cause) => {
        pending = null;
        state = 'idle';
        throw packageError(
          'load-failed',
          `qwen-or-llama: the WebAssembly module could not be loaded (${cause && cause.message ? cause.message : cause})`,
          cause,
        );
      },
    );
  }
  return pending;
}

/**
 * After a call threw a `crashed` error (the module trapped), discards the instance and
 * instantiates the module again, once, from the same source; concurrent calls share the work.
 * Resolves at once if the module is ready (before `ready()`, it is `ready()`); rejects with a
 * `crashed` error if the module trapped a second time or cannot be instantiated again.
 */
export function recover() {
  if (state === 'crashed') {
    state = 'recovering';
    recovery = (async () => {
      // A second copy of the glue: wasm-bindgen's init does nothing once its module has an
      // instance. A literal specifier, so that bundlers emit that copy as a lazy chunk.
      if (source[0] === null) throw new Error('the module was given as a Response without a URL');
      api = await load(() => import('./qwen_or_llama.js?instance=2'), ...source);
    })().then(
      () => {
        state = 'ready';
      },
      (cause) => {
        state = 'dead';
        throw packageError('crashed', `qwen-or-llama: the WebAssembly module could not be instantiated again (${cause && cause.message ? cause.message : cause}); reload the page`, cause);
      },
    );
  }
  if (state === 'recovering') return recovery;
  if (state === 'dead') return Promise.reject(packageError('crashed', 'qwen-or-llama: the WebAssembly module stopped after a second internal error; reload the page'));
  return ready();
}

// test-trap: begin
/**
 * Test builds only (`FEATURES=test-trap scripts/build.sh`): the next call traps the module, as a
 * bug would. The release build has neither this function nor the trap.
 * @internal
 */
export function __testTrapNextCall() {
  if (typeof api?.__testTrap !== 'function') throw packageError('internal', 'qwen-or-llama: this build has no test trap (FEATURES=test-trap scripts/build.sh)');
  trapNext = true;
}
// test-trap: end

/** True once `ready()` has resolved, while no call has trapped since. */
export function isReady() {
  return state === 'ready';
}

/** True if `e` is an error thrown by this package (it has `code`, `path` and `problems`). */
export function isQwenOrLlamaError(e) {
  return e instanceof Error && e.name === ERROR_NAME && typeof e.code === 'string';
}

function call(fn) {
  if (state === 'crashed' || state === 'recovering') {
    throw packageError('crashed', 'qwen-or-llama: the WebAssembly module stopped after an internal error; call `await recover()` or reload the page');
  }
  if (state === 'dead') {
    throw packageError('crashed', 'qwen-or-llama: the WebAssembly module stopped after a second internal error; reload the page');
  }
  if (state !== 'ready') {
    throw packageError('not-ready', 'qwen-or-llama: call `await ready()` before using the API');
  }
  try {
    // test-trap: begin
    if (trapNext) {
      trapNext = false;
      api.__testTrap();
    }
    // test-trap: end
    return fn();
  } catch (e) {
    // A trap (RuntimeError) leaves the instance in an unknown state: refuse further calls until
    // recover() has made a new one (once; a second trap is for good).
    if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) {
      state = recovery === null ? 'crashed' : 'dead';
      throw packageError('crashed', `qwen-or-llama: internal error (${e.message})`, e);
    }
    throw e;
  }
}

/** Largest JSON text accepted, in UTF-16 units (as the module's byte limit). */
const MAX_JSON_TEXT = 64 * 1024 * 1024;
const TOO_LARGE_TEXT = `too large (limit: ${MAX_JSON_TEXT / 1024 / 1024} MiB of JSON text)`;
/** Longest string accepted in any field, in characters (code points), as the core and the schema count. */
const MAX_STRING = 4096;
/** True if `s` has more than MAX_STRING code points (counted only when its UTF-16 length could be). */
function tooLong(s) {
  if (s.length <= MAX_STRING) return false;
  if (s.length > 2 * MAX_STRING) return true;
  let n = 0;
  for (const _ of s) if (++n > MAX_STRING) return true; // eslint-disable-line no-unused-vars
  return false;
}
/** Deepest nesting accepted (the module's limit too). */
const MAX_DEPTH = 32;

/** An error about the host's input at `path`; its message starts with the path, as the module's do. */
function inputError(code, path, detail) {
  const err = packageError(code, `${path}: ${detail}`);
  err.path = path;
  err.problems[0].path = path;
  return err;
}

/**
 * Host input as JSON text for the module. Walks the value the way JSON.stringify does (own
 * enumerable string keys; `undefined` fields left out, `undefined` elsewhere as null), but
 * refuses what JSON cannot hold (BigInt, symbols, functions, non-finite numbers) and anything
 * beyond the limits, each with a code and the path. Getters and Proxy traps run here, inside
 * `try`, so none can throw under the module's frames.
 */
function toJsonText(value, path) {
  let budget = MAX_JSON_TEXT;
  const spend = (n, at) => {
    budget -= n;
    if (budget < 0) throw inputError('too-large', at, TOO_LARGE_TEXT);
  };
  const unreadable = (at) => inputError('wrong-type', at, 'invalid type: a value that threw an exception when read, expected plain JSON data');
  const walk = (v, at, depth) => {
    if (v === undefined || v === null) {
      spend(4, at);
      return null;
    }
    switch (typeof v) {
      case 'boolean':
        spend(5, at);
        return v;
      case 'number':
        if (!Number.isFinite(v)) throw inputError('wrong-type', at, `invalid type: ${v}, expected a finite number`);
        spend(8, at);
        return v === 0 ? 0 : v; // -0 is 0
      case 'string':
        if (tooLong(v)) throw inputError('too-large', at, `too large (limit: ${MAX_STRING} characters per string)`);
        spend(v.length + 2, at);
        return v;
      case 'bigint':
        throw inputError('wrong-type', at, 'invalid type: a BigInt, expected a number');
      case 'symbol':
      case 'function':
        throw inputError('wrong-type', at, `invalid type: a ${typeof v}, expected a JSON value`);
      default:
        break;
    }
    if (depth >= MAX_DEPTH) throw inputError('too-large', at, `too large (limit: ${MAX_DEPTH} levels of nesting)`);
    let isArray;
    try {
      isArray = Array.isArray(v);
    } catch {
      throw unreadable(at);
    }
    if (isArray) {
      let length;
      try {
        length = v.length;
      } catch {
        throw unreadable(at);
      }
      if (!Number.isSafeInteger(length) || length < 0) throw inputError('wrong-type', at, 'invalid type: an array with an invalid length, expected an array');
      // Every element costs at least one byte of JSON, so a huge (even sparse) array is refused before it is walked.
      if (length > budget) throw inputError('too-large', at, TOO_LARGE_TEXT);
      spend(2, at);
      const out = [];
      for (let i = 0; i < length; i++) {
        const itemPath = `${at}[${i}]`;
        let item;
        try {
          item = v[i];
        } catch {
          throw unreadable(itemPath);
        }
        out.push(walk(item, itemPath, depth + 1));
        spend(1, at);
      }
      return out;
    }
    let keys;
    try {
      keys = Object.keys(v);
    } catch {
      throw unreadable(at);
    }
    spend(2, at);
    // No prototype: a "__proto__" key becomes an own property, as JSON.parse makes it.
    const out = Object.create(null);
    for (const key of keys) {
      if (tooLong(key)) throw inputError('too-large', at, `too large (limit: ${MAX_STRING} characters per key)`);
      const itemPath = `${at}.${key.length > 40 ? `${key.slice(0, 40)}…` : key}`;
      let item;
      try {
        item = v[key];
      } catch {
        throw unreadable(itemPath);
      }
      if (item === undefined) continue; // as in JSON.stringify: an undefined field is an absent field
      out[key] = walk(item, itemPath, depth + 1);
      spend(key.length + 3, at);
    }
    return out;
  };
  return JSON.stringify(walk(value, path, 0));
}

/** The questionnaire in `lang` ("en", the default, or "zh"). */
export function questions(lang) {
  return call(() => {
    // An object is the wrong type as a whole, whatever its fields hold.
    if (lang !== null && typeof lang === 'object') throw inputError('wrong-type', 'lang', 'invalid type: an object, expected a string');
    return api.questions(toJsonText(lang, 'lang'));
  });
}

/** Ranks the catalog for `answers` with `options`; throws a QwenOrLlamaError for bad input. */
export function recommend(answers, options) {
  return call(() => api.recommend(toJsonText(answers, 'answers'), toJsonText(options, 'options')));
}

/** The built-in catalog: `{ generations, licenses, corrections, models }`. */
export function catalog() {
  return call(() => api.catalog());
}

/** Checks a custom catalog (JSON text, an object of tables or an array of models); never throws for a bad catalog. */
export function validateCatalog(json) {
  return call(() => {
    if (typeof json === 'string') {
      if (json.length > MAX_JSON_TEXT) {
        return invalid('too-large', 'catalog', `catalog: ${TOO_LARGE_TEXT}`);
      }
      try {
        json = JSON.parse(json);
      } catch (e) {
        return invalid('invalid-json', 'catalog', `catalog: not valid JSON (${e && e.message ? e.message : e})`);
      }
    }
    let text;
    try {
      text = toJsonText(json, 'catalog');
    } catch (e) {
      if (!isQwenOrLlamaError(e)) throw e;
      return invalid(e.code, e.path, e.message);
    }
    return api.validateCatalog(text);
  });
}

function invalid(code, path, message) {
  return { ok: false, models: 0, problems: [{ code, path, message }] };
}

/** The package version. */
export function version() {
  return call(() => api.version());
}

/** The date the built-in catalog's facts were last checked, YYYY-MM-DD. */
export function dataAsOf() {
  return call(() => api.dataAsOf());
}
