// Types for the qwen-or-llama headless API. Field names match the JSON the WebAssembly module
// returns (camelCase); every optional input may be omitted, `undefined` or `null`.

// ---------------------------------------------------------------- inputs

/** Main language of the users and the content. */
export type Language = "zh" | "en" | "multi";
/** Something the model must do well. */
export type Task = "chat" | "writing" | "code" | "reasoning" | "documents" | "vision";
/** Where the model will run. */
export type Deployment = "self-host" | "cloud";
/** What the model runs on when self-hosted. */
export type Hardware = "gpu" | "apple" | "cpu";
/** What the model is used for, which decides what its license must allow. */
export type Use = "personal" | "research" | "commercial";
/** Where the reader's organisation is domiciled. */
export type Region = "eu" | "other";
/** A preferred ecosystem. */
export type Ecosystem = "alibaba-cloud" | "open-community" | "none";
/** What matters most when trading quality against cost. */
export type Priority = "quality" | "balanced" | "speed";
/** A UI language. Regional tags such as "zh-CN" or "en-US" are accepted too. */
export type Lang = "en" | "zh";

/** The questionnaire's answers. Every field is optional; omitted fields take their default. */
export interface Answers {
  /** Default "en". */
  language?: Language | null;
  /** Default ["chat"]. */
  tasks?: readonly Task[] | null;
  /** Default "self-host". */
  deployment?: Deployment | null;
  /** Default "gpu". */
  hardware?: Hardware | null;
  /** Memory available for the model, GB, 0 to 4096. Default 24. */
  memoryGb?: number | null;
  /** Longest input needed, tokens, 1 to 100,000,000. Default 8192. */
  contextTokens?: number | null;
  /** Default "commercial". */
  use?: Use | null;
  /** Monthly active users of the product, 0 to 10,000,000,000. Default not stated. */
  monthlyActiveUsers?: number | null;
  /** Default "other". */
  region?: Region | null;
  /** Outputs will train or improve another model. Default false. */
  distill?: boolean | null;
  /** Default "none". */
  ecosystem?: Ecosystem | null;
  /** Default "balanced". */
  priority?: Priority | null;
}

/** A scoring criterion. */
export type Criterion = "language" | "tasks" | "ecosystem" | "license" | "efficiency" | "recency";

/** Weight per criterion, 0 to 100 each. */
export type Weights = Record<Criterion, number>;

/** How to run a recommendation. */
export interface Options {
  /** Language of every text in the result. Default "en". */
  lang?: Lang | (string & {}) | null;
  /** How many ranked models to return, 1 to 1000 (the best of each family is always in `best`). Default 10. */
  top?: number | null;
  /** Starting weights, before the answers shift them; omitted criteria keep their default. */
  weights?: Partial<Weights> | null;
  /** A custom catalog used instead of the built-in one, in the shape `catalog()` returns. */
  catalog?: readonly ModelInput[] | null;
}

// ---------------------------------------------------------------- catalog

export type Family = "qwen" | "llama";
export type Generation =
  | "Qwen" | "Qwen1.5" | "Qwen2" | "Qwen2.5" | "Qwen2.5-Coder" | "Qwen2.5-VL" | "Qwen3"
  | "Llama 2" | "Llama 3" | "Llama 3.1" | "Llama 3.2" | "Llama 3.3" | "Llama 4";
export type Architecture = "dense" | "moe";
export type Modality = "text" | "image" | "video";
export type Variant = "base" | "instruct";
export type Cloud = "alibaba-model-studio" | "alibaba-pai" | "aws-bedrock" | "azure-foundry" | "google-vertex";
export type Specialty = "code" | "reasoning";

/** The terms of a weights license that decide whether a use is allowed. */
export interface License {
  id: string;
  name: string;
  commercial: boolean;
  /** Monthly active users above which commercial licensees must ask the licensor; null if none. */
  mauLimit: number | null;
  researchOnly: boolean;
  /** Whether outputs may train or improve other models; null if not verified. */
  allowsDistillation: boolean | null;
  euMultimodalRestriction: boolean;
  mauMeasured: string | null;
  attribution: string | null;
  namePrefix: string | null;
  sources: string[];
}

