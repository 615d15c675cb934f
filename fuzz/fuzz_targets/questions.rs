//! The `questions` export on raw bytes as the lang JSON text (`null`, `"en"`, `"zh-CN"`, ...),
//! and `Lang::parse` on the same text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use qwen_or_llama_fuzz as fuzz;

fuzz_target!(init: fuzz::check_builtins(), |data: &[u8]| {
    fuzz::questions(&fuzz::text(data));
});
