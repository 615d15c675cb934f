// Generated from the Rust types (src/generated.rs, ts-rs): do not edit. After changing a
// wire type, run `UPDATE_GENERATED=1 cargo test --lib generated`. A test fails while
// this file differs from what the types generate.

export type Catalog = { 
/**
 * Model generations, sorted by name.
 */
generations: Array<Generation>, 
/**
 * Weights licenses, sorted by id.
 */
licenses: Array<License>, 
/**
 * Corrections of the seed article, sorted by id.
 */
corrections: Array<Correction>, 
/**
 * Models, sorted by id.
 */
models: Array<Model>, };

export type Generation = { 
/**
 * The vendor's name; models refer to it in `generation`.
 */
name: string, 
/**
 * The family it belongs to.
 */
family: Family, 
/**
 * The vendor's announcement or repository.
 */
sources: Array<string>, 
/**
 * When it was last checked, `YYYY-MM-DD`.
 */
asOf: string, };

export type License = { 
/**
 * Stable id, e.g. `apache-2.0`, `llama-3.1`, `tongyi-qianwen`.
 */
id: string, 
/**
 * The license's own title.
 */
name: string, 
/**
 * Commercial use is allowed (possibly under a user threshold).
 */
commercial: boolean, 
/**
 * Monthly active users above which commercial users must ask the licensor; `null` if no
 * threshold.
 */
mauLimit: number | null, 
/**
 * Only research or evaluation use is allowed.
 */
researchOnly: boolean, 
/**
 * Whether outputs may be used to train or improve other models; `null` if not verified.
 */
allowsDistillation: boolean | null, 
/**
 * The licensor withholds rights for multimodal models from EU-domiciled licensees.
 */
euMultimodalRestriction: boolean, 
/**
 * How the threshold is measured, where it matters (e.g. Llama: at the version's release
 * date, affiliates included).
 */
mauMeasured: string | null, 
/**
 * The attribution a product must show, e.g. `Built with Llama`.
 */
attribution: string | null, 
/**
 * When the attribution applies; default `distribution`.
 */
attributionWhen: AttributionWhen, 
/**
 * For `attributionWhen: above-threshold`: the usage above which it applies.
 */
displayThreshold: Threshold | null, 
/**
 * Businesses that need a separate license from the licensor above a revenue threshold.
 */
fieldOfUse: FieldOfUse | null, 
/**
 * The prefix a derived model's name must start with, e.g. `Llama`.
 */
namePrefix: string | null, 
/**
 * False when the license text (or which license applies) could not be read at a primary
 * source: such a license is shown with that caveat, never scored as permissive and never
 * ranked for commercial use. Default `true`.
 */
verified: boolean, 
/**
 * URLs of the license text.
 */
sources: Array<string>, 
/**
 * When the terms were last checked against the text, `YYYY-MM-DD`.
 */
asOf: string, };

export type AttributionWhen = "distribution" | "derived-model" | "above-threshold";

export type Threshold = { 
/**
 * Monthly active users of the product.
 */
monthlyActiveUsers: number | null, 
/**
 * Monthly revenue, US dollars.
 */
monthlyRevenueUsd: number | null, };

export type FieldOfUse = { 
/**
 * The kinds of business the clause names (not `other`).
 */
businesses: Array<Business>, 
/**
 * Revenue of the licensee and its affiliates, in any 12 consecutive months, US dollars,
 * above which a separate license is needed.
 */
annualRevenueUsd: number, };

export type Business = "other" | "model-as-a-service" | "ai-work-assistant";

export type Correction = { 
/**
 * Stable id, e.g. `qwen-72b-not-moe`.
 */
id: string, 
/**
 * The article's claim, quoted in its original Chinese.
 */
claimZh: string, 
/**
 * The article's claim in English.
 */
claimEn: string, 
/**
 * What the sources say, in English.
 */
factEn: string, 
/**
 * What the sources say, in Chinese.
 */
factZh: string, 
/**
 * Where the fact comes from.
 */
sources: Array<string>, 
/**
 * When the fact was last checked, `YYYY-MM-DD`.
 */
asOf: string, };

