//! The catalog: generations, licenses, corrections and models, as one JSON document.
//!
//! The built-in catalog is `data/catalog.json`, embedded in the crate and read on first use by
//! exactly the reader and the checks a host's catalog goes through ([`Catalog::from_value`]).
//! Each entry is read on its own (one bad row does not hide the rest), then the semantic
//! checks in [`crate::validate`] run on everything that was read, and every problem is
//! reported. A valid catalog keeps its tables sorted by id (generations by name), which the
//! lookups here rely on.

use crate::correction::Correction;
use crate::error::{field, index, Code, Error};
use crate::generation::Generation;
use crate::input;
use crate::license::License;
use crate::model::Model;
use crate::validate::{self, limits, Paths, Positions};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use once_cell::race::OnceBox;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The built-in catalog's JSON text (`data/catalog.json`).
pub const BUILTIN_JSON: &str = include_str!("../data/catalog.json");

/// A whole catalog. In JSON, `models` is required; any other table a host leaves out is the
/// built-in one, and a bare array stands for `{ "models": [...] }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(test, schemars(deny_unknown_fields, transform = object_or_models))]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// The URL of the JSON Schema the file follows, for editors (a string or `null`; otherwise
    /// ignored).
    #[serde(rename = "$schema", skip_serializing)]
    #[cfg_attr(test, ts(skip))]
    pub schema: Option<String>,
    /// Model generations, sorted by name.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::ENTRIES_MAX)))]
    pub generations: Vec<Generation>,
    /// Weights licenses, sorted by id.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::ENTRIES_MAX)))]
    pub licenses: Vec<License>,
    /// Corrections of the seed article, sorted by id.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::ENTRIES_MAX)))]
    pub corrections: Vec<Correction>,
    /// Models, sorted by id.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::ENTRIES_MAX)))]
    pub models: Vec<Model>,
}

/// What `validateCatalog` returns: whether a catalog is valid, how many models it holds, and
/// every problem found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "CatalogValidation"))]
pub struct Validation {
    /// True when there are no problems.
    pub ok: bool,
    /// How many models the catalog holds when it is valid; 0 otherwise.
    pub models: usize,
    /// Every problem, in input order.
    pub problems: Vec<Error>,
}

impl Validation {
    /// The result for a catalog with these problems.
    pub fn failed(problems: Vec<Error>) -> Validation {
        Validation {
            ok: false,
            models: 0,
            problems,
        }
    }
}

/// The schema of a catalog document: the catalog object (what schemars derives from
/// [`Catalog`]) or a bare array of models, as [`Catalog::from_value`] reads it. The title and
/// description stay at the root.
#[cfg(test)]
fn object_or_models(schema: &mut schemars::Schema) {
    let mut object = schemars::json_schema!({
        "description": "An object of tables; `models` is required.",
    });
    for key in ["type", "properties", "additionalProperties", "required"] {
        if let Some(v) = schema.remove(key) {
            object.insert(key.into(), v);
        }
    }
    let models = object
        .get("properties")
        .and_then(|p| p.get("models"))
        .cloned()
        .expect("Catalog has a models property");
    let mut array = serde_json::Map::new();
    array.insert("description".into(), "A bare array of models.".into());
    for key in ["type", "items", "minItems", "maxItems"] {
        if let Some(v) = models.get(key) {
            array.insert(key.into(), v.clone());
        }
    }
    schema.insert(
        "oneOf".into(),
        serde_json::Value::Array(vec![object.to_value(), array.into()]),
    );
}

/// The keys of a catalog object (a test holds this list to the serialised `Catalog`).
const TABLES: [&str; 5] = [
    "$schema",
    "generations",
    "licenses",
    "corrections",
    "models",
];

static BUILTIN: OnceBox<Catalog> = OnceBox::new();

/// The built-in catalog, read and checked on first use. It is valid (the test suite reads
/// it); if it were not, every problem comes back, as for a host's catalog.
pub fn builtin() -> Result<&'static Catalog, Vec<Error>> {
    BUILTIN.get_or_try_init(|| {
        let value = input::parse(BUILTIN_JSON, "catalog").map_err(|e| vec![e])?;
        Catalog::from_value(&value, "catalog", None).map(Box::new)
    })
}

impl Catalog {
    /// Reads a catalog from JSON text: [`Catalog::from_value`] after [`input`]'s size and
    /// nesting limits.
    pub fn from_json_text(text: &str, path: &str) -> Result<Catalog, Vec<Error>> {
        let value = input::parse(text, path).map_err(|e| vec![e])?;
        Catalog::from_value(&value, path, builtin().ok())
    }

