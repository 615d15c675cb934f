// The headless API of qwen-or-llama: call `await ready()` once, then the functions are
// synchronous. Importing this module has no side effects and touches no DOM global.
import initWasm, * as wasm from './qwen_or_llama.js';

const ERROR_NAME = 'QwenOrLlamaError';
let pending = null;
let state = 'idle'; // 'idle' | 'loading' | 'ready' | 'crashed'

function packageError(code, message, cause) {
  const err = new Error(message, cause === undefined ? undefined : { cause });
  err.name = ERROR_NAME;
  err.code = code;
  err.path = '';
  err.problems = [{ code, path: '', message }];
  return err;
}

async function load(input) {
  if (input !== undefined) {
    await initWasm({ module_or_path: await input });
    return;
  }
  const url = new URL('./qwen_or_llama_bg.wasm', import.meta.url);
  if (url.protocol === 'file:') {
    // Node.js without a bundler: fetch() cannot read file: URLs. The module name is a variable
    // so that bundlers leave this branch alone; browsers never take it.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    await initWasm({ module_or_path: await readFile(url) });
    return;
  }
  await initWasm({ module_or_path: url });
}

/**
 * Loads and instantiates the WebAssembly module, once. Later calls return the same promise;
 * after a failure (e.g. a network error) the next call tries again.
 */
export function ready(input) {
  if (pending === null) {
    state = 'loading';
    pending = load(input).then(
      () => {
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

/** True once `ready()` has resolved. */
export function isReady() {
  return state === 'ready';
}

/** True if `e` is an error thrown by this package (it has `code`, `path` and `problems`). */
export function isQwenOrLlamaError(e) {
  return e instanceof Error && e.name === ERROR_NAME && typeof e.code === 'string';
}

function call(fn) {
  if (state === 'crashed') {
    throw packageError('crashed', 'qwen-or-llama: the WebAssembly module stopped after an internal error; reload the page');
  }
  if (state !== 'ready') {
    throw packageError('not-ready', 'qwen-or-llama: call `await ready()` before using the API');
  }
  try {
    return fn();
  } catch (e) {
    // A trap (RuntimeError) leaves the instance in an unknown state: refuse further calls.
    if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) {
      state = 'crashed';
      throw packageError('crashed', `qwen-or-llama: internal error (${e.message})`, e);
    }
    throw e;
  }
}

/** The questionnaire in `lang` ("en", the default, or "zh"). */
export function questions(lang) {
  return call(() => wasm.questions(lang));
}

/** Ranks the catalog for `answers` with `options`; throws a QwenOrLlamaError for bad input. */
export function recommend(answers, options) {
  return call(() => wasm.recommend(answers, options));
}

/** The built-in catalog. */
export function catalog() {
  return call(() => wasm.catalog());
}

/** Checks a custom catalog (JSON text or an array); never throws for a bad catalog. */
export function validateCatalog(json) {
  return call(() => {
    if (typeof json === 'string') {
      // JSON text is parsed here, in JavaScript, so the wasm module needs no JSON parser.
      if (json.length > MAX_JSON_TEXT) {
        return invalid('too-large', 'catalog: too large (limit: 64 MiB of JSON text)');
      }
      try {
        json = JSON.parse(json);
      } catch (e) {
        return invalid('invalid-json', `catalog: not valid JSON (${e && e.message ? e.message : e})`);
      }
    }
    return wasm.validateCatalog(json);
  });
}

/** Largest JSON text `validateCatalog` parses, in UTF-16 units (as the core's byte limit). */
const MAX_JSON_TEXT = 64 * 1024 * 1024;

function invalid(code, message) {
  return { ok: false, models: 0, problems: [{ code, path: 'catalog', message }] };
}

/** The package version. */
export function version() {
  return call(() => wasm.version());
}

/** The date the catalog's facts were last checked, YYYY-MM-DD. */
export function dataAsOf() {
  return call(() => wasm.dataAsOf());
}
