//! Invariants of the built-in catalog: the things the rules and the binary search rely on.

use super::builtin;
use qwen_or_llama::model::{Architecture, Family, Modality, Model};
use qwen_or_llama::Catalog;

fn all() -> &'static [Model] {
    &builtin().models
}

fn get(id: &str) -> Option<&'static Model> {
    builtin().model(id)
}

/// `YYYY-MM` as months, for ordering.
fn months(s: &str) -> u32 {
    let (y, m) = s.split_at(4);
    y.parse::<u32>().unwrap() * 12 + m[1..3].parse::<u32>().unwrap()
}

/// The models the issues name: the article's, and the current generations (December 2026).
const REQUIRED: [&str; 74] = [
    "qwen-7b",
    "qwen-14b",
    "qwen-72b",
    "llama-2-7b",
    "llama-2-13b",
    "llama-2-70b",
    "llama-3-8b",
    "llama-3-70b",
    "qwen2-7b",
    "qwen2-57b-a14b",
    "qwen2-72b",
    "qwen1.5-moe-a2.7b",
    "qwen2.5-0.5b",
    "qwen2.5-1.5b",
    "qwen2.5-3b",
    "qwen2.5-7b",
    "qwen2.5-14b",
    "qwen2.5-32b",
    "qwen2.5-72b",
    "qwen2.5-coder-1.5b",
    "qwen2.5-coder-7b",
    "qwen2.5-coder-14b",
    "qwen2.5-coder-32b",
    "qwen3-0.6b",
    "qwen3-1.7b",
    "qwen3-4b",
    "qwen3-8b",
    "qwen3-14b",
    "qwen3-32b",
    "qwen3-30b-a3b",
    "qwen3-235b-a22b",
    "llama-3.1-8b",
    "llama-3.1-70b",
    "llama-3.1-405b",
    "llama-3.2-1b",
    "llama-3.2-3b",
    "llama-3.2-11b-vision",
    "llama-3.2-90b-vision",
    "llama-3.3-70b",
    "llama-4-scout",
    "llama-4-maverick",
    "qwen2.5-vl-7b",
    "qwen2.5-vl-32b",
    "qwen2.5-vl-72b",
    "qwen3-235b-a22b-instruct-2507",
    "qwen3-235b-a22b-thinking-2507",
    "qwen3-30b-a3b-instruct-2507",
    "qwen3-30b-a3b-thinking-2507",
    "qwen3-4b-instruct-2507",
    "qwen3-4b-thinking-2507",
    "qwen3-coder-480b-a35b",
    "qwen3-coder-30b-a3b",
    "qwen3-coder-next",
    "qwen3-next-80b-a3b-instruct",
    "qwen3-next-80b-a3b-thinking",
    "qwen3-vl-2b-instruct",
    "qwen3-vl-4b-instruct",
    "qwen3-vl-8b-instruct",
    "qwen3-vl-32b-instruct",
    "qwen3-vl-30b-a3b-instruct",
    "qwen3-vl-235b-a22b-instruct",
    "qwen3-vl-235b-a22b-thinking",
    "qwq-32b",
    "qwen3.5-397b-a17b",
    "qwen3.5-122b-a10b",
    "qwen3.5-35b-a3b",
    "qwen3.5-27b",
    "qwen3.5-4b",
    "qwen3.5-2b",
    "qwen3.5-0.8b",
    "qwen3.6-35b-a3b",
    "qwen3.6-27b",
    "qwen3.8-27b",
    "qwen3.8-2.4t-a95b",
];