export type Model = { 
/**
 * Stable id, lowercase kebab-case, e.g. `qwen2.5-7b`. The catalog is sorted by it.
 */
id: string, 
/**
 * Display name, e.g. `Qwen2.5-7B-Instruct`.
 */
name: string, 
/**
 * `qwen` or `llama`.
 */
family: Family, 
/**
 * The generation's name, one of the catalog's `generations`, e.g. `Qwen2.5`.
 */
generation: string, 
/**
 * Open-weight release month, `YYYY-MM`.
 */
released: string, 
/**
 * Dense or mixture of experts.
 */
architecture: Architecture, 
/**
 * Total parameters, billions (all experts for MoE).
 */
paramsB: number, 
/**
 * Parameters used per token, billions (equals `paramsB` for dense models).
 */
activeParamsB: number, 
/**
 * Context length the vendor trained or validated natively, tokens.
 */
contextTokens: number, 
/**
 * Context reachable with the vendor's documented method (YaRN, RoPE scaling), if any.
 */
extendedContextTokens: number | null, 
/**
 * Tokenizer vocabulary size, if the vendor states it.
 */
vocabSize: number | null, 
/**
 * Pretraining tokens, trillions, if the vendor states them.
 */
trainingTokensT: number | null, 
/**
 * Input modalities; default `["text"]`.
 */
modalities: Array<Modality>, 
/**
 * Trained on text, images and video together from the start (Qwen3.5 and later), rather
 * than a language model with a vision adapter.
 */
nativeMultimodal: boolean, 
/**
 * Thinking: never, always, or switchable; default `instruct`.
 */
reasoning: Reasoning, 
/**
 * Officially supported languages the vendor names, as BCP 47 codes.
 */
languages: Array<string>, 
/**
 * How many languages the vendor says are supported in all, where it gives a count.
 */
languageCount: number | null, 
/**
 * Narrower language lists for some inputs, where the vendor states them.
 */
languageLimits: Array<LanguageLimit>, 
/**
 * What the model is specialised for.
 */
specialties: Array<Specialty>, 
/**
 * The id of the weights' license, one of the catalog's `licenses`.
 */
license: string, 
/**
 * Vendor-published benchmark results.
 */
benchmarks: Array<Benchmark>, 
/**
 * Attention shape for KV-cache estimates, where the official config was read.
 */
kv: KvLayout | null, 
/**
 * Managed cloud APIs verified to offer this model.
 */
hostedOn: Array<Cloud>, 
/**
 * The official Hugging Face repository, `owner/name` (e.g. `Qwen/Qwen3-8B`).
 */
hfRepo: string | null, 
/**
 * The official ModelScope repository, where the vendor names one.
 */
modelscopeRepo: string | null, 
/**
 * The id of the newer model that replaces this one, if any.
 */
supersededBy: string | null, 
/**
 * URLs of the official card, license and report the row was checked against.
 */
sources: Array<string>, 
/**
 * When the row was last checked, `YYYY-MM-DD`.
 */
asOf: string, 
/**
 * Ids of the corrections (the catalog's `corrections`) of the seed article's claims about
 * this model.
 */
corrections: Array<string>, };

export type Family = "qwen" | "llama";

export type Architecture = "dense" | "moe";

export type Modality = "text" | "image" | "video" | "audio";

export type Reasoning = "instruct" | "thinking" | "hybrid";

export type LanguageLimit = { 
/**
 * The input the limit applies to.
 */
modality: Modality, 
/**
 * The languages supported with it, as BCP 47 codes.
 */
languages: Array<string>, };

export type Specialty = "code";

export type Benchmark = { 
/**
 * Benchmark name: `MMLU`, `C-Eval`, `CMMLU`, `HumanEval`, `GSM8K`, `MATH`, `MMMU`, ...
 */
name: string, 
/**
 * Base or instruct model.
 */
variant: Variant, 
/**
 * The score as published (percent).
 */
score: number, 
/**
 * Few-shot examples, where the vendor states them.
 */
shots: number | null, 
/**
 * Other protocol notes as published, e.g. `CoT` or `thinking`.
 */
method: string | null, 
/**
 * Where the number was published (an `https://` URL).
 */
source: string, };