/** One vendor-published benchmark result (percent). */
export interface Benchmark {
  name: string;
  variant: Variant;
  score: number;
  shots: number | null;
  method: string | null;
  source: string;
}

/** The attention shape that sizes the KV cache. */
export interface KvLayout {
  layers: number;
  kvHeads: number;
  headDim: number;
}

/** A correction of a claim in the seed article, in both languages. */
export interface Correction {
  id: string;
  claimZh: string;
  claimEn: string;
  factEn: string;
  factZh: string;
  sources: string[];
}

/** One catalog entry, as `catalog()` returns it. */
export interface Model {
  /** Stable lowercase id, e.g. "qwen2.5-7b". */
  id: string;
  name: string;
  family: Family;
  generation: Generation;
  /** Open-weight release month, "YYYY-MM". */
  released: string;
  architecture: Architecture;
  /** Total parameters, billions. */
  paramsB: number;
  /** Parameters used per token, billions. */
  activeParamsB: number;
  contextTokens: number;
  extendedContextTokens: number | null;
  vocabSize: number | null;
  trainingTokensT: number | null;
  modalities: Modality[];
  /** BCP 47 codes. */
  languages: string[];
  languageCount: number | null;
  specialties: Specialty[];
  license: License;
  benchmarks: Benchmark[];
  kv: KvLayout | null;
  hostedOn: Cloud[];
  supersededBy: string | null;
  sources: string[];
  /** "YYYY-MM-DD". */
  asOf: string;
  corrections: Correction[];
}

/** A model as a custom catalog may give it: the `Model` shape, where nullable fields may be omitted. */
export type ModelInput = {
  [K in keyof Model as null extends Model[K] ? never : K]: Model[K] extends object[]
    ? readonly Model[K][number][]
    : Model[K];
} & {
  [K in keyof Model as null extends Model[K] ? K : never]?: Model[K];
};

// ---------------------------------------------------------------- questions

export type QuestionKind = "single" | "multi" | "number" | "boolean";

export interface QuestionOption {
  /** The value for the answers object (a string, or a number for numeric presets). */
  value: string | number;
  label: string;
  help: string | null;
}

/** A question rendered in one language. */
export interface Question {
  /** The `Answers` key this question fills. */
  id: keyof Answers;
  kind: QuestionKind;
  label: string;
  help: string;
  options: QuestionOption[];
  default: string | string[] | number | boolean | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  /** Show only when another question has one of these values. */
  visibleWhen: { question: keyof Answers; values: string[] } | null;
}

// ---------------------------------------------------------------- recommendation

export type VerdictFamily = "qwen" | "llama" | "tie" | "none";
export type Precision = "bf16" | "int8" | "int4" | "api";
export type ExclusionCode = "context" | "task" | "license" | "memory";

export interface Verdict {
  family: VerdictFamily;
  /** Points (out of 100) between the best Qwen and the best Llama. */
  margin: number;
  /** One sentence with the scores and the deciding criterion. */
  summary: string;
  deciding: Criterion | null;
}

export interface LicenseSummary {
  id: string;
  name: string;
  commercial: boolean;
  mauLimit: number | null;
}

/** How much memory a model needs at one precision, GB. */
export interface MemoryEstimate {
  precision: Precision;
  weightsGb: number;
  /** null when the attention layout is not verified. */
  kvCacheGb: number | null;
  overheadGb: number;
  totalGb: number;
}

/** One criterion's contribution to a score. */
export interface Reason {
  criterion: Criterion;
  points: number;
  maxPoints: number;
  /** 0 to 1. */
  fit: number;
  text: string;
}

