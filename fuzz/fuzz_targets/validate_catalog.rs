//! The `validateCatalog` export on raw bytes as catalog JSON text: never fails, and a valid
//! catalog reads back, round-trips and gives a recommendation.
#![no_main]
use libfuzzer_sys::fuzz_target;
use qwen_or_llama_fuzz as fuzz;

fuzz_target!(init: fuzz::check_builtins(), |data: &[u8]| {
    fuzz::validate_catalog(&fuzz::text(data));
});