export type Variant = "base" | "instruct";

export type KvLayout = { 
/**
 * Layers that keep a KV cache: all of them, or with hybrid attention only the
 * full-attention layers (Qwen3-Next and later: 1 in 4).
 */
layers: number, 
/**
 * Hybrid attention: layers with a fixed-size linear-attention state instead of a KV cache
 * (Gated DeltaNet), whose memory does not grow with the context.
 */
linearLayers: number | null, 
/**
 * Key/value heads per layer (fewer than query heads with GQA).
 */
kvHeads: number, 
/**
 * Size of one head.
 */
headDim: number, };

export type Cloud = "alibaba-model-studio" | "alibaba-pai" | "aws-bedrock" | "azure-foundry" | "google-vertex";

export type DeviceList = { 
/**
 * Devices, sorted by id.
 */
devices: Array<Device>, };

export type Device = { 
/**
 * Stable id, lowercase kebab-case, e.g. `rtx-4090` or `2x-rtx-3090`; the list is sorted
 * by it.
 */
id: string, 
/**
 * Display name, e.g. `NVIDIA GeForce RTX 4090 (24 GB)`.
 */
name: string, 
/**
 * Who makes it: `NVIDIA`, `AMD`, `Apple`, `Intel`.
 */
vendor: string, 
/**
 * The kind of device.
 */
class: DeviceClass, 
/**
 * How many identical devices the set has; default 1.
 */
count: number, 
/**
 * The set's memory, GB, as the vendor states it: every card's summed (unified memory for
 * Apple silicon, system RAM for a CPU).
 */
memoryGb: number, 
/**
 * Memory a model may use on the whole set, GB: all cards summed; for Apple silicon the
 * GPU's share of unified memory.
 */
modelMemoryGb: number, 
/**
 * One device's peak memory bandwidth, GB/s.
 */
bandwidthGBs: number, 
/**
 * The spec pages the figures were read from (and, for the GPU share of unified memory,
 * the documentation or measurement).
 */
sources: Array<string>, 
/**
 * Where the figures were read: the vendor's own page, or secondary sources (press and
 * retailer copies of the vendor's figures, cross-checked against a second one where found).
 */
evidence: Evidence, 
/**
 * Anything a reader should know (a derived figure, a configuration).
 */
note: string | null, 
/**
 * When the row was last checked, `YYYY-MM-DD`.
 */
checked: string, };

export type DeviceClass = "gpu" | "laptop-gpu" | "datacenter-gpu" | "apple" | "cpu";

export type Evidence = "vendor" | "secondary";

export type ResolvedAnswers = { 
/**
 * Main language; default `en`.
 */
language: Language, 
/**
 * Tasks; default `["chat"]`. Sorted, without repeats.
 */
tasks: Array<Task>, 
/**
 * Where it runs; default `self-host`.
 */
deployment: Deployment, 
/**
 * The device it runs on when self-hosting: an id from the device list
 * (`data/devices.json`), or `custom` for stated `hardware` and `memoryGb`. Default
 * `rtx-4090`; absent while `hardware` or `memoryGb` is given, it is `custom`. A listed
 * device sets `hardware` and `memoryGb` (the memory a model may use on it), whatever they
 * say.
 */
device: string, 
/**
 * Hardware when self-hosting; default `gpu`.
 */
hardware: Hardware, 
/**
 * Memory available for the model, GB; default 24.
 */
memoryGb: number, 
/**
 * Longest input needed, tokens; default 8192.
 */
contextTokens: number, 
/**
 * Use; default `commercial` (the strictest, so an unanswered form never suggests a
 * research-only model for a product).
 */
use: Use, 
/**
 * Monthly active users of the product; default `null` (not stated).
 */
monthlyActiveUsers: number | null, 
/**
 * The kind of business; default `other`.
 */
business: Business, 
/**
 * Yearly revenue of the organisation and its affiliates, US dollars; default `null` (not
 * stated).
 */
annualRevenueUsd: number | null, 
/**
 * Domicile; default `other`.
 */
region: Region, 
/**
 * Outputs will train or improve another model; default `false`.
 */
distill: boolean, 
/**
 * Ecosystem preference; default `none`.
 */
ecosystem: Ecosystem, 
/**
 * Priority; default `balanced`.
 */
priority: Priority, };

