// Pre-rendering for static site generators and servers (Node 20 or a browser; no DOM needed).
import type { Answers, CatalogInput, Lang, Recommendation } from "./index.js";

/** What `prerender()` returns. */
export interface Prerendered {
  /** The verdict, the best Qwen and the best Llama with their scores, and the data date, as lines of plain text. */
  text: string;
  /** The same as escaped HTML, to place inside `<qwen-or-llama>` as its fallback. */
  html: string;
  /** The whole recommendation (without the what-if analysis). */
  result: Recommendation;
}

/** Options of `prerender()`. */
export interface PrerenderOptions {
  /** `en` (default) or `zh`. */
  lang?: Lang;
  /** A custom catalog, as for `recommend()`. */
  catalog?: CatalogInput;
}

/** The recommendation for `answers`, as text and as HTML; loads the module on first use. Throws a QwenOrLlamaError for bad answers. */
export declare function prerender(answers?: Answers, options?: PrerenderOptions): Promise<Prerendered>;
