//! Devices a reader can pick instead of typing gigabytes: consumer, laptop and data-centre
//! GPUs, multi-GPU sets, Apple silicon configurations and CPU-only machines, each with the
//! memory a model may use and the memory bandwidth that bounds decode speed.
//!
//! The list is data, `data/devices.json`: every row with the published spec pages it was read
//! from, the quoted evidence and the date it was checked. It is embedded, read once and checked
//! (ids sorted and unique, numbers in range, sources `https://`); a row whose figures could not
//! be verified is left out (`data/devices.md` lists what was left out and why). `memoryGb` is
//! the set's memory as the vendor states it (every card's summed for a multi-GPU set);
//! `modelMemoryGb` is what a model may use of it: all of a GPU's, and for Apple silicon only the
//! share of unified memory macOS lets the GPU wire by default (Metal's
//! `recommendedMaxWorkingSetSize`: measured where a measurement was found, else two thirds up to
//! 32 GB and three quarters above). `bandwidthGBs` is one device's peak memory bandwidth:
//! with the layers split across cards, each token passes through the cards one after another,
//! so a set decodes at about one card's speed (see `src/speed.rs`).

use crate::answers::Hardware;
use crate::error::{field, index, Code, Error};
use crate::i18n::Lang;
use crate::input;
use crate::validate;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use once_cell::race::OnceBox;
use serde::{Deserialize, Serialize};

/// The built-in device list's JSON text (`data/devices.json`).
pub const BUILTIN_JSON: &str = include_str!("../data/devices.json");

/// The answer `device` takes when the reader states hardware and memory themselves.
pub const CUSTOM: &str = "custom";

/// The device the questionnaire starts from: one 24 GB desktop GPU, the memory the answers
/// defaulted to before devices existed.
pub const DEFAULT: &str = "rtx-4090";

/// Most devices in a set (multi-GPU servers have eight).
pub const COUNT_MAX: u8 = 16;
/// Largest memory or bandwidth figure accepted, GB or GB/s.
pub const FIGURE_MAX: f64 = 100_000.0;

/// What kind of device, which decides how efficiently it decodes (`src/speed.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum DeviceClass {
    /// A desktop graphics card.
    Gpu,
    /// A laptop GPU: less bandwidth and power than the desktop part of the same name.
    LaptopGpu,
    /// A data-centre accelerator (A100, H100, MI300X, ...).
    DatacenterGpu,
    /// Apple silicon with unified memory.
    Apple,
    /// CPU and system RAM only.
    Cpu,
}

impl DeviceClass {
    /// The `hardware` answer the class stands for.
    pub fn hardware(self) -> Hardware {
        match self {
            DeviceClass::Gpu | DeviceClass::LaptopGpu | DeviceClass::DatacenterGpu => Hardware::Gpu,
            DeviceClass::Apple => Hardware::Apple,
            DeviceClass::Cpu => Hardware::Cpu,
        }
    }
}

/// Where a device's figures were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// On the vendor's own spec page or datasheet.
    Vendor,
    /// In press, retailer or database copies of the vendor's figures (the vendor's page could
    /// not be read).
    Secondary,
}

/// One device, or a set of identical devices, as its published specs state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Device {
    /// Stable id, lowercase kebab-case, e.g. `rtx-4090` or `2x-rtx-3090`; the list is sorted
    /// by it.
    #[cfg_attr(test, schemars(pattern(validate::limits::ID_PATTERN)))]
    pub id: String,
    /// Display name, e.g. `NVIDIA GeForce RTX 4090 (24 GB)`.
    #[cfg_attr(test, schemars(length(min = 1, max = validate::limits::TEXT_CHARS)))]
    pub name: String,
    /// Who makes it: `NVIDIA`, `AMD`, `Apple`, `Intel`.
    #[cfg_attr(test, schemars(length(min = 1, max = validate::limits::TEXT_CHARS)))]
    pub vendor: String,
    /// The kind of device.
    pub class: DeviceClass,
    /// How many identical devices the set has; default 1.
    #[serde(default = "one")]
    #[cfg_attr(test, schemars(range(min = 1, max = COUNT_MAX)))]
    pub count: u8,
    /// The set's memory, GB, as the vendor states it: every card's summed (unified memory for
    /// Apple silicon, system RAM for a CPU).
    #[cfg_attr(test, schemars(range(min = 0, max = FIGURE_MAX)))]
    pub memory_gb: f64,
    /// Memory a model may use on the whole set, GB: all cards summed; for Apple silicon the
    /// GPU's share of unified memory.
    #[cfg_attr(test, schemars(range(min = 0, max = FIGURE_MAX)))]
    pub model_memory_gb: f64,
    /// One device's peak memory bandwidth, GB/s.
    #[serde(rename = "bandwidthGBs")]
    #[cfg_attr(test, ts(rename = "bandwidthGBs"))]
    #[cfg_attr(test, schemars(range(min = 0, max = FIGURE_MAX)))]
    pub bandwidth_gbs: f64,
    /// The spec pages the figures were read from (and, for the GPU share of unified memory,
    /// the documentation or measurement).
    #[cfg_attr(test, schemars(length(min = 1, max = validate::limits::LIST_ITEMS), inner(pattern(validate::limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// Where the figures were read: the vendor's own page, or secondary sources (press and
    /// retailer copies of the vendor's figures, cross-checked against a second one where found).
    pub evidence: Evidence,
    /// Anything a reader should know (a derived figure, a configuration).
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = validate::limits::TEXT_CHARS)))]
    pub note: Option<String>,
    /// When the row was last checked, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(validate::limits::DATE_PATTERN)))]
    pub checked: String,
}

