#!/usr/bin/env bash
# The embedding fixtures (tests/embed/*/): each is a small real project, built by its real tool
# against the packed tarball and checked in headless Chromium (or Node) by its own test.sh.
# Each fixture is copied into target/embed/<name>/ and installed there from its committed
# package-lock.json (`npm ci`); node_modules is kept while the lockfile is unchanged, so a second
# run downloads nothing. `scripts/test-embed.sh NAME...` runs only those fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
export ROOT=$PWD
source scripts/lib.sh
[ -f pkg/index.js ] || { echo "test-embed: pkg/ missing; run 'make build'" >&2; exit 1; }

# Its own tarball directory, so another test packing at the same time cannot swap it.
TARBALL=$(pack_tarball target/pack/embed)
export TARBALL
passed=()
failed=()
times=()

# prepare SRC WORK: fresh sources in WORK, node_modules from the lockfile (kept when it matches),
# and the package unpacked from the tarball.
prepare() {
  local src=$1 work=$2 stamp
  mkdir -p "$work"
  find "$work" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
  cp -R "$src/." "$work/"
  if [ -f "$work/package-lock.json" ]; then
    stamp=$(sha256sum "$work/package-lock.json" | cut -c1-16)
    if [ "$(cat "$work/node_modules/.embed-lock" 2>/dev/null)" = "$stamp" ]; then
      echo "embed: $(basename "$src"): node_modules matches package-lock.json (cached, no download)"
    else
      (cd "$work" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
      echo "$stamp" > "$work/node_modules/.embed-lock"
    fi
  fi
  # The package itself, unpacked from the tarball as npm installs it (it has no dependencies and
  # no install scripts). It is not in the lockfiles: its integrity changes with every build.
  # scripts/test-pack.sh installs the same tarball with `npm install`.
  rm -rf "$work/node_modules/qwen-or-llama"
  mkdir -p "$work/node_modules/qwen-or-llama"
  tar -xzf "$TARBALL" -C "$work/node_modules/qwen-or-llama" --strip-components=1
}

for dir in tests/embed/*/; do
  name=$(basename "$dir")
  [ -f "$dir/test.sh" ] || continue
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  start=$(date +%s)
  printf '\n---- embed: %s\n' "$name"
  if prepare "$dir" "target/embed/$name" && (cd "target/embed/$name" && bash test.sh); then
    passed+=("$name")
  else
    failed+=("$name")
  fi
  times+=("$(printf '%-8s %4ss' "$name" "$(( $(date +%s) - start ))")")
done

printf '\nembed: fixture times\n'
printf '  %s\n' "${times[@]}"
echo "embed: ${#passed[@]} passed, ${#failed[@]} failed${failed:+ (${failed[*]})}"
[ ${#failed[@]} -eq 0 ] && [ ${#passed[@]} -gt 0 ]
