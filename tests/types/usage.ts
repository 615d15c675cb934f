// Compiled with `tsc --noEmit -p tests/types` against pkg/index.d.ts in strict mode: proves the
// published types describe the API (and that results are not `any`).
import {
  ready,
  isReady,
  isQwenOrLlamaError,
  questions,
  recommend,
  catalog,
  validateCatalog,
  version,
  dataAsOf,
  type Answers,
  type Options,
  type Recommendation,
  type RankedModel,
  type Model,
  type Catalog,
  type Question,
  type ErrorCode,
  type CatalogValidation,
} from "qwen-or-llama";
import QwenOrLlamaElement from "qwen-or-llama/element";
import { prerender, type Prerendered } from "qwen-or-llama/prerender";

async function prerendered(): Promise<string> {
  const p: Prerendered = await prerender({ language: "zh" }, { lang: "zh" });
  const family: "qwen" | "llama" | "tie" | "none" = p.result.verdict.family;
  // @ts-expect-error: format is not an option; both forms are returned
  await prerender({}, { format: "html" });
  return `${family} ${p.text.length} ${p.html.length}`;
}
void prerendered;

function element(): QwenOrLlamaElement {
  const cls: typeof QwenOrLlamaElement = QwenOrLlamaElement.define();
  const el: QwenOrLlamaElement = document.createElement("qwen-or-llama");
  return el instanceof cls ? el : new cls();
}

async function main(): Promise<void> {
  await ready();
  const ok: boolean = isReady();

  const answers: Answers = { language: "zh", tasks: ["chat", "code"], memoryGb: 24, use: "commercial" };
  const options: Options = { lang: "zh", top: 5, weights: { language: 4 } };
  const rec: Recommendation = recommend(answers, options);
  const family: "qwen" | "llama" | "tie" | "none" = rec.verdict.family;
  const top: RankedModel | undefined = rec.ranked[0];
  const score: number | undefined = top?.score;
  const bestQwen: string | undefined = rec.best.qwen?.name;
  const memory: number | null | undefined = top?.memory?.totalGb;
  const whatIfs: string[] = rec.whatIf.map((w) => w.text);
  const excludedCodes: string[] = rec.excluded.map((e) => e.code);
  const memoryGb: number = rec.answers.memoryGb;

  // @ts-expect-error -- recommend() is typed: a result field that does not exist is an error.
  rec.verdict.nonexistent;

  // @ts-expect-error -- an unknown task is a type error.
  recommend({ tasks: ["dance"] });

  const whole: Catalog = catalog();
  const models: Model[] = whole.models;
  const custom = models.slice(0, 2).map((m) => ({ ...m, supersededBy: null }));
  const recCustom: Recommendation = recommend({}, { catalog: custom });
  const recWhole: Recommendation = recommend({}, { catalog: { ...whole, models: custom } });
  const check: CatalogValidation = validateCatalog(JSON.stringify(whole));
  const qs: Question[] = questions("zh");
  const firstId: keyof Answers | undefined = qs[0]?.id;

  try {
    recommend({ memoryGb: -1 });
  } catch (e: unknown) {
    if (isQwenOrLlamaError(e)) {
      const code: ErrorCode = e.code;
      const where: string = e.path;
      const all: number = e.problems.length;
      console.log(code, where, all);
    }
  }

  console.log(ok, family, score, bestQwen, memory, whatIfs, excludedCodes, memoryGb, recCustom.catalogSize, recWhole.dataAsOf,
    check.ok, firstId, version(), dataAsOf());
}

void main();
void element;

// The element's properties and events are typed too.
function elementTypes(el: QwenOrLlamaElement): string {
  el.theme = "dark";
  el.compact = true;
  el.hide = ["deployment", "hardware"];
  el.answers = { language: "zh", memoryGb: 24 };
  el.addEventListener("qwen-or-llama-result", (e) => {
    const top: string[] = e.detail.top;
    const family: "qwen" | "llama" | "tie" | "none" = e.detail.verdict;
    void top;
    void family;
  });
  el.addEventListener("qwen-or-llama-error", (e) => void e.detail.code);
  // @ts-expect-error theme is one of three values
  el.theme = "purple";
  return el.hide + (el.result?.verdict.summary ?? "");
}
void elementTypes;

// The element's events are typed on the document too (they bubble and are composed).
document.addEventListener("qwen-or-llama-result", (e) => {
  const family: "qwen" | "llama" | "tie" | "none" = e.detail.verdict;
  void family;
});