    /// Reads and checks a catalog: an object of tables, or a bare array of models. A table that
    /// is absent comes from `defaults` (the built-in catalog for hosts; none for the built-in
    /// catalog itself). `path` names the input in errors, so a problem reads like
    /// `catalog.models[3].license`. Returns every problem, in input order.
    pub fn from_value(
        value: &Value,
        path: &str,
        defaults: Option<&Catalog>,
    ) -> Result<Catalog, Vec<Error>> {
        let models_path;
        let tables: [Option<&Value>; 4] = match value {
            Value::Array(_) => {
                models_path = String::from(path);
                [None, None, None, Some(value)]
            }
            Value::Object(obj) => {
                let mut errors = Vec::new();
                for key in obj.keys() {
                    if !TABLES.contains(&key.as_str()) {
                        errors.push(Error::new(
                            Code::UnknownField,
                            &field(path, key),
                            "unknown field, expected one of `generations`, `licenses`, `corrections`, `models`",
                        ));
                    }
                }
                // Ignored, but read by editors: a URL, as the schema says.
                if obj.get("$schema").is_some_and(|v| !v.is_string() && !v.is_null()) {
                    errors.push(Error::new(
                        Code::WrongType,
                        &field(path, "$schema"),
                        "invalid type, expected a string (the URL of the catalog's JSON Schema)",
                    ));
                }
                models_path = field(path, "models");
                if !obj.contains_key("models") {
                    errors.push(Error::new(
                        Code::MissingField,
                        &models_path,
                        "missing field `models`",
                    ));
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                [
                    obj.get("generations"),
                    obj.get("licenses"),
                    obj.get("corrections"),
                    obj.get("models"),
                ]
            }
            _ => {
                return Err(vec![Error::new(
                    Code::WrongType,
                    path,
                    "expected a catalog (an object of generations, licenses, corrections and models) or an array of models",
                )])
            }
        };
        let [generations_v, licenses_v, corrections_v, models_v] = tables;
        let generations_path = field(path, "generations");
        let licenses_path = field(path, "licenses");
        let corrections_path = field(path, "corrections");
        let mut found: [validate::Found; 4] = Default::default();
        let mut positions = Positions::default();
        let [g, l, c, m] = &mut found;
        let mut catalog = Catalog {
            schema: None,
            generations: table(
                generations_v,
                &generations_path,
                defaults.map(|d| &d.generations[..]),
                g,
                &mut positions.generations,
            ),
            licenses: table(
                licenses_v,
                &licenses_path,
                defaults.map(|d| &d.licenses[..]),
                l,
                &mut positions.licenses,
            ),
            corrections: table(
                corrections_v,
                &corrections_path,
                defaults.map(|d| &d.corrections[..]),
                c,
                &mut positions.corrections,
            ),
            models: table(models_v, &models_path, None, m, &mut positions.models),
        };
        if catalog.models.is_empty() && found[3].is_empty() {
            return Err(vec![Error::new(
                Code::EmptyCatalog,
                &models_path,
                "expected at least one model",
            )]);
        }
        let model_rows = match models_v {
            Some(Value::Array(rows)) => &rows[..],
            _ => &[],
        };
        // Ids of every model entry whose id is readable, even if the rest of it is not.
        let known_ids: Vec<(String, usize)> = model_rows
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let id = v.get("id")?.as_str()?;
                validate::is_id(id).then(|| (String::from(id), i))
            })
            .collect();

        // The lookups below (licenses, corrections) search sorted tables; the checks report by
        // input position, so they sort copies of the positions along.
        sort_with(
            &mut catalog.generations,
            &mut positions.generations,
            |a, b| a.name.cmp(&b.name),
        );
        sort_with(&mut catalog.licenses, &mut positions.licenses, |a, b| {
            a.id.cmp(&b.id)
        });
        sort_with(
            &mut catalog.corrections,
            &mut positions.corrections,
            |a, b| a.id.cmp(&b.id),
        );
        let paths = Paths {
            generations: &generations_path,
            licenses: &licenses_path,
            corrections: &corrections_path,
            models: &models_path,
        };
        let semantic = validate::catalog(&catalog, &positions, &known_ids, &paths);
        let mut errors = Vec::new();
        for (read, checked) in found.into_iter().zip(semantic) {
            let mut all: validate::Found = read.into_iter().chain(checked).collect();
            crate::order::sort_by_key(&mut all, |(i, _)| *i);
            errors.extend(all.into_iter().map(|(_, e)| e));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        crate::order::sort_by(&mut catalog.models, |a, b| a.id.cmp(&b.id));
        Ok(catalog)
    }

