//! The `recommend` export on raw bytes: the answers text, a 0xFF byte, the options text (no
//! 0xFF: the options are `null`, as the package sends for none). Invalid UTF-8 stands for the
//! U+FFFD a lone surrogate of a JS string becomes. Must give a recommendation or errors with a
//! known code and a path; never a panic (in the wasm module, a trap).
#![no_main]
use libfuzzer_sys::fuzz_target;
use qwen_or_llama_fuzz as fuzz;

fuzz_target!(init: fuzz::check_builtins(), |data: &[u8]| {
    let (answers, options) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"null"[..]),
    };
    fuzz::recommend(&fuzz::text(answers), &fuzz::text(options), false);
});
