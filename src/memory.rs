//! How much memory a self-hosted model needs: weights at a precision, the KV cache for the
//! context, and a runtime overhead. The formula is simple on purpose, so a reader can check it:
//!
//! `GB = params × bits / 8 + 2 × layers × kvHeads × headDim × 2 bytes × contextTokens
//!       + 0.5 GB + 5 % of the weights`
//!
//! (GB here are GiB, as in the vendors' own memory tables.) Quantised weights carry scales, so
//! int8 counts 8.5 bits and int4 4.5 bits per parameter. The KV cache is kept in 16 bits. MoE
//! models count every expert: all must be resident even though few work per token. With hybrid
//! attention (Qwen3-Next, Qwen3.5 and later) `layers` counts only the full-attention layers, the
//! ones with a KV cache; the linear-attention layers hold a fixed-size state, left out as the
//! overhead covers it. Where the attention layout is not verified, the KV cache is left out and
//! the estimate says so.

use crate::model::Model;
use serde::Serialize;

/// The numeric precision a model runs at, or a managed API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// 16-bit weights, as released.
    Bf16,
    /// 8-bit quantised weights.
    Int8,
    /// 4-bit quantised weights (GPTQ/AWQ/GGUF Q4 class).
    Int4,
    /// A managed cloud API: no local memory needed.
    Api,
}

impl Precision {
    /// Self-hosting precisions, best first.
    pub const LOCAL: [Precision; 3] = [Precision::Bf16, Precision::Int8, Precision::Int4];

    /// Bits per parameter, including quantisation scales.
    pub fn bits(self) -> f64 {
        match self {
            Precision::Bf16 => 16.0,
            Precision::Int8 => 8.5,
            Precision::Int4 => 4.5,
            Precision::Api => 0.0,
        }
    }

    /// The JSON name (a test holds it to the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
            Precision::Int4 => "int4",
            Precision::Api => "api",
        }
    }
}

const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
/// Fixed runtime overhead (CUDA context, activations), GB.
pub const OVERHEAD_GB: f64 = 0.5;
/// Overhead proportional to the weights.
pub const OVERHEAD_SHARE: f64 = 0.05;

/// An estimate, split so the UI can show where the memory goes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "MemoryEstimate"))]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    /// The precision.
    pub precision: Precision,
    /// Weights, GB.
    pub weights_gb: f64,
    /// KV cache for the requested context, GB; `None` if the attention layout is not verified.
    pub kv_cache_gb: Option<f64>,
    /// Runtime overhead, GB.
    pub overhead_gb: f64,
    /// Total, GB.
    pub total_gb: f64,
}

/// KV cache bytes per token for a model, if its attention layout is known.
pub fn kv_bytes_per_token(model: &Model) -> Option<f64> {
    model.kv.map(|kv| {
        2.0 * f64::from(kv.layers) * f64::from(kv.kv_heads) * f64::from(kv.head_dim) * 2.0
    })
}

/// The memory `model` needs at `precision` with `context_tokens` of context.
pub fn estimate(model: &Model, precision: Precision, context_tokens: u32) -> Estimate {
    let weights_gb = model.params_b * 1e9 * precision.bits() / 8.0 / GIB;
    let kv_cache_gb = kv_bytes_per_token(model).map(|b| b * f64::from(context_tokens) / GIB);
    let overhead_gb = OVERHEAD_GB + OVERHEAD_SHARE * weights_gb;
    Estimate {
        precision,
        weights_gb,
        kv_cache_gb,
        overhead_gb,
        total_gb: weights_gb + kv_cache_gb.unwrap_or(0.0) + overhead_gb,
    }
}

