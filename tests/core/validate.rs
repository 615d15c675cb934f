//! Reading and checking a host's catalog: every problem is reported with its code and path,
//! one bad row does not hide the others, and nothing panics.

use super::builtin;
use qwen_or_llama::model::{Cloud, KvLayout, Modality};
use qwen_or_llama::{Catalog, Error};
use serde_json::{json, Map, Value};

fn read(v: &Value) -> Result<Catalog, Vec<Error>> {
    Catalog::from_value(v, "catalog", Some(builtin()))
}

fn errors(v: &Value) -> Vec<Error> {
    read(v).expect_err("the catalog should be refused")
}

fn codes(errors: &[Error]) -> Vec<(&'static str, &str)> {
    errors.iter().map(|e| (e.code(), e.path())).collect()
}

/// Two sound models, out of id order, with every optional field in one of them. They use the
/// built-in licenses, generations and corrections (a bare array of models).
fn fixture() -> Value {
    json!([
        {
            "id": "qwen2.5-7b",
            "name": "Qwen2.5-7B-Instruct",
            "family": "qwen",
            "generation": "Qwen2.5",
            "released": "2024-09",
            "architecture": "dense",
            "paramsB": 7.61,
            "activeParamsB": 7.61,
            "contextTokens": 32768,
            "extendedContextTokens": 131072,
            "vocabSize": 151646,
            "trainingTokensT": 18.0,
            "modalities": ["text"],
            "languages": ["zh", "en"],
            "languageCount": 29,
            "specialties": [],
            "license": "apache-2.0",
            "benchmarks": [
                {
                    "name": "MMLU",
                    "variant": "base",
                    "score": 74.2,
                    "shots": 5,
                    "method": null,
                    "source": "https://qwenlm.github.io/blog/qwen2.5-llm/"
                }
            ],
            "kv": { "layers": 28, "kvHeads": 4, "headDim": 128 },
            "hostedOn": ["alibaba-model-studio"],
            "supersededBy": null,
            "sources": ["https://huggingface.co/Qwen/Qwen2.5-7B-Instruct"],
            "asOf": "2026-11-27",
            "corrections": ["qwen-apache-scope"]
        },
        {
            "id": "llama-3-8b",
            "name": "Meta-Llama-3-8B-Instruct",
            "family": "llama",
            "generation": "Llama 3",
            "released": "2024-04",
            "architecture": "dense",
            "paramsB": 8.03,
            "activeParamsB": 8.03,
            "contextTokens": 8192,
            "license": "llama-3",
            "supersededBy": "qwen2.5-7b",
            "sources": ["https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct"],
            "asOf": "2026-11-27"
        }
    ])
}

/// The fixture as a catalog object with one license of its own.
fn with_license() -> Value {
    let mut models = fixture();
    models[1]["license"] = json!("llama-3");
    json!({
        "models": models,
        "licenses": [
            {
                "id": "apache-2.0",
                "name": "Apache License 2.0",
                "commercial": true,
                "researchOnly": false,
                "euMultimodalRestriction": false,
                "sources": ["https://www.apache.org/licenses/LICENSE-2.0"],
                "asOf": "2026-11-27"
            },
            {
                "id": "llama-3",
                "name": "Meta Llama 3 Community License Agreement",
                "commercial": true,
                "mauLimit": 700000000,
                "researchOnly": false,
                "euMultimodalRestriction": false,
                "sources": ["https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE"],
                "asOf": "2026-11-27"
            }
        ]
    })
}

fn model_at(v: &mut Value, i: usize) -> &mut Map<String, Value> {
    v.get_mut(i).unwrap().as_object_mut().unwrap()
}

