// Registers <qwen-or-llama>. Importing this module twice (or next to another copy that already
// defined the tag) is harmless: define() skips a tag that is taken.
import { QwenOrLlamaElement } from './qwen-or-llama-element.js';

QwenOrLlamaElement.define();

export { QwenOrLlamaElement };
export default QwenOrLlamaElement;