    /// Checks a catalog given as JSON text; never fails, the problems are the result.
    pub fn validate_json(text: &str, path: &str) -> Validation {
        match Catalog::from_json_text(text, path) {
            Ok(c) => Validation {
                ok: true,
                models: c.models.len(),
                problems: Vec::new(),
            },
            Err(problems) => Validation::failed(problems),
        }
    }

    /// The license with this id.
    pub fn license(&self, id: &str) -> Option<&License> {
        find(&self.licenses, id, |l| &l.id)
    }

    /// The correction with this id.
    pub fn correction(&self, id: &str) -> Option<&Correction> {
        find(&self.corrections, id, |c| &c.id)
    }

    /// The model with this id (models are sorted once the catalog is read).
    pub fn model(&self, id: &str) -> Option<&Model> {
        find(&self.models, id, |m| &m.id)
    }

    /// The generation with this name.
    pub fn generation(&self, name: &str) -> Option<&Generation> {
        find(&self.generations, name, |g| &g.name)
    }

    /// The newest `asOf` of any entry: the date the catalog's facts were last checked.
    pub fn data_as_of(&self) -> &str {
        let dates = self
            .generations
            .iter()
            .map(|g| &g.as_of)
            .chain(self.licenses.iter().map(|l| &l.as_of))
            .chain(self.corrections.iter().map(|c| &c.as_of))
            .chain(self.models.iter().map(|m| &m.as_of));
        dates.max().map_or("", String::as_str)
    }
}

/// One table: read row by row from `value` (each row on its own, its problems recorded with
/// its position), or taken whole from `default` when the input leaves it out.
fn table<T: DeserializeOwned + Clone>(
    value: Option<&Value>,
    path: &str,
    default: Option<&[T]>,
    found: &mut validate::Found,
    positions: &mut Vec<usize>,
) -> Vec<T> {
    let rows = match value {
        None => {
            let rows = default.map(<[T]>::to_vec).unwrap_or_default();
            *positions = (0..rows.len()).collect();
            return rows;
        }
        Some(Value::Array(rows)) if rows.len() > limits::ENTRIES_MAX => {
            found.push((
                0,
                Error::new(
                    Code::TooLarge,
                    path,
                    &alloc::format!("too large (limit: {} entries)", limits::ENTRIES_MAX),
                ),
            ));
            return Vec::new();
        }
        Some(Value::Array(rows)) => rows,
        Some(_) => {
            found.push((0, Error::new(Code::WrongType, path, "expected an array")));
            return Vec::new();
        }
    };
    let mut read = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        match input::typed_object(row, &index(path, i)) {
            Ok(item) => {
                read.push(item);
                positions.push(i);
            }
            Err(e) => found.push((i, e)),
        }
    }
    read
}

/// Sorts `rows` by `cmp`, moving their input positions along.
fn sort_with<T>(
    rows: &mut Vec<T>,
    positions: &mut Vec<usize>,
    cmp: impl Fn(&T, &T) -> core::cmp::Ordering,
) {
    let mut pairs: Vec<(T, usize)> = rows.drain(..).zip(positions.drain(..)).collect();
    crate::order::sort_by(&mut pairs, |(a, _), (b, _)| cmp(a, b));
    for (row, i) in pairs {
        rows.push(row);
        positions.push(i);
    }
}

/// Binary search of a table sorted by `key`.
pub(crate) fn find<'a, T>(rows: &'a [T], id: &str, key: impl Fn(&T) -> &String) -> Option<&'a T> {
    rows.binary_search_by(|r| key(r).as_str().cmp(id))
        .ok()
        .and_then(|i| rows.get(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_keys_are_the_serialised_fields() {
        let builtin = builtin().unwrap();
        let json = serde_json::to_value(builtin).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.push("$schema");
        keys.sort_unstable();
        let mut tables = TABLES.to_vec();
        tables.sort_unstable();
        assert_eq!(keys, tables);
    }

    #[test]
    fn the_built_in_catalog_is_read_once_and_dated_by_its_newest_row() {
        let first = builtin().unwrap() as *const Catalog;
        assert_eq!(builtin().unwrap() as *const Catalog, first);
        let c = builtin().unwrap();
        assert!(c.models.iter().all(|m| *m.as_of <= *c.data_as_of()));
        assert_eq!(c.data_as_of().len(), 10);
    }
}