/// The best precision whose estimate fits in `memory_gb`, or the int4 estimate as `Err` if
/// even that does not fit.
pub fn best_fit(model: &Model, memory_gb: f64, context_tokens: u32) -> Result<Estimate, Estimate> {
    let mut last = estimate(model, Precision::Int4, context_tokens);
    for p in Precision::LOCAL {
        let e = estimate(model, p, context_tokens);
        if e.total_gb <= memory_gb {
            return Ok(e);
        }
        last = e;
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::KvLayout;

    fn model(id: &str) -> &'static Model {
        crate::catalog::builtin()
            .unwrap()
            .model(id)
            .unwrap_or_else(|| panic!("{id} missing"))
    }

    #[test]
    fn precision_names_are_the_serde_names() {
        for p in [
            Precision::Bf16,
            Precision::Int8,
            Precision::Int4,
            Precision::Api,
        ] {
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
        }
    }

    /// Qwen's published memory for its instruct models, generating 2,048 tokens (BF16, Int4
    /// GPTQ), GB — model-facts.md §1.5, sources Q26/Q27. Our estimate must be within 25 %.
    #[test]
    fn estimates_track_vendor_measurements() {
        let published: [(&str, f64, f64); 6] = [
            ("qwen2.5-7b", 14.38, 5.52),
            ("qwen2.5-14b", 28.08, 9.94),
            ("qwen2.5-32b", 61.58, 18.94),
            ("qwen2.5-72b", 136.20, 39.91),
            ("qwen2.5-1.5b", 2.95, 1.18),
            (
                "qwen3-8b",
                15.947 * 1000.0 / 1024.0,
                6.177 * 1000.0 / 1024.0,
            ),
        ];
        for (id, bf16, int4) in published {
            let m = model(id);
            for (p, measured) in [(Precision::Bf16, bf16), (Precision::Int4, int4)] {
                let est = estimate(m, p, 2049).total_gb;
                let ratio = est / measured;
                assert!(
                    (0.75..=1.6).contains(&ratio),
                    "{id} {p:?}: estimate {est:.2} vs measured {measured}"
                );
                if measured > 5.0 {
                    assert!(
                        (0.8..=1.25).contains(&ratio),
                        "{id} {p:?}: {est:.2} vs {measured}"
                    );
                }
            }
        }
    }

    #[test]
    fn more_context_needs_more_memory() {
        let m = model("llama-3.1-8b");
        let short = estimate(m, Precision::Bf16, 8192).total_gb;
        let long = estimate(m, Precision::Bf16, 131072).total_gb;
        // 128 KiB per token × 120K more tokens ≈ 15 GB more.
        assert!((long - short - 15.0).abs() < 0.1, "{short} {long}");
    }

    /// Hybrid attention: only the full-attention layers keep a KV cache. Qwen3-Next has 48
    /// layers, 12 of them attention (2 KV heads of 256), so 128K tokens cost a quarter of what a
    /// count over all 48 layers would say, and the linear-attention state is left out.
    #[test]
    fn hybrid_attention_counts_only_the_attention_layers() {
        let next = model("qwen3-next-80b-a3b-instruct");
        let kv = next.kv.unwrap();
        assert_eq!((kv.layers, kv.linear_layers), (12, Some(36)));
        let hybrid = estimate(next, Precision::Int4, 131_072)
            .kv_cache_gb
            .unwrap();
        let mut all_layers = next.clone();
        all_layers.kv = Some(KvLayout {
            layers: 48,
            linear_layers: None,
            ..kv
        });
        let counted = estimate(&all_layers, Precision::Int4, 131_072)
            .kv_cache_gb
            .unwrap();
        assert!(
            (hybrid / counted - 0.25).abs() < 1e-9,
            "{hybrid} vs {counted}"
        );
        // 2 × 12 layers × 2 KV heads × 256 × 2 bytes = 24 KiB per token: 3 GiB for 128K.
        assert!((hybrid - 3.0).abs() < 1e-9, "{hybrid}");
    }

    #[test]
    fn moe_counts_every_expert() {
        let moe = model("qwen3-30b-a3b");
        let e = estimate(moe, Precision::Int4, 8192);
        assert!(e.weights_gb > 15.0, "{e:?}");
    }
}