fn one() -> u8 {
    1
}

/// The device list as a file: `{ "devices": [...] }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(test, ts(rename = "DeviceList"))]
#[serde(deny_unknown_fields)]
pub struct Devices {
    /// The JSON Schema the file follows (ignored; for editors).
    #[serde(rename = "$schema", default, skip_serializing)]
    #[cfg_attr(test, ts(skip))]
    pub schema: Option<String>,
    /// Devices, sorted by id.
    #[cfg_attr(test, schemars(length(min = 1, max = validate::limits::ENTRIES_MAX)))]
    pub devices: Vec<Device>,
}

/// The group a device is listed under in the questionnaire, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// One desktop GPU.
    Desktop,
    /// One laptop GPU.
    Laptop,
    /// One data-centre GPU.
    Datacenter,
    /// Two or more GPUs.
    MultiGpu,
    /// Apple silicon.
    Apple,
    /// CPU only.
    Cpu,
}

impl Group {
    /// The group's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Group::Desktop => lang.pick("Desktop GPUs", "台式机显卡"),
            Group::Laptop => lang.pick("Laptop GPUs", "笔记本显卡"),
            Group::Datacenter => lang.pick("Data-centre GPUs", "数据中心显卡"),
            Group::MultiGpu => lang.pick("Multi-GPU", "多卡"),
            Group::Apple => lang.pick("Apple silicon", "Apple 芯片"),
            Group::Cpu => lang.pick("CPU only", "仅 CPU"),
        }
    }
}

impl Device {
    /// The questionnaire group it belongs to.
    pub fn group(&self) -> Group {
        match self.class {
            DeviceClass::Gpu | DeviceClass::LaptopGpu | DeviceClass::DatacenterGpu
                if self.count > 1 =>
            {
                Group::MultiGpu
            }
            DeviceClass::Gpu => Group::Desktop,
            DeviceClass::LaptopGpu => Group::Laptop,
            DeviceClass::DatacenterGpu => Group::Datacenter,
            DeviceClass::Apple => Group::Apple,
            DeviceClass::Cpu => Group::Cpu,
        }
    }
}

impl Devices {
    /// The device with this id (the list is sorted by id).
    pub fn get(&self, id: &str) -> Option<&Device> {
        crate::catalog::find(&self.devices, id, |d| &d.id)
    }

