# Two commands: `make demo` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup build demo size bench test test-rust test-node test-browser test-pack test-bundler test-types test-e2e

## Install the toolchain (idempotent; fast when everything is present).
setup:
	@scripts/setup.sh

## Build the npm package into pkg/.
build: setup
	scripts/build.sh

## Build, then serve the repository on http://127.0.0.1:8000/ (the demo is www/index.html).
demo: build
	@[ -f www/index.html ] || echo "demo: www/index.html does not exist yet; serving the repository anyway"
	@echo "demo: open http://127.0.0.1:8000/www/ (Ctrl-C to stop)"
	python3 -m http.server 8000 --bind 127.0.0.1

## Size report of pkg/ (target/size-report.txt); fails over the wasm gzip budget.
size:
	scripts/size.sh

## Every gate, in order. Needs nothing preinstalled but Rust, Node 20, Python 3 and apt.
test: setup
	scripts/test.sh

test-rust: setup
	scripts/test.sh rust
test-node: build
	node --test tests/js/*.test.mjs
test-browser: build
	scripts/test-browser.sh
test-pack: build
	scripts/test-pack.sh
test-bundler: build
	scripts/test-bundler.sh
test-types: build
	scripts/test-types.sh
test-e2e: build
	scripts/test-e2e.sh

## Criterion benchmarks of one recommendation (built-in and a 10,000-model catalog).
bench:
	cargo bench --bench recommend