#[test]
fn ids_are_sorted_unique_and_findable() {
    let models = all();
    for pair in models.windows(2) {
        assert!(pair[0].id < pair[1].id, "{} !< {}", pair[0].id, pair[1].id);
    }
    for m in models {
        assert_eq!(get(&m.id).map(|g| &g.id), Some(&m.id));
        assert!(m
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-'));
    }
    for id in REQUIRED {
        assert!(get(id).is_some(), "missing {id}");
    }
    assert!(get("gpt-4").is_none());
}

#[test]
fn every_model_has_sources_and_an_as_of_date() {
    for m in all() {
        assert!(!m.sources.is_empty(), "{}: no sources", m.id);
        let license = builtin().license(&m.license).unwrap();
        for s in m.sources.iter().chain(license.sources.iter()) {
            assert!(s.starts_with("https://"), "{}: {s}", m.id);
        }
        for b in m.benchmarks.iter() {
            assert!(
                b.source.starts_with("https://"),
                "{}: {} source",
                m.id,
                b.name
            );
        }
        let data_as_of = builtin().data_as_of();
        assert_eq!(m.as_of.len(), 10, "{}", m.id);
        assert!(*m.as_of <= *data_as_of, "{}", m.id);
        assert!(months(&m.released) <= months(&data_as_of[..7]), "{}", m.id);
    }
}

#[test]
fn numbers_are_in_sane_ranges() {
    for m in all() {
        let id = &m.id;
        // Qwen3.8-2.4T-A95B is the largest open model here.
        assert!((0.1..=2400.0).contains(&m.params_b), "{id}");
        assert!(
            m.active_params_b > 0.0 && m.active_params_b <= m.params_b,
            "{id}"
        );
        match m.architecture {
            Architecture::Dense => assert_eq!(m.active_params_b, m.params_b, "{id}"),
            Architecture::Moe => assert!(m.active_params_b < m.params_b / 2.0, "{id}"),
        }
        assert!((2048..=10_000_000).contains(&m.context_tokens), "{id}");
        if let Some(ext) = m.extended_context_tokens {
            assert!(ext > m.context_tokens && ext <= 10_000_000, "{id}");
        }
        if let Some(v) = m.vocab_size {
            assert!((30_000..=300_000).contains(&v), "{id}");
        }
        if let Some(t) = m.training_tokens_t {
            assert!((0.5..=50.0).contains(&t), "{id}");
        }
        for b in m.benchmarks.iter() {
            assert!(b.score > 0.0 && b.score <= 100.0, "{id} {}", b.name);
        }
        if let Some(kv) = m.kv {
            // With hybrid attention, 1 layer in 4 keeps a KV cache.
            let all_layers = kv.layers + kv.linear_layers.unwrap_or(0);
            assert!((8..=200).contains(&all_layers), "{id}");
            if let Some(linear) = kv.linear_layers {
                assert_eq!(
                    linear,
                    3 * kv.layers,
                    "{id}: 3 linear layers per attention layer"
                );
            }
            assert!((1..=128).contains(&kv.kv_heads), "{id}");
            assert!([64, 80, 96, 128, 256].contains(&kv.head_dim), "{id}");
        }
        assert!(!m.languages.is_empty(), "{id}");
        assert!(m.modalities.contains(&Modality::Text), "{id}");
    }
}

#[test]
fn families_generations_and_successors_agree() {
    for m in all() {
        let generation = builtin().generation(&m.generation).unwrap();
        assert_eq!(m.family, generation.family, "{}", m.id);
        let prefixes: &[&str] = match m.family {
            Family::Qwen => &["qwen", "qwq"],
            Family::Llama => &["llama"],
        };
        assert!(prefixes.iter().any(|p| m.id.starts_with(p)), "{}", m.id);
        if let Some(newer) = &m.superseded_by {
            let n = get(newer).unwrap_or_else(|| panic!("{}: unknown successor {newer}", m.id));
            assert_eq!(n.family, m.family, "{}", m.id);
            assert!(n.released > m.released, "{} → {newer}", m.id);
        }
    }
}

#[test]
fn every_license_and_generation_referenced_exists_and_is_used() {
    let c = builtin();
    for m in all() {
        assert!(
            c.license(&m.license).is_some(),
            "{}: license {}",
            m.id,
            m.license
        );
        assert!(
            c.generation(&m.generation).is_some(),
            "{}: {}",
            m.id,
            m.generation
        );
    }
    for pair in c.licenses.windows(2) {
        assert!(pair[0].id < pair[1].id);
    }
    for pair in c.generations.windows(2) {
        assert!(pair[0].name < pair[1].name);
    }
    for g in &c.generations {
        assert!(
            all().iter().any(|m| m.generation == g.name),
            "{} has no model",
            g.name
        );
    }
}

#[test]
fn the_articles_errors_are_not_in_the_data() {
    // Chinese is not an official language of any Llama model.
    for m in all().iter().filter(|m| m.family == Family::Llama) {
        assert!(!m.supports_chinese(), "{}", m.id);
        assert!(
            corrections_of(m).any(|c| c.fact_en.contains("Chinese")),
            "{}",
            m.id
        );
    }
    // Qwen-72B is dense, and its weights are not Apache-2.0.
    let q72 = get("qwen-72b").unwrap();
    assert_eq!(q72.architecture, Architecture::Dense);
    for id in ["qwen-7b", "qwen-14b", "qwen-72b"] {
        assert_eq!(get(id).unwrap().license, "tongyi-qianwen", "{id}");
    }
    assert!(corrections_of(q72).any(|c| c.claim_zh.contains("MoE")));
    // Both thresholds: 700M for every Llama, 100M for the Qwen licenses that have one.
    for m in all() {
        let license = builtin().license(&m.license).unwrap();
        match (m.family, license.mau_limit) {
            (Family::Llama, limit) => assert_eq!(limit, Some(700_000_000), "{}", m.id),
            (Family::Qwen, Some(limit)) => assert_eq!(limit, 100_000_000, "{}", m.id),
            (Family::Qwen, None) => {}
        }
    }
}

#[test]
fn both_families_have_vision_models() {
    for family in [Family::Qwen, Family::Llama] {
        assert!(
            all().iter().any(|m| m.family == family && m.has_vision()),
            "{family:?}"
        );
    }
}

#[test]
fn the_built_in_catalog_round_trips_through_the_host_reader() {
    // What `catalog()` returns, read back as a host's catalog, is the same catalog.
    let json = serde_json::to_string(builtin()).unwrap();
    let back = Catalog::from_json_text(&json, "catalog").unwrap();
    assert_eq!(&back, builtin());
    // The file itself is what the module embeds.
    let file =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/catalog.json")).unwrap();
    assert_eq!(file, qwen_or_llama::catalog::BUILTIN_JSON);
    assert_eq!(
        Catalog::from_json_text(&file, "catalog").unwrap(),
        *builtin()
    );
}

#[test]
fn lists_inside_rows_are_sorted_and_unique() {
    for m in all() {
        for pair in m.hosted_on.windows(2) {
            assert!(pair[0] < pair[1], "{}: hostedOn order", m.id);
        }
        for pair in m.corrections.windows(2) {
            assert!(pair[0] < pair[1], "{}: corrections order", m.id);
        }
        let mut langs: Vec<&str> = m.languages.iter().map(|l| l.as_str()).collect();
        langs.sort_unstable();
        let n = langs.len();
        langs.dedup();
        assert_eq!(n, langs.len(), "{}: a language is listed twice", m.id);
        if let Some(count) = m.language_count {
            assert!(
                usize::from(count) >= m.languages.len(),
                "{}: languageCount",
                m.id
            );
        }
    }
}

#[test]
fn every_correction_is_complete_and_attached() {
    let all_corrections = &builtin().corrections;
    for pair in all_corrections.windows(2) {
        assert!(pair[0].id < pair[1].id);
    }
    for c in all_corrections.iter() {
        assert!(!c.claim_en.is_empty() && !c.fact_en.is_empty(), "{}", c.id);
        assert!(qwen_or_llama::i18n::has_cjk(&c.claim_zh), "{}", c.id);
        assert!(qwen_or_llama::i18n::has_cjk(&c.fact_zh), "{}", c.id);
        assert!(
            !c.sources.is_empty() && c.sources.iter().all(|s| s.starts_with("https://")),
            "{}",
            c.id
        );
        assert!(
            all().iter().any(|m| m.corrections.contains(&c.id)),
            "{} is attached to no model",
            c.id
        );
    }
    // Every Qwen lists Chinese (the article's one right claim about language).
    for m in all().iter().filter(|m| m.family == Family::Qwen) {
        assert!(m.supports_chinese(), "{}", m.id);
    }
}

#[test]
fn corrections_quote_the_article_verbatim() {
    // tests/data/seed-article.zh.txt is a verbatim copy of the seed article,
    // shared/seed/qwen-vs-llama-article.zh.txt (beside the repository in the workspace, absent
    // from a clone), vendored so that this test runs everywhere and fails if the file is gone.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seed-article.zh.txt"
    );
    let article = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (the vendored seed article must be present)"));
    // Where the original is beside the repository, the copy must still be verbatim.
    let original = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/qwen-vs-llama-article.zh.txt"
    );
    if let Ok(text) = std::fs::read_to_string(original) {
        assert!(text == article, "{path} differs from {original}");
    }
    assert!(!builtin().corrections.is_empty());
    for c in builtin().corrections.iter() {
        assert!(
            article.contains(c.claim_zh.as_str()),
            "{}: not a verbatim quote",
            c.id
        );
    }
}