#[test]
fn fixture_reads_sorted_with_defaults_and_round_trips() {
    let c = read(&fixture()).unwrap();
    let ids: Vec<&str> = c.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["llama-3-8b", "qwen2.5-7b"]);
    let llama = &c.models[0];
    assert_eq!(llama.modalities, [Modality::Text]);
    assert!(llama.languages.is_empty() && llama.benchmarks.is_empty());
    assert_eq!(llama.kv, None);
    assert_eq!(
        c.license(&llama.license).unwrap().mau_limit,
        Some(700_000_000)
    );
    assert_eq!(llama.superseded_by.as_deref(), Some("qwen2.5-7b"));
    let qwen = &c.models[1];
    assert_eq!(
        qwen.kv,
        Some(KvLayout {
            layers: 28,
            kv_heads: 4,
            head_dim: 128,
            linear_layers: None,
        })
    );
    assert_eq!(qwen.benchmarks[0].shots, Some(5));
    assert_eq!(qwen.hosted_on, [Cloud::AlibabaModelStudio]);
    // The tables left out are the built-in ones.
    assert_eq!(c.licenses, builtin().licenses);
    assert_eq!(c.corrections, builtin().corrections);
    // Serialising what was read gives back the same catalog, as an object or as text.
    let again = serde_json::to_value(&c).unwrap();
    assert_eq!(read(&again).unwrap(), c);
    let text = serde_json::to_string(&fixture()).unwrap();
    assert_eq!(Catalog::from_json_text(&text, "catalog").unwrap(), c);
    // A catalog object with its own licenses.
    let own = read(&with_license()).unwrap();
    assert_eq!(own.licenses.len(), 2);
    assert_eq!(own.models, c.models);
}

#[test]
fn collects_every_problem() {
    let mut v = fixture();
    model_at(&mut v, 0).insert("paramsB".into(), json!(20000));
    model_at(&mut v, 1).insert("generation".into(), json!("Llama 5"));
    model_at(&mut v, 1).insert("license".into(), json!("llama-9"));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("out-of-range", "catalog[0].paramsB"),
            ("unknown-value", "catalog[1].generation"),
            ("unknown-value", "catalog[1].license"),
        ]
    );
    // Problems in a license of the catalog's own.
    let mut v = with_license();
    v["licenses"][1]["mauLimit"] = json!("abc");
    assert_eq!(
        codes(&errors(&v)),
        [
            ("wrong-type", "catalog.licenses[1].mauLimit"),
            ("unknown-value", "catalog.models[1].license"),
        ]
    );
    let mut v = with_license();
    v["licenses"][1]["mauLimit"] = json!(-1);
    assert_eq!(
        codes(&errors(&v))[0],
        ("out-of-range", "catalog.licenses[1].mauLimit")
    );
    let mut v = with_license();
    v["licenses"][1]["mauLimit"] = json!(20_000_000_000u64);
    assert_eq!(
        codes(&errors(&v)),
        [("out-of-range", "catalog.licenses[1].mauLimit")]
    );
}

#[test]
fn duplicate_ids_are_reported_at_the_second_occurrence() {
    let mut v = fixture();
    model_at(&mut v, 1).insert("id".into(), json!("qwen2.5-7b"));
    model_at(&mut v, 1).insert("supersededBy".into(), Value::Null);
    let e = errors(&v);
    assert_eq!(codes(&e), [("duplicate-id", "catalog[1].id")]);
    assert!(e[0].to_string().contains("\"qwen2.5-7b\""));
    // A repeat is found even if the other copy has errors of its own.
    model_at(&mut v, 0).insert("paramsB".into(), json!(0));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("out-of-range", "catalog[0].paramsB"),
            ("duplicate-id", "catalog[1].id")
        ]
    );
    // ... or cannot be read at all.
    let mut v = fixture();
    model_at(&mut v, 1).insert("id".into(), json!("qwen2.5-7b"));
    model_at(&mut v, 1).insert("supersededBy".into(), Value::Null);
    model_at(&mut v, 0).insert("family".into(), json!(7));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("wrong-type", "catalog[0].family"),
            ("duplicate-id", "catalog[1].id")
        ]
    );
    // Licenses too.
    let mut v = with_license();
    v["licenses"][1]["id"] = json!("apache-2.0");
    assert_eq!(
        codes(&errors(&v)),
        [
            ("duplicate-id", "catalog.licenses[1].id"),
            ("unknown-value", "catalog.models[1].license"),
        ]
    );
}

