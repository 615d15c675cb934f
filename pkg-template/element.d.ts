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

/** The element's three events. They bubble and are composed (they cross shadow roots). */
export interface QwenOrLlamaEventMap {
  /** A reader changed an answer; `detail`: the answers in effect. */
  "qwen-or-llama-change": CustomEvent<Answers>;
  /** A recommendation is on screen (after start, a change, or an attribute or property change). */
  "qwen-or-llama-result": CustomEvent<QwenOrLlamaResultDetail>;
  /** A preset, catalog or load problem. */
  "qwen-or-llama-error": CustomEvent<QwenOrLlamaErrorDetail>;
}

/** The events of a <qwen-or-llama>: an HTMLElement's and its own (like lib.dom's HTMLElementEventMap). */
export interface QwenOrLlamaElementEventMap extends HTMLElementEventMap, QwenOrLlamaEventMap {}

/**
 * The element's attributes and properties as props of a JSX element, with its events as
 * `on<event name>` handlers (how React 19 and Preact attach listeners on a custom element).
 * Framework-neutral: "qwen-or-llama/jsx" adds it to React's and Preact's JSX, with their own HTML
 * props (id, className, style, children, key, ref...).
 */
export interface QwenOrLlamaAttributes {
  /** `en` or `zh` (regional tags such as `zh-CN` too); else the nearest `lang` ancestor, else the browser's. */
  lang?: string | undefined;
  /** `light`, `dark` or `auto` (default: follows `prefers-color-scheme`). */
  theme?: "light" | "dark" | "auto" | undefined;
  /** A preset: an answers object (set as the `answers` property) or its JSON text. */
  answers?: Answers | string | undefined;
  /** Question ids to hide, space-separated, or an array of them. */
  hide?: string | readonly string[] | undefined;
  /** A denser layout. */
  compact?: boolean | undefined;
  /** Keep the answers in the URL fragment. */
  share?: boolean | undefined;
  /** `lazy` (default: start near the viewport) or `eager`. */
  loading?: "lazy" | "eager" | undefined;
  /** A JSON URL of a custom catalog. */
  "catalog-src"?: string | undefined;
  /** A custom catalog object (or an array of models), set as the `catalog` property; null for the built-in one. */
  catalog?: CatalogInput | null | undefined;
  /** `qwen-or-llama-change`: a reader changed an answer. */
  "onqwen-or-llama-change"?: ((e: CustomEvent<Answers>) => void) | undefined;
  /** `qwen-or-llama-result`: a recommendation is on screen. */
  "onqwen-or-llama-result"?: ((e: CustomEvent<QwenOrLlamaResultDetail>) => void) | undefined;
  /** `qwen-or-llama-error`: a preset, catalog or load problem. */
  "onqwen-or-llama-error"?: ((e: CustomEvent<QwenOrLlamaErrorDetail>) => void) | undefined;
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

  // The element's own events are typed (`e.detail`), as lib.dom types HTMLElement's.
  addEventListener<K extends keyof QwenOrLlamaElementEventMap>(
    type: K,
    listener: (this: QwenOrLlamaElement, ev: QwenOrLlamaElementEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof QwenOrLlamaElementEventMap>(
    type: K,
    listener: (this: QwenOrLlamaElement, ev: QwenOrLlamaElementEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
export default QwenOrLlamaElement;

declare global {
  interface HTMLElementTagNameMap {
    "qwen-or-llama": QwenOrLlamaElement;
  }
  // On every element too: the events bubble and are composed, so a parent element can listen
  // for them, e.g. `div.addEventListener("qwen-or-llama-result", (e) => e.detail.verdict)`.
  interface HTMLElementEventMap extends QwenOrLlamaEventMap {}
  // And on the document, where a page listens for every instance at once.
  interface DocumentEventMap extends QwenOrLlamaEventMap {}
}
