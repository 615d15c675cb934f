#!/usr/bin/env bash
# Coverage-guided fuzzing of the core's entry points (issue 12, "Bad input never traps the
# module"): the native functions src/wasm.rs calls, through libFuzzer (cargo-fuzz, nightly).
# The targets, their invariants, seeds and dictionaries are in fuzz/ (fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   default 20 (the CI mode); every target in turn
#
#   FUZZ_MIN_EXECS=N        fail unless at least N inputs ran in all (the long run: 1000000)
#   FUZZ_MIN_EXECS_EACH=N   fail unless every target ran at least N inputs
#   FUZZ_TARGETS="a b"      only these targets (default: all of them)
#   FUZZ_JOBS=N             run N targets at once (default 1)
#   FUZZ_SANITIZER=address  build with ASan (default none; switching rebuilds everything)
#
# Installs nothing: scripts/setup.sh installs the nightly toolchain and cargo-fuzz. Prints one
# line per target (inputs run, exec/s, crashes) and the total. Exits non-zero on any crash,
# panic, timeout or out-of-memory, printing the saved input's path (fuzz/artifacts/<target>/)
# and the panic, or when a FUZZ_MIN_EXECS* floor is not reached. The corpus each run grows is
# fuzz/target/corpus-<target> (ignored by git; the seeds in fuzz/corpus/<target> are read
# only), so a rerun goes on from it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin:$PATH"

usage() { echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]  (see the header for FUZZ_* variables)" >&2; exit 2; }
[ $# -le 1 ] || usage
secs=${1:-20}
[[ $secs =~ ^[1-9][0-9]*$ ]] || usage
min_execs=${FUZZ_MIN_EXECS:-0}
min_each=${FUZZ_MIN_EXECS_EACH:-0}
jobs=${FUZZ_JOBS:-1}
sanitizer=${FUZZ_SANITIZER:-none}
[[ $min_execs =~ ^[0-9]+$ && $min_each =~ ^[0-9]+$ && $jobs =~ ^[1-9][0-9]*$ ]] || usage

all_targets=(recommend recommend_structured validate_catalog questions)
read -ra targets <<<"${FUZZ_TARGETS:-${all_targets[*]}}"
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz: unknown target $t (${all_targets[*]})" >&2; exit 2; }
done

# The dictionary of each text target. recommend_structured reads its bytes as choices, not as
# text, so a dictionary means nothing to it.
dict_for() {
  case $1 in
    recommend) echo fuzz/dict/answers.dict ;;
    validate_catalog) echo fuzz/dict/catalog.dict ;;
    questions) echo fuzz/dict/questions.dict ;;
  esac
}

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: needs the nightly toolchain and cargo-fuzz; run scripts/setup.sh" >&2
  exit 1
fi

wall_start=$(date +%s)
# -O: optimised, as shipped. -a: with debug assertions and overflow checks, stricter than the
# shipped module (where an overflow wraps silently): an overflow is a bug either way.
# -s none: no AddressSanitizer by default; the core is safe Rust, and ASan would halve the runs.
echo "fuzz: building (cargo +nightly fuzz build -O -a -s $sanitizer)"
cargo +nightly fuzz build -O -a -s "$sanitizer"
host=$(rustc +nightly -vV | sed -n 's/^host: //p')
bin_dir=fuzz/target/$host/release
build_secs=$(( $(date +%s) - wall_start ))
echo "fuzz: built in ${build_secs} s; ${#targets[@]} targets, ${secs} s each, ${jobs} at a time"

mkdir -p fuzz/target/logs
run_one() { # target
  local t=$1 dict
  dict=$(dict_for "$t")
  mkdir -p "fuzz/target/corpus-$t" "fuzz/artifacts/$t"
  rm -f "fuzz/target/logs/$t.rc"
  local status=0
  "$bin_dir/$t" "fuzz/target/corpus-$t" "fuzz/corpus/$t" \
    -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="fuzz/artifacts/$t/" ${dict:+"-dict=$dict"} \
    >"fuzz/target/logs/$t.log" 2>&1 || status=$?
  echo "$status" >"fuzz/target/logs/$t.rc"
}

running=0
for t in "${targets[@]}"; do
  echo "fuzz: running $t for ${secs} s (log: fuzz/target/logs/$t.log)"
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

final_stat() { # log name
  sed -n "s/^stat::$2: *//p" "$1" | tail -1
}

total=0
crashed=0
failed=()
printf '\n'
for t in "${targets[@]}"; do
  log=fuzz/target/logs/$t.log
  rc=$(cat "fuzz/target/logs/$t.rc" 2>/dev/null || echo missing)
  runs=$(final_stat "$log" number_of_executed_units)
  if [ -z "$runs" ]; then # no final stats (killed): libFuzzer's "Done N runs" line, if any
    runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$log" | tail -1)
  fi
  runs=${runs:-0}
  per_sec=$(final_stat "$log" average_exec_per_sec)
  new=$(final_stat "$log" new_units_added)
  corpus=$(find "fuzz/target/corpus-$t" -type f | wc -l)
  total=$((total + runs))
  if [ "$rc" = 0 ]; then
    crashes=0
  else
    crashes=1
    crashed=$((crashed + 1))
    failed+=("$t")
  fi
  printf 'fuzz: %-21s %10s runs  %6s exec/s  %s crashes  (corpus %s, %s new)\n' \
    "$t" "$runs" "${per_sec:-?}" "$crashes" "$corpus" "${new:-?}"
  if [ "$rc" != 0 ]; then
    echo "fuzz: $t FAILED (libFuzzer exit status $rc); last lines of $log:" >&2
    grep -E -A1 "panicked at|ERROR: libFuzzer|SUMMARY|Test unit written to" "$log" >&2 || tail -20 "$log" >&2
    sed -n 's/^.*Test unit written to \(.*\)$/\1/p' "$log" | while read -r input; do
      echo "fuzz: $t: crashing input saved as $input (rerun: $bin_dir/$t $input)" >&2
    done
  fi
  if [ "$runs" -lt "$min_each" ]; then
    echo "fuzz: $t ran $runs inputs, fewer than FUZZ_MIN_EXECS_EACH=$min_each" >&2
    failed+=("$t:min-execs")
  fi
done

wall=$(( $(date +%s) - wall_start ))
printf 'fuzz: %-21s %10s runs in %s s (build %s s), %s crashes\n' \
  total "$total" "$wall" "$build_secs" "$crashed"
if [ "$total" -lt "$min_execs" ]; then
  echo "fuzz: FAILED: $total inputs in all, fewer than FUZZ_MIN_EXECS=$min_execs" >&2
  exit 1
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, $total inputs, no panic"