#[test]
fn references_must_exist() {
    let mut v = fixture();
    model_at(&mut v, 1).insert("supersededBy".into(), json!("llama-9"));
    assert_eq!(
        codes(&errors(&v)),
        [("unknown-value", "catalog[1].supersededBy")]
    );
    model_at(&mut v, 1).insert("supersededBy".into(), json!("llama-3-8b"));
    assert_eq!(
        codes(&errors(&v)),
        [("unknown-value", "catalog[1].supersededBy")]
    );
    // A successor that is present but has problems of its own is still a known id.
    let mut v = fixture();
    model_at(&mut v, 0).insert("asOf".into(), json!("2026-02-30"));
    assert_eq!(codes(&errors(&v)), [("unknown-value", "catalog[0].asOf")]);
    // Corrections.
    let mut v = fixture();
    model_at(&mut v, 0).insert("corrections".into(), json!(["qwen-apache-scope", "nope"]));
    assert_eq!(
        codes(&errors(&v)),
        [("unknown-value", "catalog[0].corrections[1]")]
    );
}

#[test]
fn sources_must_be_https() {
    let mut v = fixture();
    model_at(&mut v, 0).insert("sources".into(), json!(["https://a.example", "http://b"]));
    model_at(&mut v, 0)["benchmarks"][0]["source"] = json!("");
    model_at(&mut v, 1).insert("sources".into(), json!([]));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("unknown-value", "catalog[0].benchmarks[0].source"),
            ("unknown-value", "catalog[0].sources[1]"),
            ("out-of-range", "catalog[1].sources"),
        ]
    );
    let mut v = with_license();
    v["licenses"][0]["sources"] = json!(["ftp://x"]);
    assert_eq!(
        codes(&errors(&v)),
        [("unknown-value", "catalog.licenses[0].sources[0]")]
    );
}

#[test]
fn unknown_and_missing_fields() {
    let mut v = fixture();
    model_at(&mut v, 0).insert("paramB".into(), json!(7));
    model_at(&mut v, 1).insert("memoryGB".into(), json!(1));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("unknown-field", "catalog[0].paramB"),
            ("unknown-field", "catalog[1].memoryGB"),
        ]
    );
    let mut v = fixture();
    model_at(&mut v, 0).remove("license");
    model_at(&mut v, 1).remove("asOf");
    assert_eq!(
        codes(&errors(&v)),
        [
            ("missing-field", "catalog[0].license"),
            ("missing-field", "catalog[1].asOf"),
        ]
    );
    let mut v = with_license();
    v["licenses"][1]
        .as_object_mut()
        .unwrap()
        .remove("commercial");
    v["licenses"][0]["mau"] = json!(1);
    assert_eq!(
        codes(&errors(&v))[..2],
        [
            ("unknown-field", "catalog.licenses[0].mau"),
            ("missing-field", "catalog.licenses[1].commercial"),
        ]
    );
    // A required field that is null has the wrong type; an optional one takes its default.
    let mut v = fixture();
    model_at(&mut v, 0).insert("name".into(), Value::Null);
    model_at(&mut v, 1).insert("kv".into(), Value::Null);
    assert_eq!(codes(&errors(&v)), [("wrong-type", "catalog[0].name")]);
    // An object given as an array of its fields is the wrong type.
    let mut v = fixture();
    model_at(&mut v, 0).insert("kv".into(), json!([28, 4, 128]));
    model_at(&mut v, 1).insert(
        "benchmarks".into(),
        json!([["MMLU", "base", 60, 5, null, "https://x"]]),
    );
    assert_eq!(
        codes(&errors(&v)),
        [
            ("wrong-type", "catalog[0].kv"),
            ("wrong-type", "catalog[1].benchmarks[0]"),
        ]
    );
}