    /// The devices in questionnaire order: by group, then by the memory a model may use, then
    /// by name.
    pub fn in_display_order(&self) -> Vec<&Device> {
        let mut out: Vec<&Device> = self.devices.iter().collect();
        crate::order::sort_by(&mut out, |a, b| {
            a.group()
                .cmp(&b.group())
                .then_with(|| a.model_memory_gb.total_cmp(&b.model_memory_gb))
                .then_with(|| a.bandwidth_gbs.total_cmp(&b.bandwidth_gbs))
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }

    /// Reads and checks a device list; `path` names it in errors. A problem serde finds stops
    /// the reading (the list is read whole); otherwise every semantic problem comes back.
    pub fn from_json_text(text: &str, path: &str) -> Result<Devices, Vec<Error>> {
        let value = input::parse(text, path).map_err(|e| vec![e])?;
        let list: Devices = input::typed_object(&value, path).map_err(|e| vec![e])?;
        let problems = check(&list, &field(path, "devices"));
        if problems.is_empty() {
            Ok(list)
        } else {
            Err(problems)
        }
    }
}

/// Every problem of a device list that serde cannot see.
fn check(list: &Devices, path: &str) -> Vec<Error> {
    let mut out = Vec::new();
    if list.devices.is_empty() {
        out.push(Error::new(
            Code::EmptyCatalog,
            path,
            "expected at least one device",
        ));
    }
    let mut previous: Option<&str> = None;
    for (i, d) in list.devices.iter().enumerate() {
        let at = index(path, i);
        let mut bad = |key: &str, code: Code, what: String| {
            out.push(Error::new(code, &field(&at, key), &what));
        };
        if !validate::is_id(&d.id) || d.id == CUSTOM {
            bad(
                "id",
                Code::UnknownValue,
                format!(
                    "expected an id other than `custom`, got {}",
                    validate::quote(&d.id)
                ),
            );
        }
        match previous {
            Some(p) if p == d.id => bad(
                "id",
                Code::DuplicateId,
                format!("{} repeats the id before it", validate::quote(&d.id)),
            ),
            Some(p) if p > d.id.as_str() => bad(
                "id",
                Code::UnknownValue,
                format!(
                    "expected the list sorted by id, {} follows {}",
                    validate::quote(&d.id),
                    validate::quote(p)
                ),
            ),
            _ => {}
        }
        previous = Some(&d.id);
        for (key, text) in [("name", &d.name), ("vendor", &d.vendor)] {
            if text.is_empty() || validate::too_long(text) {
                bad(
                    key,
                    Code::OutOfRange,
                    format!("expected 1 to {} characters", validate::limits::TEXT_CHARS),
                );
            }
        }
        if !(1..=COUNT_MAX).contains(&d.count) {
            bad(
                "count",
                Code::OutOfRange,
                format!("expected 1 to {COUNT_MAX}, got {}", d.count),
            );
        }
        for (key, x) in [
            ("memoryGb", d.memory_gb),
            ("modelMemoryGb", d.model_memory_gb),
            ("bandwidthGBs", d.bandwidth_gbs),
        ] {
            if !(x > 0.0 && x <= FIGURE_MAX) {
                bad(
                    key,
                    Code::OutOfRange,
                    format!("expected a number above 0 and at most {FIGURE_MAX}, got {x}"),
                );
            }
        }
        // A model never gets more than the set holds.
        if d.model_memory_gb > d.memory_gb {
            bad(
                "modelMemoryGb",
                Code::OutOfRange,
                format!(
                    "expected at most memoryGb ({}), got {}",
                    d.memory_gb, d.model_memory_gb
                ),
            );
        }
        if d.sources.is_empty() || d.sources.iter().any(|s| !validate::is_https_url(s)) {
            bad(
                "sources",
                Code::UnknownValue,
                String::from("expected one or more https:// URLs"),
            );
        }
        if !validate::is_date(&d.checked) {
            bad(
                "checked",
                Code::UnknownValue,
                format!(
                    "expected a date YYYY-MM-DD, got {}",
                    validate::quote(&d.checked)
                ),
            );
        }
    }
    out
}

static BUILTIN: OnceBox<Devices> = OnceBox::new();

/// The built-in device list, read and checked on first use.
pub fn builtin() -> Result<&'static Devices, Vec<Error>> {
    BUILTIN.get_or_try_init(|| Devices::from_json_text(BUILTIN_JSON, "devices").map(Box::new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_list_is_valid_sorted_and_sourced() {
        let list = builtin().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(list.get(DEFAULT).is_some(), "the default device is listed");
        for d in &list.devices {
            assert_eq!(list.get(&d.id).map(|x| &x.id), Some(&d.id));
            if d.class == DeviceClass::Apple {
                assert!(d.model_memory_gb < d.memory_gb, "{}: the GPU's share", d.id);
            }
        }
    }

    #[test]
    fn problems_name_the_row() {
        let text = r#"{"devices":[{"id":"b","name":"B","vendor":"V","class":"gpu","memoryGb":8,"modelMemoryGb":16,"bandwidthGBs":100,"sources":["http://x"],"evidence":"vendor","checked":"2026-13-01"},{"id":"a","name":"A","vendor":"V","class":"gpu","memoryGb":8,"modelMemoryGb":8,"bandwidthGBs":0,"sources":["https://x.org"],"evidence":"secondary","checked":"2026-12-01"}]}"#;
        let problems = Devices::from_json_text(text, "devices").unwrap_err();
        let paths: Vec<&str> = problems.iter().map(Error::path).collect();
        assert_eq!(
            paths,
            [
                "devices.devices[0].modelMemoryGb",
                "devices.devices[0].sources",
                "devices.devices[0].checked",
                "devices.devices[1].id",
                "devices.devices[1].bandwidthGBs",
            ]
        );
    }
}
