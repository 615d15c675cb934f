#!/usr/bin/env bash
# Every test gate, in order, with its time. `make test` runs setup first; `scripts/test.sh rust`
# runs only the Rust gates.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin:$PWD/node_modules/.bin:$PATH"

only=${1:-all}
timings=()
failed=()
# Every gate runs even if an earlier one failed (unless the build itself failed), so one run
# shows everything that is wrong; the script fails at the end if any gate did. Each gate's output
# is also kept in target/test-logs/NAME.log, so the end can repeat why a gate failed (a CI log
# excerpt that keeps only the head and tail then still shows the reason).
LOGS=target/test-logs
mkdir -p "$LOGS"
gate() { # name command...
  local name=$1 start status=ok
  shift
  printf '\n==== %s: %s\n' "$name" "$*"
  start=$(date +%s)
  # Process substitution, not a pipe: a server a gate leaves running cannot hold the gate open.
  if ! "$@" > >(tee "$LOGS/$name.log") 2>&1; then
    status=FAILED
    failed+=("$name")
  fi
  timings+=("$(printf '%-12s %-6s %4ss  %s' "$name" "$status" "$(( $(date +%s) - start ))" "$*")")
}

gate fmt cargo fmt --check
gate clippy cargo clippy --all-targets -- -D warnings
# src/wasm.rs compiles only for wasm32, so the host run above does not lint it. Linted as
# shipped: without std (scripts/build.sh).
gate clippy-wasm cargo clippy --lib --target wasm32-unknown-unknown --no-default-features \
  --features wasm -- -D warnings
gate lint eslint --max-warnings 0 'www/**/*.js' 'pkg-template/*.js' 'scripts/*.mjs' 'tests/**/*.mjs'
gate cargo cargo test
# No std exists for this target: if the core needed std, this would not compile.
gate no_std cargo build --no-default-features --target thumbv7em-none-eabihf
# Coverage-guided fuzzing of the core's entry points, 20 s per target (fuzz/; `make fuzz` for the long run).
gate fuzz scripts/fuzz.sh
if [ "$only" != rust ]; then
  gate build scripts/build.sh
  if [[ " ${failed[*]-} " == *" build "* ]]; then
    printf '%s\n' "${timings[@]}"
    echo "test: the build failed; the package gates were not run" >&2
    exit 1
  fi
  gate node node --test tests/js/*.test.mjs
  # The test-only trap variant (cargo feature test-trap) for tests/e2e/trap.test.mjs; pkg/ stays
  # the release build.
  gate build-trap env OUT=target/pkg-trap FEATURES=test-trap scripts/build.sh
  gate browser scripts/test-browser.sh
  gate pack scripts/test-pack.sh
  gate types scripts/test-types.sh
  gate sinks scripts/test-sinks.sh
  gate size scripts/size.sh
  gate e2e scripts/test-e2e.sh
  # Real projects (script tag + CSP, Vite, webpack, Next.js, React + TypeScript, Node, an SPA)
  # built against the packed tarball; their installs are cached in target/embed/.
  gate embed scripts/test-embed.sh
fi

printf '\n==== summary\n'
printf '%s\n' "${timings[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  sleep 1 # let tee write the last lines
  for name in "${failed[@]}"; do
    printf '\n==== %s failed: its lines that fail, err or warn (whole log: %s/%s.log)\n' "$name" "$LOGS" "$name"
    grep -aiE 'not ok|fail|error|warn|✗|⚠' "$LOGS/$name.log" | grep -av '# TODO' | tail -n 30 || true
  done
  echo "test: FAILED gates: ${failed[*]}" >&2
  exit 1
fi
echo "test: all ${#timings[@]} gates passed"
