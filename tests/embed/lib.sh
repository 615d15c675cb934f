# Shared steps of the embedding fixtures' test.sh files (sourced from "$ROOT/tests/embed/lib.sh").

# clean_build FIXTURE LABEL EXTRA CMD...: runs CMD with its output in build.log, shows the log
# whole (each line prefixed with LABEL), and fails if CMD fails or any line warns or errs
# (warn, error, deprecat, or the extra regex EXTRA, e.g. a tool's own warning marker). Lines
# matching BUILD_LOG_ALLOW (a regex, when set) are known advice about the host, not the build.
clean_build() {
  local fixture=$1 label=$2 extra=$3 status=0
  shift 3
  "$@" > build.log 2>&1 || status=$?
  sed "s/^/  $label | /" build.log
  if [ "$status" -ne 0 ]; then
    echo "embed: $fixture: $label failed (exit $status)" >&2
    return 1
  fi
  if { if [ -n "${BUILD_LOG_ALLOW:-}" ]; then grep -Ev "$BUILD_LOG_ALLOW" build.log; else cat build.log; fi; } |
    grep -Ein "warn|error|deprecat${extra:+|$extra}"; then
    echo "embed: $fixture: $label printed the warnings or errors above" >&2
    return 1
  fi
}

# emitted_wasm FIXTURE DIR: fails unless the build put a .wasm file under DIR (not inlined).
emitted_wasm() {
  find "$2" -name '*.wasm' | grep -q . && return 0
  echo "embed: $1: the build emitted no .wasm under $2/ (inlined, or not found)" >&2
  return 1
}
