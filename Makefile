# Entry points for newcomers and CI: `make demo`, and `make test test-asan` for the tests.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps configure build demo test test-asan rules-test corpus recall bench fuzz clean

deps:
	@bash .ci/install-deps

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Lints the bundled samples; they contain planted problems, so exit code 1 is the expected one.
# Only the program is built: the tests are `make test`'s business.
demo: configure
	@cmake --build $(BUILD) -j $(JOBS) --target presscheck
	@$(BUILD)/presscheck lint samples/ ; status=$$?; \
	  if [ $$status -eq 1 ]; then echo "presscheck: the planted problems above were found (exit 1, as expected)"; \
	  else exit $$status; fi

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite again under AddressSanitizer and UBSan, in build-asan; CI runs it after
# `make test`. A clean sanitizer build plus its tests took 6 minutes on 2 cores (2026-11-25),
# well inside CI's 90. LeakSanitizer stops the world through ptrace, which some containers
# forbid; there it would fail every test, so a one-line probe decides, and says so, before
# leak checks are turned off.
test-asan:
	@leaks=1; probe=$$(mktemp); \
	  if ! printf 'int main() {}\n' | g++ -x c++ -fsanitize=address -o "$$probe" - 2>/dev/null || \
	     ! "$$probe" >/dev/null 2>&1; then \
	    leaks=0; echo "test-asan: LeakSanitizer cannot run on this machine; leak checks are off"; \
	  fi; rm -f "$$probe"; \
	  ASAN_OPTIONS=detect_leaks=$$leaks \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp \
	  $(MAKE) test BUILD=build-asan CMAKE_FLAGS=-DPRESSCHECK_SANITIZE=ON

corpus: build
	@python3 tests/corpus/lint_corpus.py --binary $(BUILD)/presscheck

# Plants slips (negations, misquotes, changed figures and dates) into the corpus articles
# and prints how many presscheck catches, next to the issue's targets; tables in
# $(BUILD)/recall.md.
recall: build
	@python3 tests/corpus/recall.py --binary $(BUILD)/presscheck

# Fact base figures (build time, lookup and search latency), then whole-process lint figures
# (throughput, start-up, peak memory, the RE2 floor); slow, so never part of `make test`.
bench: build
	@cmake --build $(BUILD) --target bench

# libFuzzer targets under ASan and UBSan, each run FUZZ_SECONDS (default 60); clang only, so
# in a build folder of their own, and never part of `make test`.
FUZZ_SECONDS ?= 60
fuzz: deps
	@CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPRESSCHECK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target fuzz_targets
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_PARALLEL=$(JOBS) bash tests/fuzz/run

clean:
	rm -rf $(BUILD)
