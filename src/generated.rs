//! The files derived from the Rust types, each checked by a test: `data/catalog.schema.json`
//! (schemars) and `pkg-template/types.d.ts` (ts-rs). A test regenerates its file and fails if
//! the checked-in copy differs; `UPDATE_GENERATED=1 cargo test --lib generated` rewrites them.

use crate::answers::{
    Answers, Business, Deployment, Ecosystem, Hardware, Language, Priority, Region, Task, Use,
};
use crate::catalog::{Catalog, Validation};
use crate::correction::Correction;
use crate::device::{Device, DeviceClass, Devices, Evidence};
use crate::error::{Code, Error};
use crate::generation::Generation;
use crate::i18n::Lang;
use crate::license::{AttributionWhen, FieldOfUse, License, Threshold};
use crate::memory::{Estimate, Precision};
use crate::model::{
    Architecture, Benchmark, Cloud, Family, KvLayout, LanguageLimit, Modality, Model, Reasoning,
    Specialty, Variant,
};
use crate::questions::{Kind, Question, QuestionOption, VisibleWhen};
use crate::recommend::{
    Best, CorrectionNote, Excluded, LicenseSummary, Options, Ranked, Recommendation, SpeedEstimate,
    Verdict, VerdictFamily, WhatIf,
};
use crate::scoring::{Criterion, Exclusion, ExclusionCode, Reason, Weights};
use std::string::String;
use ts_rs::TS;

/// Compares `generated` with the checked-in file at `path` (relative to the crate), or writes
/// it when `UPDATE_GENERATED` is set.
fn check(path: &str, generated: &str) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&full, generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        current == generated,
        "{path} differs from what the Rust types generate: run \
         `UPDATE_GENERATED=1 cargo test --lib generated` and commit the result"
    );
}

#[test]
fn catalog_schema_is_current() {
    let mut schema = schemars::schema_for!(Catalog);
    schema.insert(
        "$id".into(),
        "https://unpkg.com/qwen-or-llama/catalog.schema.json".into(),
    );
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    check("data/catalog.schema.json", &text);
}

#[test]
fn devices_schema_is_current() {
    let mut schema = schemars::schema_for!(Devices);
    schema.insert(
        "$id".into(),
        "https://unpkg.com/qwen-or-llama/devices.schema.json".into(),
    );
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    check("data/devices.schema.json", &text);
}

#[test]
fn typescript_types_are_current() {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        // The catalog.
        Catalog::decl(&cfg),
        Generation::decl(&cfg),
        License::decl(&cfg),
        AttributionWhen::decl(&cfg),
        Threshold::decl(&cfg),
        FieldOfUse::decl(&cfg),
        Business::decl(&cfg),
        Correction::decl(&cfg),
        Model::decl(&cfg),
        Family::decl(&cfg),
        Architecture::decl(&cfg),
        Modality::decl(&cfg),
        Reasoning::decl(&cfg),
        LanguageLimit::decl(&cfg),
        Specialty::decl(&cfg),
        Benchmark::decl(&cfg),
        Variant::decl(&cfg),
        KvLayout::decl(&cfg),
        Cloud::decl(&cfg),
        // The device list.
        Devices::decl(&cfg),
        Device::decl(&cfg),
        DeviceClass::decl(&cfg),
        Evidence::decl(&cfg),
        // The answers and options.
        Answers::decl(&cfg),
        Language::decl(&cfg),
        Task::decl(&cfg),
        Deployment::decl(&cfg),
        Hardware::decl(&cfg),
        Use::decl(&cfg),
        Region::decl(&cfg),
        Ecosystem::decl(&cfg),
        Priority::decl(&cfg),
        Options::decl(&cfg),
        Lang::decl(&cfg),
        Weights::decl(&cfg),
        Criterion::decl(&cfg),
        // The questionnaire.
        Question::decl(&cfg),
        Kind::decl(&cfg),
        QuestionOption::decl(&cfg),
        VisibleWhen::decl(&cfg),
        // The recommendation.
        Recommendation::decl(&cfg),
        Verdict::decl(&cfg),
        VerdictFamily::decl(&cfg),
        Best::decl(&cfg),
        Ranked::decl(&cfg),
        LicenseSummary::decl(&cfg),
        Estimate::decl(&cfg),
        SpeedEstimate::decl(&cfg),
        Precision::decl(&cfg),
        Reason::decl(&cfg),
        Excluded::decl(&cfg),
        Exclusion::decl(&cfg),
        ExclusionCode::decl(&cfg),
        WhatIf::decl(&cfg),
        CorrectionNote::decl(&cfg),
        // Validation and errors.
        Validation::decl(&cfg),
        Error::decl(&cfg),
        Code::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types (src/generated.rs, ts-rs): do not edit. After changing a\n\
         // wire type, run `UPDATE_GENERATED=1 cargo test --lib generated`. A test fails while\n\
         // this file differs from what the types generate.\n",
    );
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(&decl);
        out.push('\n');
    }
    check("pkg-template/types.d.ts", &out);
}
