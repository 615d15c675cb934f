//! How fast a self-hosted model decodes on a device: an upper bound from memory bandwidth and
//! an estimate calibrated on published measurements (`docs/rules.md` §2 has the table).
//!
//! Decoding one token reads every active weight once, and the KV cache of the context so far,
//! so the bandwidth bounds the speed:
//!
//! `bound = bandwidth / bytes per token`, `bytes per token = activeParams × bits / 8 +
//! KV bytes per token × contextTokens`
//!
//! (bits as in the memory estimate: 16, 8.5 or 4.5; the KV cache as there, only the
//! full-attention layers with hybrid attention). Real engines reach a share of the bound and pay
//! a fixed cost per token (kernel launches, sampling, synchronisation), so the estimate is
//!
//! `1 / estimate = bytes per token / (bandwidth × share) + overhead + linearLayers × LINEAR_LAYER_MS`
//!
//! with `share` and `overhead` per device class ([`efficiency`]). The last term is the
//! measured extra cost of hybrid-attention layers (Gated DeltaNet) in llama.cpp, which runs them
//! as many small kernels. A multi-GPU set splits the layers across its cards: a token passes
//! through them one after another, each reading its share of the weights at its own bandwidth,
//! so the set decodes at one card's bandwidth (tensor parallelism, which would add the cards'
//! bandwidth, is not assumed). A mixture of experts reads only its active experts.

use crate::answers::{Answers, Hardware};
use crate::device::{Device, DeviceClass};
use crate::memory::{self, Precision};
use crate::model::Model;

/// The cost of one hybrid-attention (linear-attention) layer per token, ms. Calibrated on
/// llama.cpp figures for Qwen3.6-27B on an RTX 3090 and Qwen3.5-35B-A3B on an RX 6900 XT
/// (`docs/rules.md`): 0.54 ms fits the first, 0.25 the second; 0.4 is between them (+16 %
/// and −26 %).
pub const LINEAR_LAYER_MS: f64 = 0.4;

/// How a device class turns bandwidth into tokens: the share of peak bandwidth reached and a
/// fixed cost per token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Efficiency {
    /// Share of the peak memory bandwidth a decode step reaches.
    pub share: f64,
    /// Fixed cost per token, ms.
    pub overhead_ms: f64,
}

/// The efficiency of a device class, fitted by least squares to llama.cpp decode figures
/// (Q4_K_M and Q4_0 models, 7B to 32B) in `shared/data/decode-speed.md`:
/// - discrete GPUs (NVIDIA RTX 2080, 3080, 5070; AMD RX 7900 XT): 78 % of the bandwidth and
///   1.3 ms per token; laptop and data-centre GPUs use the same (no published figure was
///   collected for them).
/// - Apple silicon (M1, M4, M4 Pro, M4 Max, M2 Ultra): 85 % and 2.5 ms; the Max and Ultra
///   chips come out up to 14 % fast, as their GPUs do not keep up with their bandwidth.
/// - CPU only: 60 % and 2 ms, not calibrated (no CPU figure with a stated bandwidth was
///   collected); below the GPUs, as peer tools assume.
pub const fn efficiency(class: DeviceClass) -> Efficiency {
    match class {
        DeviceClass::Gpu | DeviceClass::LaptopGpu | DeviceClass::DatacenterGpu => Efficiency {
            share: 0.78,
            overhead_ms: 1.3,
        },
        DeviceClass::Apple => Efficiency {
            share: 0.85,
            overhead_ms: 2.5,
        },
        DeviceClass::Cpu => Efficiency {
            share: 0.6,
            overhead_ms: 2.0,
        },
    }
}

/// What a model runs on, for the speed estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rig<'d> {
    /// The device class.
    pub class: DeviceClass,
    /// One device's memory bandwidth, GB/s (a set decodes at one card's bandwidth).
    pub bandwidth_gbs: f64,
    /// The listed device, or for stated hardware and memory the listed device whose bandwidth
    /// is assumed.
    pub device: Option<&'d Device>,
    /// True when the reader stated the hardware and memory (`device: custom`), so the
    /// bandwidth is assumed from `device`.
    pub assumed: bool,
}

