// Placeholder. The <qwen-or-llama> custom element lives in www/ (qwen-or-llama-element.js and
// qwen-or-llama-define.js); once those exist, scripts/build.sh replaces this file with a module
// that registers the element. Until then importing "qwen-or-llama/element" does nothing.
export {};