/// The corrections a model names.
fn corrections_of(
    m: &Model,
) -> impl Iterator<Item = &'static qwen_or_llama::correction::Correction> + '_ {
    m.corrections
        .iter()
        .map(|id| builtin().correction(id).unwrap())
}

#[test]
fn every_model_names_its_official_repository() {
    for m in all() {
        let repo = m
            .hf_repo
            .as_deref()
            .unwrap_or_else(|| panic!("{}: no hfRepo", m.id));
        let owner = match m.family {
            Family::Qwen => "Qwen/",
            Family::Llama => "meta-llama/",
        };
        assert!(repo.starts_with(owner), "{}: {repo}", m.id);
        assert!(
            m.sources
                .iter()
                .any(|s| s.starts_with("https://huggingface.co/")),
            "{}: no Hugging Face source",
            m.id
        );
    }
}

#[test]
fn the_newest_generations_are_the_ones_corrections_call_latest() {
    // The newest generation of each family, by the release of its models.
    let newest = |family: Family| {
        all()
            .iter()
            .filter(|m| m.family == family)
            .max_by(|a, b| a.released.cmp(&b.released))
            .map(|m| m.generation.clone())
            .unwrap()
    };
    assert_eq!(newest(Family::Llama), "Llama 4");
    assert_eq!(newest(Family::Qwen), "Qwen3.8");
    for c in &builtin().corrections {
        for text in [&c.fact_en, &c.fact_zh] {
            let says_latest = ["latest", "newest", "最新"]
                .iter()
                .any(|w| text.contains(w));
            if !says_latest {
                continue;
            }
            for family in [Family::Qwen, Family::Llama] {
                let named = builtin()
                    .generations
                    .iter()
                    .any(|g| g.family == family && text.contains(g.name.as_str()));
                if named {
                    let n = newest(family);
                    assert!(
                        text.contains(n.as_str()),
                        "{}: calls something latest but omits {n}",
                        c.id
                    );
                }
            }
        }
    }
}

