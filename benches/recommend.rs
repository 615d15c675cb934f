//! One recommendation on the built-in catalog and on a generated catalog of 10,000 models, and
//! reading the built-in catalog (what the first call pays).
//! Run with `make bench` (or `cargo bench --bench recommend`).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use qwen_or_llama::{builtin, recommend, Answers, Catalog, Options};

fn answers() -> Answers {
    Answers::from_json_text(
        r#"{"language":"zh","tasks":["chat","code"],"memoryGb":48,"contextTokens":32768,
            "use":"commercial","monthlyActiveUsers":1000000,"ecosystem":"alibaba-cloud"}"#,
        "answers",
    )
    .unwrap()
}

/// 10,000 models: the built-in rows repeated with unique ids and varied sizes, under the
/// built-in licenses, generations and corrections.
fn generated(n: usize) -> Catalog {
    let base = builtin().unwrap();
    let mut big = base.clone();
    big.models = (0..n)
        .map(|i| {
            let mut m = base.models[i % base.models.len()].clone();
            m.id = format!("{}-g{i:05}", m.id);
            m.superseded_by = None;
            let scale = 0.5 + (i % 7) as f64 * 0.25;
            m.params_b *= scale;
            m.active_params_b *= scale;
            m
        })
        .collect();
    big.models.sort_by(|a, b| a.id.cmp(&b.id));
    big
}

fn bench(c: &mut Criterion) {
    let a = answers();
    let full = Options::default();
    let no_what_if = Options {
        what_if: false,
        ..Options::default()
    };
    c.bench_function("recommend/builtin", |b| {
        b.iter(|| recommend(black_box(&a), builtin().unwrap(), &full))
    });
    c.bench_function("recommend/builtin-no-whatif", |b| {
        b.iter(|| recommend(black_box(&a), builtin().unwrap(), &no_what_if))
    });
    // What the first call of a page pays once: reading and checking the embedded catalog.
    c.bench_function("catalog/read-builtin", |b| {
        b.iter(|| {
            Catalog::from_json_text(black_box(qwen_or_llama::catalog::BUILTIN_JSON), "catalog")
        })
    });
    let big = generated(10_000);
    let mut group = c.benchmark_group("recommend/10k");
    group.sample_size(10);
    group.bench_function("with-whatif", |b| {
        b.iter(|| recommend(black_box(&a), &big, &full))
    });
    group.bench_function("no-whatif", |b| {
        b.iter(|| recommend(black_box(&a), &big, &no_what_if))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