export type Language = "zh" | "en" | "multi";

export type Task = "chat" | "writing" | "code" | "reasoning" | "documents" | "vision" | "video";

export type Deployment = "self-host" | "cloud";

export type Hardware = "gpu" | "apple" | "cpu";

export type Use = "personal" | "research" | "commercial";

export type Region = "eu" | "other";

export type Ecosystem = "alibaba-cloud" | "open-community" | "none";

export type Priority = "quality" | "balanced" | "speed";

export type ResolvedOptions = { 
/**
 * Language of every text in the result; default `en`. Regional tags (`zh-CN`) work too.
 */
lang: Lang, 
/**
 * How many ranked models to return, 1 to 1000; default 10 (the best Qwen and Llama are
 * always returned).
 */
top: number, 
/**
 * Starting weights, before the answers shift them; omitted criteria keep their default.
 */
weights: Weights, 
/**
 * Compute `whatIf` (one extra scoring pass per alternative answer); default true. The
 * element asks without it on every change and fills it in when the reader pauses.
 */
whatIf: boolean, };

export type Lang = "en" | "zh";

export type Weights = { 
/**
 * Language fit.
 */
language: number, 
/**
 * Task fit.
 */
tasks: number, 
/**
 * Ecosystem preference.
 */
ecosystem: number, 
/**
 * License friendliness.
 */
license: number, 
/**
 * Efficiency on the hardware.
 */
efficiency: number, 
/**
 * Recency.
 */
recency: number, };

export type Criterion = "language" | "tasks" | "ecosystem" | "license" | "efficiency" | "recency";

export type Question = { 
/**
 * The `Answers` key this question fills.
 */
id: keyof ResolvedAnswers, 
/**
 * How it is answered.
 */
kind: QuestionKind, 
/**
 * The question.
 */
label: string, 
/**
 * One or two sentences of help.
 */
help: string, 
/**
 * Options (single/multi) or presets (number).
 */
options: Array<QuestionOption>, 
/**
 * The default answer.
 */
default: string | string[] | number | boolean | null, 
/**
 * Smallest accepted number.
 */
min: number | null, 
/**
 * Largest accepted number.
 */
max: number | null, 
/**
 * Unit of the number.
 */
unit: string | null, 
/**
 * Show only when another question has one of these values.
 */
visibleWhen: VisibleWhen | null, 
/**
 * True when the question rarely changes the answer: a UI may fold it under "More
 * options" (never hiding one the host did not hide).
 */
more: boolean, };

export type QuestionKind = "single" | "multi" | "number" | "boolean" | "select";

export type QuestionOption = { 
/**
 * The value for the answers object (a string, or a number for numeric presets).
 */
value: string | number, 
/**
 * Short label.
 */
label: string, 
/**
 * Optional longer help.
 */
help: string | null, 
/**
 * The group a long list shows the option under (devices: "Desktop GPUs", "Apple
 * silicon", ...); omitted when none.
 */
group?: string, };

export type VisibleWhen = { 
/**
 * The question it depends on.
 */
question: keyof ResolvedAnswers, 
/**
 * The values of that question that show this one.
 */
values: Array<string>, };

