//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Every export is total. Host input is walked into a [`Value`] here, in Rust, before the core
//! sees it:
//!
//! - nesting deeper than [`json::MAX_DEPTH`] is refused (this also stops cycles);
//! - a string's length is read with `JsString::length()` *before* it is copied into wasm memory,
//!   so a 10 MB string is refused without being copied;
//! - the whole input is bounded by [`json::MAX_TEXT_BYTES`] of equivalent JSON text;
//! - numbers must be finite; BigInt, symbols and functions are wrong types;
//! - object keys are read with `Object.keys` (own, enumerable, string keys: what `JSON.stringify`
//!   sees, so symbol keys are ignored) and values with `Reflect.get`, both imported with `catch`:
//!   a throwing getter or Proxy trap becomes an [`Error`], and no JavaScript exception ever
//!   unwinds through Rust frames;
//! - `undefined` is `null` at the top level and in arrays and an absent field in objects, as in
//!   `JSON.stringify`.
//!
//! Errors reach JavaScript as real `Error` objects named `QwenOrLlamaError` with `code`, `path`
//! and `problems` (every error found, `[{ code, path, message }]`). Results are plain objects,
//! arrays, strings, numbers, booleans and `null`, built directly from the core's [`ToJson`]
//! output: no `Map`, no `undefined`, no BigInt.

use crate::error::Error;
use crate::i18n::Lang;
use crate::json;
use crate::to_json::{Sink, ToJson};
use crate::value::Value;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The allocator: Talc instead of Rust's default dlmalloc, for size (the gzipped module was
/// 2.9 KB smaller with it); the module is single-threaded.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Without `std` (the release build), a panic traps at once. None is expected (the exports are
/// total and the crate denies `unwrap`, `expect`, `panic!` and indexing); if one happened, the
/// package sees a `RuntimeError` and refuses further calls (`crashed`), as with std's abort.
#[cfg(not(feature = "std"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[wasm_bindgen]
extern "C" {
    // `Array.isArray` throws for a revoked Proxy, so it is imported with `catch`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn js_is_array(value: &JsValue) -> Result<JsValue, JsValue>;

    // `Object.keys` runs Proxy traps (`ownKeys`, `getOwnPropertyDescriptor`), which may throw.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn js_object_keys(value: &JsValue) -> Result<Array, JsValue>;

    /// A plain object this module made for a result.
    type PlainObject;

    // `target[key] = value`: on our own plain object it cannot throw, so no `catch` (and no
    // `Reflect.set` call) per property of a result.
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set_property(target: &PlainObject, key: &JsValue, value: &JsValue);
}

/// The `name` of every error this module throws.
const ERROR_NAME: &str = "QwenOrLlamaError";

/// One problem as JavaScript sees it, in `error.problems` and `validateCatalog().problems`.
struct Problem {
    code: &'static str,
    path: String,
    message: String,
}

/// Every error as a [`Problem`].
fn problems(errors: &[Error]) -> Vec<Problem> {
    let mut out = Vec::with_capacity(errors.len());
    for e in errors {
        out.push(Problem {
            code: e.code(),
            path: e.path().to_string(),
            message: e.message(),
        });
    }
    out
}

crate::to_json::json_object!(Problem {
    "code": code,
    "path": path,
    "message": message,
});

/// What `validateCatalog` returns.
struct Validation {
    ok: bool,
    models: usize,
    problems: Vec<Problem>,
}

crate::to_json::json_object!(Validation {
    "ok": ok,
    "models": models,
    "problems": problems,
});

/// Turns `errors` into a thrown `QwenOrLlamaError`: the first error's code, path and message,
/// and all of them as `problems`.
fn throw(errors: &[Error]) -> JsValue {
    let Some(first) = errors.first() else {
        return internal("the core reported a failure without saying why");
    };
    let err = js_sys::Error::new(&first.message());
    err.set_name(ERROR_NAME);
    set(&err, "code", &JsValue::from_str(first.code()));
    set(&err, "path", &JsValue::from_str(first.path()));
    set(&err, "problems", &to_js(&problems(errors)));
    err.into()
}