#[test]
fn rules_between_fields() {
    let mut v = fixture();
    model_at(&mut v, 0).insert("family".into(), json!("llama"));
    model_at(&mut v, 1).insert("activeParamsB".into(), json!(2));
    assert_eq!(
        codes(&errors(&v)),
        [
            ("unknown-value", "catalog[0].family"),
            ("out-of-range", "catalog[1].activeParamsB"),
        ]
    );
    // MoE may be sparser, never larger.
    let mut v = fixture();
    model_at(&mut v, 1).insert("architecture".into(), json!("moe"));
    model_at(&mut v, 1).insert("activeParamsB".into(), json!(2));
    assert!(read(&v).is_ok());
    model_at(&mut v, 1).insert("activeParamsB".into(), json!(9));
    assert_eq!(
        codes(&errors(&v)),
        [("out-of-range", "catalog[1].activeParamsB")]
    );
    // The extended context may not be shorter than the native one.
    let mut v = fixture();
    model_at(&mut v, 0).insert("extendedContextTokens".into(), json!(1024));
    assert_eq!(
        codes(&errors(&v)),
        [("out-of-range", "catalog[0].extendedContextTokens")]
    );
}

#[test]
fn ids_and_dates_are_checked() {
    for bad in ["", "Qwen", "-qwen", "qwen_7b", "qwen 7b", &"a".repeat(65)] {
        // The Llama model: nothing names it as a successor.
        let mut v = fixture();
        model_at(&mut v, 1).insert("id".into(), json!(bad));
        assert_eq!(
            codes(&errors(&v)),
            [("unknown-value", "catalog[1].id")],
            "{bad:?}"
        );
    }
    for bad in ["2024", "2024-13", "2024-+9", "24-09", "2024-09-01"] {
        let mut v = fixture();
        model_at(&mut v, 0).insert("released".into(), json!(bad));
        assert_eq!(
            codes(&errors(&v)),
            [("unknown-value", "catalog[0].released")],
            "{bad:?}"
        );
    }
    for bad in [
        "2026-11",
        "2026-11-31",
        "2025-02-29",
        "2026-11-00",
        "2026-11-+1",
        "x",
    ] {
        let mut v = fixture();
        model_at(&mut v, 0).insert("asOf".into(), json!(bad));
        assert_eq!(
            codes(&errors(&v)),
            [("unknown-value", "catalog[0].asOf")],
            "{bad:?}"
        );
    }
}

#[test]
fn ranges_and_types() {
    let cases: [(&str, Value, &str); 9] = [
        ("paramsB", json!(0.001), "out-of-range"),
        ("contextTokens", json!(0), "out-of-range"),
        ("contextTokens", json!(1.5), "wrong-type"),
        ("vocabSize", json!(10_000_001), "out-of-range"),
        ("trainingTokensT", json!(-1), "out-of-range"),
        ("languageCount", json!(0), "out-of-range"),
        ("modalities", json!(["smell"]), "unknown-value"),
        ("hostedOn", json!("aws-bedrock"), "wrong-type"),
        ("specialties", json!([1]), "wrong-type"),
    ];
    for (key, value, code) in cases {
        let mut v = fixture();
        model_at(&mut v, 0).insert(key.into(), value);
        let e = errors(&v);
        assert_eq!(e.len(), 1, "{key}: {e:?}");
        assert_eq!(e[0].code(), code, "{key}");
        assert!(e[0].path().starts_with(&format!("catalog[0].{key}")));
    }
    let mut v = fixture();
    model_at(&mut v, 0)["benchmarks"][0]["score"] = json!(100.5);
    model_at(&mut v, 0)["benchmarks"][0]["shots"] = json!(101);
    model_at(&mut v, 0)["kv"]["headDim"] = json!(0);
    assert_eq!(
        codes(&errors(&v)),
        [
            ("out-of-range", "catalog[0].benchmarks[0].score"),
            ("out-of-range", "catalog[0].benchmarks[0].shots"),
            ("out-of-range", "catalog[0].kv.headDim"),
        ]
    );
    let mut v = fixture();
    model_at(&mut v, 0)["kv"]["kvHeads"] = json!(65536);
    assert_eq!(
        codes(&errors(&v)),
        [("out-of-range", "catalog[0].kv.kvHeads")]
    );
    let mut v = fixture();
    model_at(&mut v, 0).insert("languages".into(), json!(vec!["en"; 257]));
    assert_eq!(codes(&errors(&v)), [("too-large", "catalog[0].languages")]);
}