#[test]
fn what_the_review_found_wrong_is_fixed() {
    // Llama 3.2 Vision: image+text in English only.
    for id in ["llama-3.2-11b-vision", "llama-3.2-90b-vision"] {
        let m = get(id).unwrap();
        assert_eq!(m.languages_for(Some(Modality::Image)), ["en"], "{id}");
        assert_eq!(m.languages.len(), 8, "{id}");
    }
    // Exact parameter counts from the Qwen3 cards.
    assert_eq!(get("qwen3-8b").unwrap().params_b, 8.2);
    let moe = get("qwen3-30b-a3b").unwrap();
    assert_eq!((moe.params_b, moe.active_params_b), (30.5, 3.3));
    // Qwen1.5-MoE's C-Eval, CMMLU and MATH come from the Qwen1.5 blog.
    for b in &get("qwen1.5-moe-a2.7b").unwrap().benchmarks {
        if ["C-Eval", "CMMLU", "MATH"].contains(&b.name.as_str()) {
            assert_eq!(
                b.source, "https://qwenlm.github.io/blog/qwen1.5/",
                "{}",
                b.name
            );
        }
    }
    // Llama 4 benchmarks carry the shots the card states.
    for b in &get("llama-4-maverick").unwrap().benchmarks {
        assert!(b.shots.is_some(), "llama-4-maverick {}", b.name);
    }
    // The Qwen LICENSE's attribution binds only a distributed model made with it.
    let qwen = builtin().license("qwen").unwrap();
    assert_eq!(
        qwen.attribution_when,
        qwen_or_llama::license::AttributionWhen::DerivedModel
    );
    // A license whose text was not read at a primary source says so.
    for id in ["qwen", "qwen-research", "qwen3.8-max", "unverified"] {
        assert!(!builtin().license(id).unwrap().verified, "{id}");
    }
    for id in ["apache-2.0", "llama-3.1", "llama-4", "tongyi-qianwen"] {
        assert!(builtin().license(id).unwrap().verified, "{id}");
    }
}

#[test]
fn hybrid_attention_rows_are_the_hybrid_generations() {
    for m in all() {
        let hybrid = m.kv.is_some_and(|kv| kv.linear_layers.is_some());
        if hybrid {
            assert!(
                m.generation.starts_with("Qwen3.")
                    || m.generation == "Qwen3-Next"
                    || m.id == "qwen3-coder-next",
                "{}",
                m.id
            );
            assert_eq!(m.kv.unwrap().head_dim, 256, "{}", m.id);
        }
    }
}
