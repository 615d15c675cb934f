//! The built-in catalog: a sorted table of models with `get(id)` by binary search and `all()`.
//!
//! The rows live in `catalog/data.rs` (hand-written, sorted by id, every row with sources and
//! an as-of date), the article corrections they carry in `catalog/corrections.rs`, and the
//! source URLs both cite in `catalog/sources.rs`.

mod corrections;
mod data;
mod sources;

use crate::model::Model;
pub use corrections::CORRECTIONS;

/// The date the catalog's facts were last checked against their sources, `YYYY-MM-DD`.
pub const DATA_AS_OF: &str = "2026-11-27";

/// Every built-in model, sorted by id.
pub fn all() -> &'static [Model] {
    &data::MODELS
}

/// The built-in model with this id, if any.
pub fn get(id: &str) -> Option<&'static Model> {
    let models = all();
    models
        .binary_search_by(|m| m.id.as_ref().cmp(id))
        .ok()
        .and_then(|i| models.get(i))
}
