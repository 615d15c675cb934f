#!/usr/bin/env bash
# Size report of what a page downloads from pkg/: raw, gzip -9 and brotli (q11, Node's zlib, so
# no apt package is needed) for the .wasm, the JS and any CSS. Writes target/size-report.txt and
# fails if the .wasm exceeds the gzip budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# bytes, gzip -9 (Node's zlib), of pkg/qwen_or_llama_bg.wasm. The serde stack the project names
# (serde derive for every wire type, serde_json + serde_path_to_error for input,
# serde-wasm-bindgen for output) measured 127,802 B on 2026-12-02 with the 45-model catalog;
# issue 9's catalog (80 models, each fact with its source) brings it to 142,197 B (the embedded
# data/catalog.json is 14.0 KB gzip; 13.6 KB minified, so minifying is not worth a build step),
# and scoring a model by its line's benchmarks (src/lineage.rs) to 143,422 B. Issue 10's device
# list (data/devices.json, 41 rows with sources and notes: ~5.5 KB gzip), the decode-speed
# estimate and the labels the core now gives the element (context, architecture, memory, speed,
# criterion, exclusion and verdict names) bring it to 160,247 B, and lazy field paths in the
# validator (a closure per check, formatted only on a problem: the first recommend() 30 % faster)
# leave it at 161,413 B. Issue 12's input edges (an object for an enum, whole numbers beyond 64
# bits, `null` a default for known keys only, lone surrogates read as U+FFFD) bring it to
# 164,279 B; serde_json's exact float reader (`float_roundtrip`) would add 9.6 KB more for a last
# digit no answer's range can tell, so it stays off. Budget: 164,279 B plus 2 KiB. What costs
# what: build with names kept and read it with `twiggy top` (README).
WASM_GZIP_BUDGET=$((164279 + 2048))

[ -f pkg/qwen_or_llama_bg.wasm ] || { echo "size: pkg/ missing; run 'make build'" >&2; exit 1; }
mkdir -p target
node scripts/size.mjs pkg "$WASM_GZIP_BUDGET" target/size-report.txt