/// An error that is not the caller's fault.
fn internal(message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name(ERROR_NAME);
    set(&err, "code", &JsValue::from_str("internal"));
    set(&err, "path", &JsValue::from_str(""));
    set(&err, "problems", &Array::new());
    err.into()
}

/// Sets a property on an object this module created; it cannot throw, and if it did there is
/// nothing better to do than to leave the property unset.
fn set(target: &JsValue, key: &str, value: &JsValue) {
    set_key(target, &JsValue::from_str(key), value);
}

fn set_key(target: &JsValue, key: &JsValue, value: &JsValue) {
    target
        .unchecked_ref::<PlainObject>()
        .set_property(key, value);
}

/// A result as plain JavaScript objects, arrays and primitives.
fn to_js<T: ToJson + ?Sized>(value: &T) -> JsValue {
    let mut builder = JsBuilder {
        root: JsValue::NULL,
        open: Vec::new(),
        key: None,
        fields: Vec::new(),
    };
    value.to_json(&mut builder);
    builder.root
}

/// The [`Sink`] that builds JavaScript values: each value goes into the innermost open
/// container as soon as it is made (containers are filled after they are placed).
struct JsBuilder {
    /// The whole value, once the first one is placed.
    root: JsValue,
    /// Open containers, innermost last: the object or array, and whether it is an array.
    open: Vec<(JsValue, bool)>,
    /// The key for the next value in the innermost open object.
    key: Option<JsValue>,
    /// Field names already made into JavaScript strings, by address and length: a `'static`
    /// string is never freed, so the same address and length are the same text. Saves making
    /// the same dozens of keys again for every model of `catalog()`.
    fields: Vec<(usize, usize, JsValue)>,
}

impl JsBuilder {
    fn place(&mut self, value: JsValue) {
        match self.open.last() {
            None => self.root = value,
            Some((array, true)) => {
                array.unchecked_ref::<Array>().push(&value);
            }
            Some((object, false)) => {
                // No key (see `key`): the value is dropped, never set on the prototype.
                if let Some(key) = self.key.take() {
                    set_key(object, &key, &value);
                }
            }
        }
    }

    fn open(&mut self, container: JsValue, is_array: bool) {
        self.place(container.clone());
        self.open.push((container, is_array));
    }
}

impl Sink for JsBuilder {
    fn null(&mut self) {
        self.place(JsValue::NULL);
    }

    fn boolean(&mut self, value: bool) {
        self.place(JsValue::from_bool(value));
    }

    fn number(&mut self, value: f64) {
        // Non-finite numbers become `null`, as in JSON.
        self.place(if value.is_finite() {
            JsValue::from_f64(value)
        } else {
            JsValue::NULL
        });
    }

    fn string(&mut self, value: &str) {
        self.place(JsValue::from_str(value));
    }

    fn begin_object(&mut self) {
        self.open(Object::new().into(), false);
    }

    fn begin_array(&mut self) {
        self.open(Array::new().into(), true);
    }

    fn key(&mut self, key: &str) {
        // Keys are this crate's own field names; `obj["__proto__"] = v` would set the
        // prototype, so that key is refused even though no result has it.
        self.key = (key != "__proto__").then(|| JsValue::from_str(key));
    }

    fn field(&mut self, key: &'static str) {
        let id = (key.as_ptr() as usize, key.len());
        if let Some((_, _, made)) = self.fields.iter().find(|(p, n, _)| (*p, *n) == id) {
            self.key = Some(made.clone());
            return;
        }
        self.key(key);
        if let Some(made) = &self.key {
            self.fields.push((id.0, id.1, made.clone()));
        }
    }

    fn end(&mut self) {
        self.open.pop();
    }
}

/// Walks a host value into JSON, with the limits described in the module docs.
struct Walker {
    /// Bytes of equivalent JSON text still allowed.
    budget: usize,
}