#[test]
fn whole_catalog_shape() {
    assert_eq!(codes(&errors(&json!([]))), [("empty-catalog", "catalog")]);
    assert_eq!(
        codes(&errors(&json!({"models": []}))),
        [("empty-catalog", "catalog.models")]
    );
    assert_eq!(
        codes(&errors(&json!({}))),
        [("missing-field", "catalog.models")]
    );
    assert_eq!(
        codes(&errors(&json!({"models": fixture(), "modles": []}))),
        [("unknown-field", "catalog.modles")]
    );
    assert_eq!(
        codes(&errors(&json!({"models": {}}))),
        [("wrong-type", "catalog.models")]
    );
    assert_eq!(codes(&errors(&Value::Null)), [("wrong-type", "catalog")]);
    assert_eq!(codes(&errors(&json!("x"))), [("wrong-type", "catalog")]);
    assert_eq!(
        codes(&errors(&json!([null, 3]))),
        [("wrong-type", "catalog[0]"), ("wrong-type", "catalog[1]")]
    );
    let e = Catalog::from_json_text("[{", "catalog").unwrap_err();
    assert_eq!(codes(&e), [("invalid-json", "catalog")]);
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let e = Catalog::from_json_text(&deep, "catalog").unwrap_err();
    assert_eq!(codes(&e), [("too-large", "catalog")]);
}

#[test]
fn too_many_models_is_refused_before_reading_them() {
    let v = Value::Array(vec![Value::Null; 20_001]);
    assert_eq!(codes(&errors(&v)), [("too-large", "catalog")]);
    let text = format!("[{}null]", "null,".repeat(20_000));
    let e = Catalog::from_json_text(&text, "catalog").unwrap_err();
    assert_eq!(codes(&e), [("too-large", "catalog")]);
}

#[test]
fn huge_string_is_too_large_and_not_echoed() {
    let huge = "x".repeat(10 * 1024 * 1024);
    let mut v = fixture();
    model_at(&mut v, 0).insert("name".into(), json!(huge));
    model_at(&mut v, 1).insert("family".into(), json!(huge));
    let e = errors(&v);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[0].code(), e[0].path()), ("too-large", "catalog[0].name"));
    assert_eq!(
        (e[1].code(), e[1].path()),
        ("unknown-value", "catalog[1].family")
    );
    let mut v = fixture();
    model_at(&mut v, 1).insert(huge.clone(), json!(1));
    let e = errors(&v);
    assert_eq!(e[0].code(), "unknown-field");
    for e in &e {
        assert!(e.to_string().len() < 1000, "{}", e.code());
    }
}