export type Recommendation = { 
/**
 * The verdict.
 */
verdict: Verdict, 
/**
 * The best Qwen and the best Llama.
 */
best: Best, 
/**
 * Fitting models, best first (at most `top`).
 */
ranked: Array<RankedModel>, 
/**
 * Excluded models with their reasons, sorted by id.
 */
excluded: Array<Excluded>, 
/**
 * Single answer changes that flip the verdict.
 */
whatIf: Array<WhatIf>, 
/**
 * Corrections of the seed article that concern the shown models.
 */
corrections: Array<CorrectionNote>, 
/**
 * General notes (benchmark comparability, the memory formula).
 */
notes: Array<string>, 
/**
 * The answers used, with defaults filled in.
 */
answers: ResolvedAnswers, 
/**
 * The effective weights.
 */
weights: Weights, 
/**
 * Language of the texts.
 */
lang: Lang, 
/**
 * How many models were considered.
 */
catalogSize: number, 
/**
 * When the catalog's facts were last checked (its newest `asOf`).
 */
dataAsOf: string, };

export type Verdict = { 
/**
 * `qwen`, `llama`, `tie` or `none`.
 */
family: VerdictFamily, 
/**
 * The family in the UI language: `Qwen`, `Llama`, `Either` or `Neither` (`都可以`,
 * `都不合适`).
 */
label: string, 
/**
 * Points (out of 100) between the best Qwen and the best Llama; the winner's score when
 * the other family has no fitting model.
 */
margin: number, 
/**
 * One sentence with the scores and the deciding criterion.
 */
summary: string, 
/**
 * The criterion with the largest difference in the winner's favour.
 */
deciding: Criterion | null, };

export type VerdictFamily = "qwen" | "llama" | "tie" | "none";

export type Best = { 
/**
 * Best fitting Qwen model.
 */
qwen: RankedModel | null, 
/**
 * Best fitting Llama model.
 */
llama: RankedModel | null, };

export type RankedModel = { 
/**
 * 1-based rank among fitting models.
 */
rank: number, 
/**
 * Model id.
 */
id: string, 
/**
 * Display name.
 */
name: string, 
/**
 * Family.
 */
family: Family, 
/**
 * Generation.
 */
generation: string, 
/**
 * Release month.
 */
released: string, 
/**
 * Dense or MoE.
 */
architecture: Architecture, 
/**
 * The architecture in words: `MoE, 3B active of 35B` or `dense, 27B`.
 */
architectureText: string, 
/**
 * Total parameters, billions.
 */
paramsB: number, 
/**
 * Active parameters, billions.
 */
activeParamsB: number, 
/**
 * Input modalities.
 */
modalities: Array<Modality>, 
/**
 * Instruct, thinking or hybrid.
 */
reasoning: Reasoning, 
/**
 * The reasoning mode in words: `answers directly`, `thinking model` or `thinking on or
 * off`.
 */
reasoningText: string, 
/**
 * The official Hugging Face repository, `owner/name`.
 */
hfRepo: string | null, 
/**
 * The official ModelScope repository.
 */
modelscopeRepo: string | null, 
/**
 * Score 0..100, one decimal.
 */
score: number, 
/**
 * Precision chosen (`api` for a managed cloud API).
 */
precision: Precision, 
/**
 * Memory needed at that precision, GB (null for `api`).
 */
memoryGb: number | null, 
/**
 * Memory the reader has, GB (null for `api`).
 */
memoryAvailableGb: number | null, 
/**
 * The memory estimate's parts.
 */
memory: MemoryEstimate | null, 
/**
 * Precision and memory in words, e.g. `int4 · 21.3 of 24 GB`, or `hosted API` for `api`.
 */
memoryText: string, 
/**
 * Where the memory goes, e.g. `Memory: 14 GB weights + 2 GB KV cache + 1 GB overhead`
 * (null without an estimate).
 */
memoryBreakdownText: string | null, 
/**
 * Estimated decode speed on the reader's device (null for `api`).
 */
speed: SpeedEstimate | null, 
/**
 * Longest context the model reads (extended if documented), tokens.
 */
contextTokens: number, 
/**
 * Native context, tokens.
 */
nativeContextTokens: number, 
/**
 * The context in words, e.g. `128K context (native 32K)`.
 */
contextText: string, 
/**
 * License.
 */
license: LicenseSummary, 
/**
 * Per-criterion points and reasons, strongest first.
 */
reasons: Array<Reason>, 
/**
 * License and usage caveats.
 */
caveats: Array<string>, 
/**
 * Where the facts come from.
 */
sources: Array<string>, };

