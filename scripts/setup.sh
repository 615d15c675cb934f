#!/usr/bin/env bash
# Idempotent toolchain setup for a fresh Debian 12 machine (root or sudo) that reaches only the
# crate, npm, PyPI and apt registries. Every step is skipped when already satisfied, so a second
# run takes well under 2 s. Versions are pinned; see TOOLCHAIN.md for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.129   # MUST equal the `wasm-bindgen = "=…"` pin in Cargo.toml
CARGO_FUZZ_VERSION=0.13.2      # scripts/fuzz.sh (fuzz/); libFuzzer itself is pinned in fuzz/Cargo.toml
RUST_TARGETS=(wasm32-unknown-unknown thumbv7em-none-eabihf)
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk)

TOOLS_BIN="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
export PATH="$TOOLS_BIN:$PATH"
start=$(date +%s%N)
skipped=()
did=()

version_of() { "$TOOLS_BIN/$1" --version 2>/dev/null | awk '{print $2}'; }
cargo_install() { # crate version
  # --locked uses the tool's own Cargo.lock; if the registry lacks a locked dependency version
  # (seen for wasm-bindgen-cli 0.2.130), retry unlocked rather than fail the whole setup.
  cargo install "$1" --locked --version "$2" \
    || { echo "setup: --locked failed for $1, retrying unlocked" >&2; cargo install "$1" --version "$2"; }
}

# Rust targets: `rustup target list --installed` is fast; `rustup target add` is not (network).
installed_targets=$(rustup target list --installed 2>/dev/null || true)
missing_targets=()
for t in "${RUST_TARGETS[@]}"; do
  grep -qx "$t" <<<"$installed_targets" || missing_targets+=("$t")
done
if [ ${#missing_targets[@]} -gt 0 ]; then
  rustup target add "${missing_targets[@]}"; did+=("rustup targets ${missing_targets[*]}")
else
  skipped+=("rust targets (${RUST_TARGETS[*]})")
fi
components=$(rustup component list --installed 2>/dev/null || true)
if ! grep -q '^clippy' <<<"$components" || ! grep -q '^rustfmt' <<<"$components"; then
  rustup component add clippy rustfmt; did+=("clippy, rustfmt")
else
  skipped+=("clippy, rustfmt")
fi

# Nightly only for cargo-fuzz (scripts/fuzz.sh, which runs `cargo +nightly fuzz`); the crate
# itself builds on stable.
if rustup toolchain list 2>/dev/null | grep -q '^nightly-'; then
  skipped+=("nightly toolchain")
else
  rustup toolchain install nightly --profile minimal; did+=("nightly toolchain")
fi
if [ "$(version_of cargo-fuzz)" = "$CARGO_FUZZ_VERSION" ]; then
  skipped+=("cargo-fuzz $CARGO_FUZZ_VERSION")
else
  cargo_install cargo-fuzz "$CARGO_FUZZ_VERSION"; did+=("cargo-fuzz $CARGO_FUZZ_VERSION")
fi

if [ "$(version_of wasm-pack)" = "$WASM_PACK_VERSION" ]; then
  skipped+=("wasm-pack $WASM_PACK_VERSION")
else
  cargo_install wasm-pack "$WASM_PACK_VERSION"; did+=("wasm-pack $WASM_PACK_VERSION")
fi

grep -q "^wasm-bindgen = { version = \"=$WASM_BINDGEN_VERSION\"" Cargo.toml \
  || { echo "setup: Cargo.toml's wasm-bindgen pin is not =$WASM_BINDGEN_VERSION" >&2; exit 1; }
if [ "$(version_of wasm-bindgen)" = "$WASM_BINDGEN_VERSION" ]; then
  skipped+=("wasm-bindgen-cli $WASM_BINDGEN_VERSION")
else
  cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION"; did+=("wasm-bindgen-cli $WASM_BINDGEN_VERSION")
fi

missing_apt=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing_apt+=("$p")
done
if [ ${#missing_apt[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing_apt[@]}"
  did+=("apt ${missing_apt[*]}")
else
  skipped+=("apt ${APT_PACKAGES[*]}")
fi

# npm writes node_modules/.package-lock.json on every install; if package-lock.json is newer,
# the tree is stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund; did+=("npm ci")
else
  skipped+=("npm ci (node_modules is up to date)")
fi

ms=$(( ($(date +%s%N) - start) / 1000000 ))
for s in "${skipped[@]+"${skipped[@]}"}"; do echo "setup: skipped, already present: $s"; done
for d in "${did[@]+"${did[@]}"}"; do echo "setup: installed: $d"; done
echo "setup: done in ${ms} ms"
