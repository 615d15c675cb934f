//! Which questions rarely change the answer: the measurement behind each question's `more`
//! flag (a UI may fold those under "More options"). Over sampled answer sets, each drawn from
//! the questionnaire's own options as a reader might answer, every question the reader sees is
//! changed to another of its options, and the test counts how often that changes the best
//! Qwen, the best Llama or the verdict. The rates are printed (`docs/rules.md` §6 has the
//! table); a question is marked `more` when it changes the answer in under [`RARE`] of the sets
//! where it is shown, and the test holds the flags to that.

use qwen_or_llama::questions::{questions, Kind, Question};
use qwen_or_llama::{recommend_value, Lang};
use serde_json::{json, Map, Value};

/// Answer sets sampled.
const SAMPLES: usize = 240;
/// Below this share of changed answers a question counts as rarely changing the answer.
const RARE: f64 = 0.10;

/// A small deterministic generator (xorshift), so every run measures the same sets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The values a question can take: its options (tasks: one or two of them; yes/no; an
/// unstated number where it may be unstated; `custom` for a third of the devices).
fn draw(q: &Question, rng: &mut Rng) -> Value {
    let pick = |rng: &mut Rng| q.options[rng.below(q.options.len())].value.clone();
    match q.kind {
        Kind::Multi => {
            let mut tasks = vec![pick(rng)];
            if rng.below(2) == 0 {
                let second = pick(rng);
                if !tasks.contains(&second) {
                    tasks.push(second);
                }
            }
            Value::Array(tasks)
        }
        Kind::Boolean => Value::Bool(rng.below(2) == 0),
        _ if q.default.is_null() && rng.below(q.options.len() + 1) == 0 => Value::Null,
        // A third of the readers state their hardware and memory instead of picking a
        // device, so those two questions are measured too.
        Kind::Select if rng.below(3) == 0 => Value::from("custom"),
        _ => pick(rng),
    }
}

fn shown(q: &Question, answers: &Map<String, Value>) -> bool {
    q.visible_when.as_ref().is_none_or(|w| {
        answers
            .get(w.question)
            .and_then(Value::as_str)
            .is_some_and(|v| w.values.contains(&v))
    })
}

/// Best Qwen, best Llama and the verdict for these answers.
fn outcome(answers: &Map<String, Value>) -> (Option<String>, Option<String>, String) {
    let r = recommend_value(
        &Value::Object(answers.clone()),
        &json!({ "whatIf": false, "top": 1 }),
    )
    .unwrap_or_else(|e| panic!("{e:?}: {answers:?}"));
    (
        r.best.qwen.map(|m| m.id),
        r.best.llama.map(|m| m.id),
        serde_json::to_value(r.verdict.family)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned(),
    )
}

#[test]
fn questions_marked_more_rarely_change_the_answer() {
    let qs = questions(Lang::En);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Per question: sets where it was shown, and how many of them a change altered.
    let mut counts = vec![(0usize, 0usize); qs.len()];
    for _ in 0..SAMPLES {
        let mut answers = Map::new();
        for q in &qs {
            answers.insert(q.id.to_owned(), draw(q, &mut rng));
        }
        let before = outcome(&answers);
        for (i, q) in qs.iter().enumerate() {
            if !shown(q, &answers) {
                continue;
            }
            let now = answers[q.id].clone();
            let mut other = draw(q, &mut rng);
            for _ in 0..8 {
                if other != now {
                    break;
                }
                other = draw(q, &mut rng);
            }
            if other == now {
                continue;
            }
            let mut changed = answers.clone();
            changed.insert(q.id.to_owned(), other);
            counts[i].0 += 1;
            if outcome(&changed) != before {
                counts[i].1 += 1;
            }
        }
    }
    println!("| question | shown in | changed the answer | share | more |");
    let mut wrong = Vec::new();
    for (q, (seen, changed)) in qs.iter().zip(&counts) {
        let share = *changed as f64 / (*seen).max(1) as f64;
        println!(
            "| `{}` | {seen} | {changed} | {:.0} % | {} |",
            q.id,
            share * 100.0,
            if q.more { "yes" } else { "" }
        );
        if q.more != (share < RARE) {
            wrong.push(format!(
                "{}: {:.1} %, more = {}",
                q.id,
                share * 100.0,
                q.more
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "flags that do not match the measurement: {wrong:#?}"
    );
}
