# diplograph — build, run and test entry points.
#
#   make run     build, start the local Neo4j (unless NEO4J_URI is set), load
#                the sample communiqués, serve the GraphQL API on $(ADDR)
#   make test    install test dependencies, start a dedicated local Neo4j
#                (unless NEO4J_URI is set), go vet, gofmt check, go test; the
#                Neo4j it started is stopped afterwards, even on failure
#   make bench   benchmarks against a real Neo4j (same Neo4j handling as test)
#   make fuzz    run every Fuzz* target of $(FUZZ_PKGS) for $(FUZZTIME) each
#   make neo4j-start | neo4j-stop | neo4j-status   the local Neo4j for `run`
#
# Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE select an
# external server; otherwise the local embedded one (Java 17 + Maven needed).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

GO        ?= go
BIN       := bin/diplograph
ADDR      ?= 127.0.0.1:8080
SAMPLES   ?= testdata/samples

# Local Neo4j used by `make run` / neo4j-*.
NEO4J_PORT ?= $(or $(DIPLOGRAPH_NEO4J_PORT),7687)
NEO4J_DATA ?= .neo4j/data
# Dedicated local Neo4j used by `make test` / `make bench` (its graph is wiped by the tests).
TEST_NEO4J_PORT ?= 7688
TEST_NEO4J_DATA ?= .neo4j/make-test/data

GO_TEST_FLAGS ?= -p 1 -count=1
# What test vets, gofmt-checks and tests (narrow them when iterating).
TEST_PKGS ?= ./...
FMT_DIRS  ?= .
BENCH      ?= .
BENCH_PKGS ?= ./...
BENCH_FLAGS ?= -benchmem
# Packages whose Fuzz* targets `make fuzz` runs (extend the list).
FUZZ_PKGS ?= . ./loader ./loader/text ./loader/extract ./loader/gazetteer
FUZZTIME  ?= 30s

LAUNCHER       := neo4j/launcher
LAUNCHER_STAMP := $(LAUNCHER)/target/.built

.PHONY: build run test test-deps go-deps launcher vet fmt-check bench fuzz \
        neo4j-start neo4j-stop neo4j-status clean

## build: compile bin/diplograph
build:
	$(GO) build -o $(BIN) ./cmd/diplograph

## launcher: build the Java launcher of the local Neo4j (skipped when up to date)
launcher: $(LAUNCHER_STAMP)

$(LAUNCHER_STAMP): $(LAUNCHER)/pom.xml $(shell find $(LAUNCHER)/src -type f 2>/dev/null)
	cd $(LAUNCHER) && mvn -q -B package dependency:copy-dependencies 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
	date -u +%Y-%m-%dT%H:%M:%SZ > $@

## run: the main job (local Neo4j unless NEO4J_URI is set, load samples, serve)
run: build
	if [ -z "$${NEO4J_URI:-}" ]; then \
	  $(BIN) neo4j start --port $(NEO4J_PORT) --data $(NEO4J_DATA); \
	  export DIPLOGRAPH_NEO4J_PORT=$(NEO4J_PORT); \
	fi; \
	$(BIN) load $(SAMPLES); \
	exec $(BIN) serve --addr $(ADDR)

## neo4j-start / neo4j-stop / neo4j-status: the local Neo4j of `make run`
neo4j-start: build
	$(BIN) neo4j start --port $(NEO4J_PORT) --data $(NEO4J_DATA)

neo4j-stop: build
	$(BIN) neo4j stop --port $(NEO4J_PORT) --data $(NEO4J_DATA)

neo4j-status: build
	$(BIN) neo4j status --port $(NEO4J_PORT) --data $(NEO4J_DATA)

## test-deps: everything the tests need. Double-colon rule: add your own
## `test-deps::` rule (e.g. Python/Node consumers of the exports) below.
test-deps:: go-deps launcher

# The real consumers (npm cytoscape/graphology, Python networkx) the export tests parse exports with.
test-deps::
	if [ -f scripts/test-deps.sh ]; then sh scripts/test-deps.sh; fi

go-deps:
	$(GO) mod download

vet:
	$(GO) vet ./...

# fmt_check fails listing the Go files gofmt would change.
define fmt_check
	bad="$$(gofmt -l $$(find $(FMT_DIRS) -name '*.go' -not -path '*/.git/*' -not -path '*/.neo4j/*'))"; \
	if [ -n "$$bad" ]; then echo "gofmt: these files are not formatted (run gofmt -w):"; echo "$$bad"; exit 1; fi; \
	echo "gofmt: ok"
endef

fmt-check:
	@$(fmt_check)

# with_neo4j runs $(1) with NEO4J_URI pointing at a Neo4j: the caller's when
# set, else a dedicated local instance started here and stopped on exit.
define with_neo4j
	if [ -z "$${NEO4J_URI:-}" ]; then \
	  trap 'NEO4J_URI= $(BIN) neo4j stop --port $(TEST_NEO4J_PORT) --data $(TEST_NEO4J_DATA)' EXIT; \
	  trap 'exit 130' INT TERM; \
	  $(BIN) neo4j start --port $(TEST_NEO4J_PORT) --data $(TEST_NEO4J_DATA); \
	  export NEO4J_URI=bolt://127.0.0.1:$(TEST_NEO4J_PORT); \
	  unset NEO4J_USERNAME NEO4J_PASSWORD; \
	fi; \
	echo "Neo4j for this run: $$NEO4J_URI"; \
	$(1)
endef

## test: vet, gofmt check and all tests against a real Neo4j
test: test-deps build
	$(call with_neo4j, \
	  $(GO) vet $(TEST_PKGS); \
	  $(fmt_check); \
	  $(GO) test $(GO_TEST_FLAGS) $(TEST_PKGS))

## bench: go test -bench against a real Neo4j
bench: test-deps build
	$(call with_neo4j, \
	  $(GO) test -p 1 -count=1 -run '^$$' -bench '$(BENCH)' $(BENCH_FLAGS) $(BENCH_PKGS))

## fuzz: every Fuzz* target of $(FUZZ_PKGS), $(FUZZTIME) each
fuzz:
	for pkg in $(FUZZ_PKGS); do \
	  targets="$$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true)"; \
	  for f in $$targets; do \
	    echo "== $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

clean:
	rm -rf bin $(LAUNCHER)/target