/// A decode speed: the estimate and the bandwidth bound, tokens per second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Speed {
    /// The estimate.
    pub tokens_per_second: f64,
    /// Bandwidth divided by the bytes read per token.
    pub upper_bound: f64,
}

/// Bytes read per decoded token: the active weights at `precision` and the KV cache of
/// `context_tokens` (left out where the attention layout is not verified).
pub fn bytes_per_token(model: &Model, precision: Precision, context_tokens: u32) -> f64 {
    let weights = model.active_params_b * 1e9 * precision.bits() / 8.0;
    let kv = memory::kv_bytes_per_token(model).unwrap_or(0.0) * f64::from(context_tokens);
    weights + kv
}

/// The speed for `bytes` read per token on `rig`, with `linear_layers` hybrid-attention layers.
pub fn for_bytes(bytes: f64, linear_layers: u16, class: DeviceClass, bandwidth_gbs: f64) -> Speed {
    let bandwidth = bandwidth_gbs * 1e9;
    let e = efficiency(class);
    let seconds = bytes / (bandwidth * e.share)
        + (e.overhead_ms + f64::from(linear_layers) * LINEAR_LAYER_MS) / 1000.0;
    Speed {
        tokens_per_second: 1.0 / seconds,
        upper_bound: bandwidth / bytes,
    }
}

/// The speed of `model` at `precision` with `context_tokens` of context on `rig`.
pub fn estimate(model: &Model, precision: Precision, context_tokens: u32, rig: &Rig<'_>) -> Speed {
    let linear = model.kv.and_then(|kv| kv.linear_layers).unwrap_or(0);
    for_bytes(
        bytes_per_token(model, precision, context_tokens),
        linear,
        rig.class,
        rig.bandwidth_gbs,
    )
}

/// Bandwidth assumed for a stated CPU, GB/s: dual-channel DDR5-5600 (2 channels × 8 bytes ×
/// 5600 MT/s), a common desktop and laptop configuration. The device list has no CPU-only
/// machine (no bandwidth figure for one could be sourced), so this is arithmetic, labelled as
/// assumed wherever it is used. Also the fallback for any class the list lacks.
pub const ASSUMED_CPU_BANDWIDTH_GBS: f64 = 89.6;

/// What the answers run on. A listed device brings its class and bandwidth. For stated
/// hardware and memory (`device: custom`) the bandwidth is assumed from the listed single
/// device of that class (desktop GPU, Apple silicon, CPU) whose model memory is nearest the
/// stated memory, the slower one on a tie; a CPU is assumed at [`ASSUMED_CPU_BANDWIDTH_GBS`].
/// The texts say which.
pub fn rig(answers: &Answers) -> Rig<'static> {
    let list = crate::device::builtin().ok();
    if let Some(d) = list.and_then(|l| l.get(&answers.device)) {
        return Rig {
            class: d.class,
            bandwidth_gbs: d.bandwidth_gbs,
            device: Some(d),
            assumed: false,
        };
    }
    let class = match answers.hardware {
        Hardware::Gpu => DeviceClass::Gpu,
        Hardware::Apple => DeviceClass::Apple,
        Hardware::Cpu => DeviceClass::Cpu,
    };
    let distance = |d: &Device| libm::fabs(d.model_memory_gb - answers.memory_gb);
    let like = list.and_then(|l| {
        l.devices
            .iter()
            .filter(|d| d.class == class && d.count == 1)
            .min_by(|a, b| {
                distance(a)
                    .total_cmp(&distance(b))
                    .then_with(|| a.bandwidth_gbs.total_cmp(&b.bandwidth_gbs))
            })
    });
    Rig {
        class,
        bandwidth_gbs: like.map_or(ASSUMED_CPU_BANDWIDTH_GBS, |d| d.bandwidth_gbs),
        device: like,
        assumed: true,
    }
}
