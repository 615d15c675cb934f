# Two commands: `make demo` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: fuzz setup build demo bench-browser lint size bench test test-rust test-node test-browser test-pack test-embed test-types test-e2e

## Install the toolchain (idempotent; fast when everything is present).
setup:
	@scripts/setup.sh

## Build the npm package into pkg/.
build: setup
	scripts/build.sh

## Build, assemble target/site/ (the demo page at /, a copy of pkg/, every file precompressed
## as .gz and .br) and serve it like a CDN on http://127.0.0.1:8000/ (sirv; scripts/serve.mjs).
demo: build
	node scripts/site.mjs --pkg pkg --www www --out target/site
	node scripts/serve.mjs target/site --port 8000

## Bytes before/after the widget is in view, time to interactive (Slow 4G, 4x CPU), click-to-verdict
## and layout shift in headless Chromium; prints a table, writes target/bench-browser.json.
## BENCH_PKG=DIR (and BENCH_WWW=DIR) bench another build, e.g. an old one.
bench-browser: build
	node scripts/bench-browser.mjs

## ESLint (eslint.config.js): the element, the package template, scripts and tests (the same
## command as the `lint` gate of scripts/test.sh).
lint: setup
	eslint --max-warnings 0 'www/**/*.js' 'pkg-template/*.js' 'scripts/*.mjs' 'tests/**/*.mjs'

## Size report of pkg/ (target/size-report.txt); fails over the wasm gzip budget.
size: build
	scripts/size.sh

## Coverage-guided fuzzing of the core's entry points (fuzz/; cargo-fuzz + libFuzzer, nightly):
## every target for FUZZ_SECONDS s, two at a time; fails on any panic or under 1,000,000 inputs.
FUZZ_SECONDS ?= 600
fuzz: setup
	FUZZ_JOBS=2 FUZZ_MIN_EXECS=1000000 scripts/fuzz.sh $(FUZZ_SECONDS)

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
## The embedding fixtures (tests/embed/*): real builds against the packed tarball, in Chromium.
## `make test-embed FIXTURES="next react"` runs some of them.
test-embed: build
	scripts/test-embed.sh $(FIXTURES)
test-types: build
	scripts/test-types.sh
test-e2e: build
	scripts/test-e2e.sh

## Criterion benchmarks of one recommendation (built-in and a 10,000-model catalog).
bench:
	cargo bench --bench recommend