impl Walker {
    fn new() -> Walker {
        Walker {
            budget: json::MAX_TEXT_BYTES,
        }
    }

    fn spend(&mut self, bytes: usize, path: &str) -> Result<(), Error> {
        match self.budget.checked_sub(bytes) {
            Some(rest) => {
                self.budget = rest;
                Ok(())
            }
            None => Err(Error::TooLarge {
                path: path.to_string(),
                limit: "64 MiB of JSON text",
            }),
        }
    }

    fn value(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Value, Error> {
        if v.is_undefined() || v.is_null() {
            self.spend(4, path)?;
            return Ok(Value::Null);
        }
        if let Some(b) = v.as_bool() {
            self.spend(5, path)?;
            return Ok(Value::Bool(b));
        }
        if let Some(x) = v.as_f64() {
            self.spend(8, path)?;
            return number(x, path);
        }
        if let Some(s) = v.dyn_ref::<JsString>() {
            return self.string(s, path).map(Value::String);
        }
        if v.is_bigint() {
            return Err(wrong(path, "a number", "a BigInt"));
        }
        if v.is_symbol() {
            return Err(wrong(path, "a JSON value", "a symbol"));
        }
        if v.is_function() {
            return Err(wrong(path, "a JSON value", "a function"));
        }
        if !v.is_object() {
            return Err(wrong(path, "a JSON value", "an unsupported value"));
        }
        if depth >= json::MAX_DEPTH {
            return Err(json::too_deep(path));
        }
        let is_array = js_is_array(v)
            .map_err(|_| unreadable(path))?
            .as_bool()
            .unwrap_or(false);
        if is_array {
            self.array(v, path, depth)
        } else {
            self.object(v, path, depth)
        }
    }

    /// Copies a string after checking its length in UTF-16 units: at least one UTF-8 byte each,
    /// so a string longer than the byte limit in units is too long in bytes too.
    fn string(&mut self, s: &JsString, path: &str) -> Result<String, Error> {
        let units = s.length() as usize;
        if units > json::MAX_STRING_BYTES {
            return Err(Error::TooLarge {
                path: path.to_string(),
                limit: "4096 bytes per string",
            });
        }
        self.spend(units + 2, path)?;
        // Lone surrogates become U+FFFD in the copy; the string is otherwise unchanged.
        Ok(String::from(s))
    }

    fn array(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Value, Error> {
        let len = Reflect::get(v, &JsValue::from_str("length"))
            .map_err(|_| unreadable(path))?
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0 && (*n as u64) as f64 == *n)
            .ok_or_else(|| wrong(path, "an array", "an array with an invalid length"))?;
        // Every element costs at least one byte of JSON ("0,"), so a huge (even sparse) array
        // is refused before it is walked.
        if len > self.budget as f64 {
            return Err(Error::TooLarge {
                path: path.to_string(),
                limit: "64 MiB of JSON text",
            });
        }
        let len = len as u32;
        self.spend(2, path)?;
        let mut items = Vec::with_capacity(len.min(1024) as usize);
        for i in 0..len {
            let p = json::index(path, i as usize);
            // Holes in sparse arrays read as `undefined`, which becomes `null`.
            let item = Reflect::get_u32(v, i).map_err(|_| unreadable(&p))?;
            items.push(self.value(&item, &p, depth + 1)?);
            self.spend(1, path)?;
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Value, Error> {
        let keys = js_object_keys(v).map_err(|_| unreadable(path))?;
        self.spend(2, path)?;
        let mut fields = Vec::new();
        for i in 0..keys.length() {
            let key = keys.get(i);
            let Some(key_str) = key.dyn_ref::<JsString>() else {
                continue; // Object.keys returns strings only; anything else is ignored.
            };
            let key_name = self.string(key_str, path)?;
            let p = json::key_path(path, &key_name);
            let item = Reflect::get(v, &key).map_err(|_| unreadable(&p))?;
            if item.is_undefined() {
                continue; // As in JSON.stringify: an undefined field is an absent field.
            }
            let value = self.value(&item, &p, depth + 1)?;
            self.spend(2, path)?;
            fields.push((key_name, value));
        }
        Ok(Value::Object(fields))
    }
}

/// A finite JavaScript number as JSON (`-0` becomes `0`).
fn number(x: f64, path: &str) -> Result<Value, Error> {
    if !x.is_finite() {
        let found = if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        return Err(wrong(path, "a finite number", found));
    }
    Ok(Value::Number(x + 0.0))
}

fn wrong(path: &str, expected: &'static str, found: &str) -> Error {
    Error::WrongType {
        path: path.to_string(),
        expected,
        found: found.to_string(),
    }
}

/// The error for a value whose getter or Proxy trap threw while it was read.
fn unreadable(path: &str) -> Error {
    wrong(
        path,
        "a plain JSON value",
        "a value that threw an exception when read",
    )
}

/// Reads one host argument as JSON.
fn read(v: &JsValue, path: &str) -> Result<Value, Error> {
    Walker::new().value(v, path, 0)
}

/// The questionnaire in `lang` (`"en"`, the default, or `"zh"`; regional tags such as
/// `"zh-CN"` work too).
#[wasm_bindgen]
pub fn questions(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = read_lang(&lang).map_err(|e| throw(&[e]))?;
    Ok(to_js(crate::questions::questions(lang).as_slice()))
}

fn read_lang(v: &JsValue) -> Result<Lang, Error> {
    // An object (or array) is a wrong type as a whole, whatever its fields hold; anything else
    // is read and reported by the walker and `Lang::from_value`.
    if v.is_object() {
        return Err(wrong("lang", "a string", "an object"));
    }
    Lang::from_value(&read(v, "lang")?, "lang")
}

/// Ranks the catalog for `answers` (an object of optional fields; `undefined`/`null` = all
/// defaults) with `options` (`{ lang, top, catalog, weights }`, all optional).
#[wasm_bindgen]
pub fn recommend(answers: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let answers = read(&answers, "answers").map_err(|e| throw(&[e]))?;
    let options = read(&options, "options").map_err(|e| throw(&[e]))?;
    let rec = crate::recommend::recommend_value(&answers, &options).map_err(|e| throw(&e))?;
    Ok(to_js(&rec))
}

/// The built-in catalog, every model with its sources.
#[wasm_bindgen]
pub fn catalog() -> JsValue {
    to_js(crate::catalog::all())
}

/// Checks a custom catalog, an array of models (the package's `validateCatalog` parses JSON
/// text first). Never throws for a bad catalog: returns `{ ok, models, problems }`.
#[wasm_bindgen(js_name = validateCatalog)]
pub fn validate_catalog(catalog: JsValue) -> JsValue {
    let result = match read_catalog(&catalog) {
        Ok(models) => Validation {
            ok: true,
            models,
            problems: Vec::new(),
        },
        Err(errors) => Validation {
            ok: false,
            models: 0,
            problems: problems(&errors),
        },
    };
    to_js(&result)
}

fn read_catalog(v: &JsValue) -> Result<usize, Vec<Error>> {
    const PATH: &str = "catalog";
    // JSON text is parsed by the package's `validateCatalog` (JSON.parse) before it gets here;
    // keeping a JSON parser out of the module saves about 10 KB of wasm.
    if v.is_string() {
        return Err(alloc::vec![Error::WrongType {
            path: PATH.to_string(),
            expected: "an array of models (JSON text is parsed by the package's validateCatalog)",
            found: "a string".to_string(),
        }]);
    }
    let value = read(v, PATH).map_err(|e| alloc::vec![e])?;
    crate::validate::catalog_from_value(&value, PATH).map(|models| models.len())
}

/// The package version, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> JsValue {
    JsValue::from_str(crate::VERSION)
}

/// The date the catalog's facts were last checked, `YYYY-MM-DD`.
#[wasm_bindgen(js_name = dataAsOf)]
pub fn data_as_of() -> JsValue {
    JsValue::from_str(crate::DATA_AS_OF)
}