export type LicenseSummary = { 
/**
 * License id.
 */
id: string, 
/**
 * License title.
 */
name: string, 
/**
 * Commercial use allowed at all.
 */
commercial: boolean, 
/**
 * User threshold, if any.
 */
mauLimit: number | null, 
/**
 * False when the terms could not be read at a primary source.
 */
verified: boolean, };

export type MemoryEstimate = { 
/**
 * The precision.
 */
precision: Precision, 
/**
 * Weights, GB.
 */
weightsGb: number, 
/**
 * KV cache for the requested context, GB; `None` if the attention layout is not verified.
 */
kvCacheGb: number | null, 
/**
 * Runtime overhead, GB.
 */
overheadGb: number, 
/**
 * Total, GB.
 */
totalGb: number, };

export type SpeedEstimate = { 
/**
 * The estimate, tokens per second, one decimal (`src/speed.rs`).
 */
tokensPerSecond: number, 
/**
 * Memory bandwidth divided by the bytes read per token, one decimal.
 */
upperBoundTokensPerSecond: number, 
/**
 * A short label, e.g. `≈ 42 tokens/s (estimate)`.
 */
text: string, };

export type Precision = "bf16" | "int8" | "int4" | "api";

export type Reason = { 
/**
 * The criterion.
 */
criterion: Criterion, 
/**
 * The criterion's name in the UI language ([`Criterion::title`]).
 */
label: string, 
/**
 * Points out of 100 this criterion contributed (the points of all criteria add up to the
 * score).
 */
points: number, 
/**
 * The most points this criterion could have contributed.
 */
maxPoints: number, 
/**
 * The criterion's own score, 0..1.
 */
fit: number, 
/**
 * Why, with the numbers used.
 */
text: string, };

export type Excluded = { 
/**
 * Model id.
 */
id: string, 
/**
 * Display name.
 */
name: string, 
/**
 * Family.
 */
family: Family, 
/**
 * The most fundamental failed constraint.
 */
code: ExclusionCode, 
/**
 * Its group's name in the UI language, e.g. `Context too short`.
 */
codeLabel: string, 
/**
 * Its sentence.
 */
reason: string, 
/**
 * Every failed constraint, most fundamental first.
 */
reasons: Array<Exclusion>, };

export type Exclusion = { 
/**
 * The machine code.
 */
code: ExclusionCode, 
/**
 * The sentence, with the numbers.
 */
reason: string, };

export type ExclusionCode = "context" | "task" | "license" | "memory";

export type WhatIf = { 
/**
 * The question id (an `Answers` key).
 */
question: keyof ResolvedAnswers, 
/**
 * The changed answer, as it would appear in the answers JSON.
 */
answer: string | string[] | number | boolean | null, 
/**
 * The verdict it would give.
 */
verdict: VerdictFamily, 
/**
 * The change in words.
 */
text: string, };

export type CorrectionNote = { 
/**
 * Correction id.
 */
id: string, 
/**
 * The article's claim in the UI language.
 */
claim: string, 
/**
 * The article's original Chinese wording.
 */
claimOriginal: string, 
/**
 * What the sources say.
 */
fact: string, 
/**
 * Sources.
 */
sources: Array<string>, 
/**
 * The shown models it concerns.
 */
models: Array<string>, };

export type CatalogValidation = { 
/**
 * True when there are no problems.
 */
ok: boolean, 
/**
 * How many models the catalog holds when it is valid; 0 otherwise.
 */
models: number, 
/**
 * Every problem, in input order.
 */
problems: Array<CoreProblem>, };

export type CoreProblem = { 
/**
 * The stable machine code.
 */
code: CoreErrorCode, 
/**
 * The field the error is about, as a JavaScript-style path.
 */
path: string, 
/**
 * What hosts show: the path, then what was expected and what was found.
 */
message: string, };

export type CoreErrorCode = "invalid-json" | "wrong-type" | "out-of-range" | "unknown-value" | "unknown-field" | "missing-field" | "too-large" | "duplicate-id" | "empty-catalog";
