# Shared helpers for the test scripts (sourced, not run).

# serve DIR: serves DIR on a free 127.0.0.1 port in the background; sets SERVER_PID and
# SERVER_URL and kills the server when the calling script exits.
serve() {
  local dir=$1 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
  SERVER_PID=$!
  SERVER_URL="http://127.0.0.1:$port"
  trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$SERVER_URL/" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "serve: the server on $SERVER_URL did not start" >&2
  return 1
}

# pack_tarball [DIR]: packs pkg/ into DIR/qwen-or-llama.tgz (a stable name; DIR defaults to
# target/pack) and prints its path.
pack_tarball() {
  local out=${1:-target/pack} name
  mkdir -p "$out"
  rm -f "$out"/*.tgz
  name=$(npm pack ./pkg --silent --pack-destination "$out" | tail -1)
  mv "$out/$name" "$out/qwen-or-llama.tgz"
  echo "$PWD/$out/qwen-or-llama.tgz"
}
