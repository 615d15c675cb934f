//! Properties that must hold for every answer: determinism, monotonicity of the hard
//! constraints, bounded and additive scores, and no panic on any JSON.

use super::{builtin, name};
use proptest::prelude::*;
use qwen_or_llama::answers::{
    Deployment, Ecosystem, Hardware, Language, Priority, Region, Task, Use,
};
use qwen_or_llama::model::Family;
use qwen_or_llama::{recommend, Answers, Catalog, Options, Recommendation};
use std::collections::BTreeSet;

const TASKS: [Task; 6] = [
    Task::Chat,
    Task::Writing,
    Task::Code,
    Task::Reasoning,
    Task::Documents,
    Task::Vision,
];

fn all() -> &'static Catalog {
    builtin()
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        prop::sample::select(vec![Language::Zh, Language::En, Language::Multi]),
        prop::sample::subsequence(TASKS.to_vec(), 0..=3),
        prop::sample::select(vec![Deployment::SelfHost, Deployment::Cloud]),
        prop::sample::select(vec![Hardware::Gpu, Hardware::Apple, Hardware::Cpu]),
        0.0f64..700.0,
        prop::sample::select(vec![
            2048u32, 4096, 8192, 32768, 100_000, 131_072, 1_000_000, 10_000_000, 20_000_000,
        ]),
        prop::sample::select(vec![Use::Personal, Use::Research, Use::Commercial]),
        prop::option::of(0u64..2_000_000_000),
        (
            prop::sample::select(vec![Region::Eu, Region::Other]),
            any::<bool>(),
            prop::sample::select(vec![
                Ecosystem::AlibabaCloud,
                Ecosystem::OpenCommunity,
                Ecosystem::None,
            ]),
            prop::sample::select(vec![Priority::Quality, Priority::Balanced, Priority::Speed]),
        ),
    )
        .prop_map(
            |(
                language,
                mut tasks,
                deployment,
                hardware,
                memory_gb,
                context_tokens,
                use_,
                mau,
                rest,
            )| {
                if tasks.is_empty() {
                    tasks.push(Task::Chat);
                }
                Answers {
                    language,
                    tasks,
                    deployment,
                    // Stated hardware and memory, as a host that passes them gets.
                    device: "custom".into(),
                    hardware,
                    memory_gb,
                    context_tokens,
                    use_,
                    monthly_active_users: mau,
                    business: Default::default(),
                    annual_revenue_usd: None,
                    region: rest.0,
                    distill: rest.1,
                    ecosystem: rest.2,
                    priority: rest.3,
                }
            },
        )
}

fn all_fits() -> Options {
    Options {
        top: 1000,
        what_if: false,
        ..Options::default()
    }
}

fn fitting(r: &Recommendation) -> BTreeSet<String> {
    r.ranked.iter().map(|m| m.id.to_string()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn same_answers_same_output(a in answers()) {
        let opts = Options::default();
        let first = serde_json::to_string(&recommend(&a, all(), &opts)).unwrap();
        let second = serde_json::to_string(&recommend(&a, all(), &opts)).unwrap();
        prop_assert_eq!(first, second);
    }

    #[test]
    fn more_memory_never_removes_a_fitting_model(a in answers(), extra in 0.5f64..500.0) {
        let mut more = a.clone();
        more.memory_gb = (a.memory_gb + extra).min(4096.0);
        let before = fitting(&recommend(&a, all(), &all_fits()));
        let after = fitting(&recommend(&more, all(), &all_fits()));
        prop_assert!(before.is_subset(&after), "lost {:?}", before.difference(&after).collect::<Vec<_>>());
    }

    #[test]
    fn a_longer_context_never_adds_a_model(a in answers(), factor in 1u32..64) {
        let mut longer = a.clone();
        longer.context_tokens = a.context_tokens.saturating_mul(factor).min(100_000_000);
        let before = fitting(&recommend(&a, all(), &all_fits()));
        let after = fitting(&recommend(&longer, all(), &all_fits()));
        prop_assert!(after.is_subset(&before), "added {:?}", after.difference(&before).collect::<Vec<_>>());
    }

    #[test]
    fn raising_mau_never_adds_a_llama_model(a in answers(), users in 0u64..1_000_000_000, more in 1u64..2_000_000_000) {
        let mut low = a.clone();
        low.monthly_active_users = Some(users);
        let mut high = a.clone();
        high.monthly_active_users = Some(users + more);
        let llamas = |r: &Recommendation| -> BTreeSet<String> {
            r.ranked.iter().filter(|m| m.family == Family::Llama).map(|m| m.id.to_string()).collect()
        };
        let before = llamas(&recommend(&low, all(), &all_fits()));
        let after = llamas(&recommend(&high, all(), &all_fits()));
        prop_assert!(after.is_subset(&before));
    }

    #[test]
    fn scores_are_bounded_and_points_add_up(a in answers()) {
        let r = recommend(&a, all(), &all_fits());
        prop_assert_eq!(r.ranked.len() + r.excluded.len(), all().models.len());
        for m in &r.ranked {
            prop_assert!((0.0..=100.0).contains(&m.score));
            let sum: f64 = m.reasons.iter().map(|x| x.points).sum();
            prop_assert!((sum - m.score).abs() <= 0.6, "{}: {} vs {}", m.id, sum, m.score);
            for x in &m.reasons {
                prop_assert!(x.points <= x.max_points + 1e-9);
                prop_assert!(!x.text.is_empty());
            }
        }
        for w in r.ranked.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
        }
        for e in &r.excluded {
            prop_assert!(!e.reason.is_empty());
            prop_assert_eq!(e.code, e.reasons[0].code);
            for pair in e.reasons.windows(2) {
                prop_assert!(pair[0].code <= pair[1].code);
            }
        }
        // The verdict follows the best of each family.
        match (&r.best.qwen, &r.best.llama) {
            (Some(q), Some(l)) => {
                let expected = if (q.score - l.score).abs() < 2.0 { "tie" } else if q.score > l.score { "qwen" } else { "llama" };
                prop_assert_eq!(name(&r.verdict.family), expected);
            }
            (Some(_), None) => prop_assert_eq!(name(&r.verdict.family), "qwen"),
            (None, Some(_)) => prop_assert_eq!(name(&r.verdict.family), "llama"),
            (None, None) => prop_assert_eq!(name(&r.verdict.family), "none"),
        }
    }

    #[test]
    fn any_json_answers_give_a_result_or_an_error(text in ".{0,200}") {
        let _ = qwen_or_llama::recommend_json(&text, &Options::default());
    }

    #[test]
    fn any_json_value_gives_a_result_or_an_error(v in json_value()) {
        let null = serde_json::Value::Null;
        let _ = qwen_or_llama::recommend_value(&v, &null);
        let _ = qwen_or_llama::recommend_value(&null, &v);
        let _ = Catalog::from_value(&v, "catalog", Some(builtin()));
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)),
        prop::sample::select(vec![
            "zh", "en", "chat", "vision", "qwen", "llama", "Qwen3", "dense", "1e400", ""
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "language", "tasks", "memoryGb", "catalog", "lang", "top", "id", "license",
                        "paramsB", "x"
                    ]),
                    inner
                ),
                0..8
            )
            .prop_map(|kv| serde_json::Value::Object(
                kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}
