//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Input arrives as JSON text made by the package's JavaScript (`pkg-template/index.js`), which
//! first turns whatever the host passed into plain data within the module's limits, so no host
//! getter, Proxy trap, cycle or BigInt ever runs under a Rust frame. The text is read by
//! serde_json and serde (`src/input.rs`). Results go out through serde-wasm-bindgen's
//! JSON-compatible serializer: plain objects, arrays, strings, numbers, booleans and `null`; no
//! `Map`, no `undefined`, no BigInt.
//!
//! Errors reach JavaScript as real `Error` objects named `QwenOrLlamaError` with `code`, `path`
//! and `problems` (every error found, `[{ code, path, message }]`). Every export is total: no
//! input traps the module.

use crate::catalog::{self, Catalog, Validation};
use crate::error::{Code, Error};
use crate::i18n::Lang;
use crate::input;
use alloc::vec;
use alloc::vec::Vec;
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The allocator: Talc instead of Rust's default dlmalloc, for size (the gzipped module was
/// 2.9 KB smaller with it); the module is single-threaded.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The `name` of every error this module throws.
const ERROR_NAME: &str = "QwenOrLlamaError";

/// A value as plain JavaScript data.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| internal(&alloc::format!("a result could not be converted: {e}")))
}

/// Turns `errors` into a thrown `QwenOrLlamaError`: the first error's code, path and message,
/// and all of them as `problems`.
fn throw(errors: &[Error]) -> JsValue {
    let Some(first) = errors.first() else {
        return internal("the core reported a failure without saying why");
    };
    let problems = to_js(errors).unwrap_or(JsValue::NULL);
    error(first.message(), first.code(), first.path(), &problems)
}

/// An error that is not the caller's fault.
fn internal(message: &str) -> JsValue {
    error(message, "internal", "", &js_sys::Array::new())
}

fn error(message: &str, code: &str, path: &str, problems: &JsValue) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name(ERROR_NAME);
    // Setting properties on an Error this function just made cannot fail.
    let _ = Reflect::set(&err, &"code".into(), &code.into());
    let _ = Reflect::set(&err, &"path".into(), &path.into());
    let _ = Reflect::set(&err, &"problems".into(), problems);
    err.into()
}

/// The JSON text the package's JavaScript made, or a wrong-type error at `path`.
fn text(value: &JsValue, path: &str) -> Result<alloc::string::String, Error> {
    value.as_string().ok_or_else(|| {
        Error::new(
            Code::WrongType,
            path,
            "invalid type, expected JSON text (the package's functions make it)",
        )
    })
}

/// The questionnaire in `lang`: JSON text of `"en"` (the default, also for `null`), `"zh"` or
/// a regional tag such as `"zh-CN"`.
#[wasm_bindgen]
pub fn questions(lang: JsValue) -> Result<JsValue, JsValue> {
    let read = || -> Result<Lang, Error> {
        let value = input::parse(&text(&lang, "lang")?, "lang")?;
        Ok(input::typed::<Option<Lang>>(&value, "lang")?.unwrap_or_default())
    };
    let lang = read().map_err(|e| throw(&[e]))?;
    to_js(&crate::questions::questions(lang))
}

/// Ranks the catalog for `answers` with `options` (`{ lang, top, weights, catalog }`), both
/// given as JSON text; `null` means all defaults.
#[wasm_bindgen]
pub fn recommend(answers: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let read = |v: &JsValue, path: &str| -> Result<serde_json::Value, Vec<Error>> {
        input::parse(&text(v, path).map_err(|e| vec![e])?, path).map_err(|e| vec![e])
    };
    let answers = read(&answers, "answers").map_err(|e| throw(&e))?;
    let options = read(&options, "options").map_err(|e| throw(&e))?;
    let rec = crate::recommend::recommend_value(&answers, &options).map_err(|e| throw(&e))?;
    to_js(&rec)
}

/// The built-in catalog: `{ generations, licenses, corrections, models }`, every row with its
/// sources.
#[wasm_bindgen]
pub fn catalog() -> Result<JsValue, JsValue> {
    let builtin: &Catalog = catalog::builtin().map_err(|e| throw(&e))?;
    to_js(builtin)
}

/// Checks a custom catalog given as JSON text. Never throws for a bad catalog: returns
/// `{ ok, models, problems }`.
#[wasm_bindgen(js_name = validateCatalog)]
pub fn validate_catalog(json: JsValue) -> Result<JsValue, JsValue> {
    let result = match text(&json, "catalog") {
        Ok(json) => Catalog::validate_json(&json, "catalog"),
        Err(e) => Validation::failed(vec![e]),
    };
    to_js(&result)
}

/// The package version, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> JsValue {
    JsValue::from_str(crate::VERSION)
}

/// The date the built-in catalog's facts were last checked, `YYYY-MM-DD`.
#[wasm_bindgen(js_name = dataAsOf)]
pub fn data_as_of() -> Result<JsValue, JsValue> {
    let builtin = catalog::builtin().map_err(|e| throw(&e))?;
    Ok(JsValue::from_str(builtin.data_as_of()))
}

/// Test builds only (cargo feature `test-trap`, never in the release build): traps the instance
/// with a WebAssembly `unreachable`, as a bug would, so the tests can check that the package
/// recovers from a `WebAssembly.RuntimeError` (tests/e2e/trap.test.mjs).
#[cfg(feature = "test-trap")]
#[wasm_bindgen(js_name = __testTrap)]
pub fn test_trap() {
    core::arch::wasm32::unreachable()
}