/** A model that fits the answers, with its score explained. */
export interface RankedModel
  extends Pick<Model, "id" | "name" | "family" | "generation" | "released" | "architecture" | "paramsB" | "activeParamsB" | "sources"> {
  rank: number;
  /** 0 to 100. */
  score: number;
  precision: Precision;
  memoryGb: number | null;
  memoryAvailableGb: number | null;
  memory: MemoryEstimate | null;
  /** The longest context the model reads, extended (YaRN, RoPE scaling) where documented. */
  contextTokens: number;
  /** The native context. */
  nativeContextTokens: number;
  license: LicenseSummary;
  reasons: Reason[];
  caveats: string[];
}

export interface Exclusion {
  code: ExclusionCode;
  reason: string;
}

/** A model left out, with every reason. */
export interface Excluded {
  id: string;
  name: string;
  family: Family;
  /** The first reason's code. */
  code: ExclusionCode;
  /** The first reason's text. */
  reason: string;
  reasons: Exclusion[];
}

/** What the verdict would be with one answer changed. */
export interface WhatIf {
  /** The `Answers` key that was changed. */
  question: keyof Answers;
  answer: string | string[] | number | boolean | null;
  verdict: VerdictFamily;
  text: string;
}

/** A correction of the seed article, in the result's language. */
export interface CorrectionNote {
  id: string;
  claim: string;
  claimOriginal: string;
  fact: string;
  sources: string[];
  /** Ids of the models it concerns. */
  models: string[];
}

/** The answers as the module read them, every default filled in. */
export interface ResolvedAnswers {
  language: Language;
  tasks: Task[];
  deployment: Deployment;
  hardware: Hardware;
  memoryGb: number;
  contextTokens: number;
  use: Use;
  monthlyActiveUsers: number | null;
  region: Region;
  distill: boolean;
  ecosystem: Ecosystem;
  priority: Priority;
}

export interface Recommendation {
  verdict: Verdict;
  /** The best-ranked model of each family, if any fits. */
  best: { qwen: RankedModel | null; llama: RankedModel | null };
  ranked: RankedModel[];
  excluded: Excluded[];
  whatIf: WhatIf[];
  corrections: CorrectionNote[];
  notes: string[];
  answers: ResolvedAnswers;
  /** The weights after the answers shifted them. */
  weights: Weights;
  lang: Lang;
  catalogSize: number;
  /** "YYYY-MM-DD". */
  dataAsOf: string;
}

// ---------------------------------------------------------------- errors

/** Stable error codes; hosts may branch on them. */
export type ErrorCode =
  | "invalid-json"
  | "wrong-type"
  | "out-of-range"
  | "unknown-value"
  | "unknown-field"
  | "missing-field"
  | "too-large"
  | "duplicate-id"
  | "empty-catalog"
  | "not-ready"
  | "load-failed"
  | "crashed"
  | "internal";

/** One problem with an input. */
export interface Problem {
  code: ErrorCode;
  /** The field, as a JavaScript path such as "answers.memoryGb" or "options.catalog[3].license". */
  path: string;
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

export interface CatalogValidation {
  ok: boolean;
  /** How many models the catalog holds when it is valid; 0 otherwise. */
  models: number;
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
/** True once `ready()` has resolved. */
export function isReady(): boolean;
/** True if `e` was thrown by this package. */
export function isQwenOrLlamaError(e: unknown): e is QwenOrLlamaError;
/** The questionnaire in `lang` ("en" by default). Throws a QwenOrLlamaError for an unknown language. */
export function questions(lang?: Lang | (string & {}) | null): Question[];
/** Ranks the catalog for `answers`. Throws a QwenOrLlamaError for invalid answers or options. */
export function recommend(answers?: Answers | null, options?: Options | null): Recommendation;
/** The built-in catalog, sorted by id. */
export function catalog(): Model[];
/** Checks a custom catalog given as JSON text or an array. Never throws for a bad catalog. */
export function validateCatalog(json: string | readonly unknown[] | unknown): CatalogValidation;
/** The package version. */
export function version(): string;
/** The date the catalog's facts were last checked, "YYYY-MM-DD". */
export function dataAsOf(): string;