#[test]
fn odd_values_in_every_field_never_panic() {
    let odd = [
        Value::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(0.5),
        json!(1e300),
        json!(-1e300),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(""),
        json!("qwen"),
        json!([]),
        json!([null]),
        json!({}),
        json!({"id": 1}),
    ];
    let base = fixture();
    let models = base.as_array().unwrap();
    for (i, model) in models.iter().enumerate() {
        // Every field, every field of a nested object, and of a list's first object.
        let mut paths: Vec<Vec<&str>> = Vec::new();
        for (k, val) in model.as_object().unwrap() {
            paths.push(vec![k]);
            if let Some(obj) = val.as_object() {
                for k2 in obj.keys() {
                    paths.push(vec![k, k2]);
                }
            }
            if let Some(first) = val.get(0).and_then(Value::as_object) {
                for k2 in first.keys() {
                    paths.push(vec![k, "0", k2]);
                }
            }
        }
        for path in &paths {
            for o in &odd {
                let mut v = base.clone();
                let mut slot = &mut v[i];
                for p in path {
                    slot = match p.parse::<usize>() {
                        Ok(n) => &mut slot[n],
                        Err(_) => &mut slot[*p],
                    };
                }
                *slot = o.clone();
                match read(&v) {
                    Ok(c) => assert_eq!(c.models.len(), 2),
                    Err(errors) => {
                        assert!(!errors.is_empty());
                        for e in errors {
                            assert!(e.path().starts_with("catalog["), "{e}");
                            assert!(e.to_string().starts_with(e.path()), "{e}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn text_limits_count_characters_not_bytes() {
    // 4,096 CJK characters (12,288 UTF-8 bytes) and 4,096 emoji (16,384 bytes) are at the
    // limit, as JSON Schema's maxLength counts them; one more character is over it.
    for c in ['千', '\u{1F680}'] {
        let at_limit = c.to_string().repeat(4096);
        let mut v = fixture();
        model_at(&mut v, 0).insert("name".into(), json!(at_limit));
        model_at(&mut v, 0).insert("languages".into(), json!([at_limit]));
        assert!(read(&v).is_ok(), "4,096 × {c}");
        let over = format!("{at_limit}{c}");
        model_at(&mut v, 0).insert("name".into(), json!(over));
        model_at(&mut v, 0).insert("languages".into(), json!(["en", over]));
        assert_eq!(
            codes(&errors(&v)),
            [
                ("too-large", "catalog[0].name"),
                ("too-large", "catalog[0].languages[1]")
            ],
            "4,097 × {c}"
        );
    }
}

#[test]
fn names_and_correction_texts_must_not_be_empty() {
    let mut v = fixture();
    model_at(&mut v, 0).insert("name".into(), json!(""));
    model_at(&mut v, 0)["benchmarks"][0]["name"] = json!("");
    assert_eq!(
        codes(&errors(&v)),
        [
            ("out-of-range", "catalog[0].name"),
            ("out-of-range", "catalog[0].benchmarks[0].name")
        ]
    );
    let mut v = with_license();
    v["licenses"][1]["name"] = json!("");
    assert_eq!(
        codes(&errors(&v)),
        [("out-of-range", "catalog.licenses[1].name")]
    );
    let mut corrections = serde_json::to_value(&builtin().corrections).unwrap();
    corrections[0]["factEn"] = json!("");
    let v = json!({"models": fixture(), "corrections": corrections});
    let e = errors(&v);
    assert_eq!(
        codes(&e),
        [("out-of-range", "catalog.corrections[0].factEn")]
    );
    assert!(
        e[0].message().contains("expected 1 to 4096 characters"),
        "{e:?}"
    );
}

#[test]
fn schema_key_businesses_and_invisible_url_characters() {
    // `$schema` is ignored, but must be a string (or null) as the schema says.
    let mut v = with_license();
    v["$schema"] = json!("https://unpkg.com/qwen-or-llama/catalog.schema.json");
    assert!(read(&v).is_ok());
    v["$schema"] = Value::Null;
    assert!(read(&v).is_ok());
    v["$schema"] = json!(5);
    assert_eq!(codes(&errors(&v)), [("wrong-type", "catalog.$schema")]);

    // A field-of-use clause names at most 256 businesses, like every other list.
    let mut licenses = serde_json::to_value(&builtin().licenses).unwrap();
    let row = licenses
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .position(|l| l.get("fieldOfUse").is_some_and(|f| !f.is_null()))
        .expect("a built-in license with a field-of-use clause");
    licenses[row]["fieldOfUse"]["businesses"] = json!(vec!["model-as-a-service"; 256]);
    let v = json!({"models": fixture(), "licenses": licenses.clone()});
    assert!(read(&v).is_ok());
    licenses[row]["fieldOfUse"]["businesses"] = json!(vec!["model-as-a-service"; 257]);
    let v = json!({"models": fixture(), "licenses": licenses});
    assert_eq!(
        codes(&errors(&v)),
        [(
            "too-large",
            format!("catalog.licenses[{row}].fieldOfUse.businesses").as_str()
        )]
    );

    // U+FEFF in a source URL is refused, as the schema's pattern (ECMAScript `\s`) refuses it.
    let mut v = fixture();
    model_at(&mut v, 0).insert("sources".into(), json!(["https://a.example/\u{feff}"]));
    assert_eq!(
        codes(&errors(&v)),
        [("unknown-value", "catalog[0].sources[0]")]
    );
}
