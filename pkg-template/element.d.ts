// Importing "qwen-or-llama/element" registers the <qwen-or-llama> custom element (once; a second
// import, or another copy that already defined the tag, is harmless).
import type { Answers, CatalogInput, Recommendation, VerdictFamily, ErrorCode } from "./index.js";

/** `detail` of `qwen-or-llama-result`. */
export interface QwenOrLlamaResultDetail {
  /** `qwen`, `llama`, `tie` or `none`. */
  verdict: VerdictFamily;
  /** The verdict's one-sentence summary, in the element's language. */
  summary: string;
  /** Ids of the top-ranked models, best first. */
  top: string[];
  /** Id of the best Qwen, or null. */
  bestQwen: string | null;
  /** Id of the best Llama, or null. */
  bestLlama: string | null;
  /** The whole recommendation. */
  result: Recommendation;
}

/** `detail` of `qwen-or-llama-error`. */
export interface QwenOrLlamaErrorDetail {
  code: ErrorCode | "load-failed" | "invalid-answers" | "catalog-fetch-failed" | string;
  message: string;
  path?: string;
}

/** The <qwen-or-llama> element: the questionnaire and the recommendation in one open shadow root. */
export declare class QwenOrLlamaElement extends HTMLElement {
  /** Registers the element as `tag` (default "qwen-or-llama") unless that tag is already taken. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof QwenOrLlamaElement;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). Mirrors the attribute. */
  theme: "light" | "dark" | "auto";
  /** A denser layout. Mirrors the boolean attribute. */
  compact: boolean;
  /** Keep the answers in the URL fragment. Mirrors the boolean attribute. */
  share: boolean;
  /** Question ids to hide, space-separated (an array is accepted when setting). */
  get hide(): string;
  set hide(value: string | string[]);
  /** `lazy` (default: fetch the module when the element nears the viewport or is touched) or `eager`. Mirrors `loading`. */
  loading: "lazy" | "eager";
  /** A JSON URL of a custom catalog. Mirrors `catalog-src`. */
  catalogSrc: string;
  /** The current answers; set an object or JSON text to pre-fill (mirrors `answers`). */
  get answers(): Answers;
  set answers(value: Answers | string);
  /** A custom catalog (validated by the core): the shape of `catalog()` or an array of models; null for the built-in one. */
  catalog: CatalogInput | null;
  /** The latest recommendation, or null before the first one. Its `whatIf` is filled in once the reader pauses. */
  readonly result: Recommendation | null;
}
export default QwenOrLlamaElement;

declare global {
  interface HTMLElementTagNameMap {
    "qwen-or-llama": QwenOrLlamaElement;
  }
  interface HTMLElementEventMap {
    "qwen-or-llama-change": CustomEvent<Answers>;
    "qwen-or-llama-result": CustomEvent<QwenOrLlamaResultDetail>;
    "qwen-or-llama-error": CustomEvent<QwenOrLlamaErrorDetail>;
  }
}
