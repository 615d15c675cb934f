// Types for the qwen-or-llama headless API. The data types (results, the catalog, the
// questionnaire) are generated from the Rust types into ./types.js; this file adds the input
// forms, where every field may be omitted or null, the errors and the functions.

import type {
  Catalog,
  CatalogValidation,
  CoreErrorCode,
  Correction,
  Generation,
  Lang,
  License,
  Model,
  Question,
  Recommendation,
  ResolvedAnswers,
  ResolvedOptions,
  Weights,
} from "./types.js";

export type * from "./types.js";

// ---------------------------------------------------------------- inputs

/** The questionnaire's answers. Every field is optional; omitted or null fields take their default. */
export type Answers = {
  [K in keyof ResolvedAnswers]?: (ResolvedAnswers[K] extends readonly (infer T)[] ? readonly T[] : ResolvedAnswers[K]) | null;
};

/** A UI language: "en" or "zh"; regional tags such as "zh-CN" or "en-US" are accepted too. */
export type LangTag = Lang | (string & {});

/** A model as a custom catalog may give it: the `Model` shape, where nullable fields may be omitted. */
export type ModelInput = {
  [K in keyof Model as null extends Model[K] ? never : K]: Model[K] extends (infer T)[] ? readonly T[] : Model[K];
} & {
  [K in keyof Model as null extends Model[K] ? K : never]?: Model[K];
};

/**
 * A custom catalog: the shape of `catalog()` (the tables it leaves out are the built-in ones),
 * or just an array of models that use the built-in licenses, generations and corrections.
 */
export type CatalogInput =
  | readonly ModelInput[]
  | {
      $schema?: string;
      models: readonly ModelInput[];
      generations?: readonly Generation[];
      licenses?: readonly License[];
      corrections?: readonly Correction[];
    };

/** How to run a recommendation. Every field is optional; omitted or null fields take their default. */
export interface Options {
  /** Language of every text in the result. Default "en". */
  lang?: LangTag | null;
  /** How many ranked models to return, 1 to 1000 (the best of each family is always in `best`). Default 10. */
  top?: ResolvedOptions["top"] | null;
  /** Starting weights (0 to 100 each), before the answers shift them; omitted criteria keep their default. */
  weights?: { [K in keyof Weights]?: Weights[K] | null } | null;
  /** A custom catalog used instead of the built-in one. */
  catalog?: CatalogInput | null;
  /** Work out `whatIf` (about 30 extra scoring passes). Default true; false leaves it empty. */
  whatIf?: ResolvedOptions["whatIf"] | null;
}

// ---------------------------------------------------------------- errors

/** Stable error codes; hosts may branch on them. The package adds its own to the core's. */
export type ErrorCode = CoreErrorCode | "not-ready" | "load-failed" | "crashed" | "internal";

/** One problem with an input. */
export interface Problem {
  code: ErrorCode;
  /** The field, as a JavaScript path such as "answers.memoryGb" or "options.catalog[3].license". */
  path: string;
  /** Starts with the path. */
  message: string;
}

/** What every function of this package throws: a real `Error` with a stable `code`. */
export interface QwenOrLlamaError extends Error {
  name: "QwenOrLlamaError";
  code: ErrorCode;
  path: string;
  /** Every problem found (the first is the error's own code, path and message). */
  problems: Problem[];
}

/** Something `ready()` can instantiate the module from (a URL, a Response, bytes or a module). */
export type WasmSource =
  | string
  | URL
  | Request
  | Response
  | BufferSource
  | WebAssembly.Module
  | Promise<Response | BufferSource | WebAssembly.Module>;

// ---------------------------------------------------------------- functions

/**
 * Loads the WebAssembly module once; later calls return the same promise. By default the
 * `.wasm` file next to this module is used (read from disk in Node.js).
 */
export function ready(input?: WasmSource): Promise<void>;
/**
 * Makes the module usable again after a call threw a `crashed` error (the WebAssembly instance
 * trapped, e.g. on a bug): discards that instance and instantiates the module again, once, from
 * the source `ready()` used (the default `.wasm` is fetched or read again; a `Response` is
 * fetched again from its URL). Concurrent calls share one attempt. Resolves at once if the
 * module is ready, and is `ready()` before it has been loaded. Rejects with a `crashed` error,
 * for good, if the module traps a second time or cannot be instantiated again: then reload the
 * page.
 */
export function recover(): Promise<void>;
/** True once `ready()` has resolved, while no call has trapped since (false after a `crashed` error until `recover()` resolves). */
export function isReady(): boolean;
/** True if `e` was thrown by this package. */
export function isQwenOrLlamaError(e: unknown): e is QwenOrLlamaError;
/** The questionnaire in `lang` ("en" by default). Throws a QwenOrLlamaError for an unknown language. */
export function questions(lang?: LangTag | null): Question[];
/** Ranks the catalog for `answers`. Throws a QwenOrLlamaError for invalid answers or options. */
export function recommend(answers?: Answers | null, options?: Options | null): Recommendation;
/** The built-in catalog: generations, licenses, corrections and models, each table sorted. */
export function catalog(): Catalog;
/** Checks a custom catalog given as JSON text or an array. Never throws for a bad catalog. */
export function validateCatalog(json: string | CatalogInput | unknown): CatalogValidation;
/** The package version. */
export function version(): string;
/** The date the catalog's facts were last checked, "YYYY-MM-DD". */
export function dataAsOf(): string;
