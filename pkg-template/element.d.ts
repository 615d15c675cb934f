// Importing "qwen-or-llama/element" registers the <qwen-or-llama> custom element (once; a second
// import, or another copy that already defined the tag, is harmless).

/** The <qwen-or-llama> element: the questionnaire and the recommendation in one open shadow root. */
export declare class QwenOrLlamaElement extends HTMLElement {
  /** Registers the element as `tag` (default "qwen-or-llama") unless that tag is already taken. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof QwenOrLlamaElement;
}
export default QwenOrLlamaElement;

declare global {
  interface HTMLElementTagNameMap {
    "qwen-or-llama": QwenOrLlamaElement;
  }
}
