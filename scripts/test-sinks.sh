#!/usr/bin/env bash
# SEC-02 (reliability-test-plan.md): no HTML/script sinks in any JS the package ships (our code
# and the generated glue), and a wasm-bindgen new enough that its glue has no `new Function`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/index.js ] || { echo "test-sinks: pkg/ missing; run 'make build'" >&2; exit 1; }

pattern='innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc|createContextualFragment|setHTMLUnsafe|eval\(|new Function|set(Timeout|Interval)\(\s*["'"'"'`]|trustedTypes\.createPolicy|<style|setAttribute\(\s*["'"'"'`]style'
# Whole-line comments may name the sinks they avoid; code may not.
hits=$(grep -nE "$pattern" pkg/*.js | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|/?\*)' || true)
if [ -n "$hits" ]; then
  printf "%s\n" "$hits"
  echo "test-sinks: FAIL: a banned sink appears in pkg/*.js (above)" >&2
  exit 1
fi
echo "test-sinks: ok: no sinks in $(ls pkg/*.js | tr '\n' ' ')"

v=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
IFS=. read -r major minor patch <<<"$v"
if [ "${major:-0}" -eq 0 ] && [ "${minor:-0}" -eq 2 ] && [ "${patch:-0}" -ge 109 ]; then
  echo "test-sinks: ok: wasm-bindgen $v >= 0.2.109 (no new Function fallback in the glue)"
else
  echo "test-sinks: FAIL: wasm-bindgen '$v' in Cargo.lock is older than 0.2.109" >&2
  exit 1
fi
echo "sinks: 2 passed, 0 failed"
